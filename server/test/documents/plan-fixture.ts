import type { TestApi } from '../support/api';

/**
 * Plans for document tests, written with SQL on top of the org fixture: kabid's
 * approved plan, kasi's approved plan cascading from it (appraiser kabid, appraiser's
 * superior kadis) with main and additional goals, indicators, a behaviour expectation
 * and annexes; staff3's draft plan; empB's plan in agency B.
 */
export interface PlanFixture {
  periodId: number;
  plans: { kabid: number; kasi: number; staff3: number; empB: number };
}

export async function setupPlans(api: TestApi): Promise<PlanFixture> {
  const db = api.db;
  const { agencyA: A, agencyB: B, employees: e, positions: p, units: u } = api.fx;
  const period = async (agency: number) =>
    (await db.query(`insert into period (agency_id, year, name, start_date, end_date) values ($1, 2026, 'SKP Tahun 2026', '2026-01-01', '2026-12-31') returning id`, [agency])).rows[0].id as number;
  const periodId = await period(A);
  const periodB = await period(B);
  const plan = async (agency: number, per: number, emp: number, pos: number, unit: number, status: string, appraiser: number | null, superior: number | null, extra: string[] = [null, null, null] as unknown as string[]) =>
    (await db.query(
      `insert into performance_plan (agency_id, employee_id, period_id, position_id, unit_id, approach, status, start_date, appraiser_id, appraiser_superior_id,
         approved_at, resource_support, accountability_scheme, consequences)
       values ($1, $2, $3, $4, $5, 'QUANTITATIVE', $6, '2026-01-01', $7, $8, case when $6 = 'APPROVED' then timestamptz '2026-01-15 09:00+07' end, $9, $10, $11) returning id`,
      [agency, emp, per, pos, unit, status, appraiser, superior, ...extra],
    )).rows[0].id as number;
  const kabid = await plan(A, periodId, e.kabid.id, p.kabid.id, u.bidang.id, 'APPROVED', e.kadis.id, e.sekda.id);
  const kasi = await plan(A, periodId, e.kasi.id, p.kasi.id, u.seksi.id, 'APPROVED', e.kabid.id, e.kadis.id,
    ['Anggaran kegiatan penyusunan kurikulum dan dua orang staf', 'Laporan bulanan kepada Kepala Bidang SMA', 'Tunjangan kinerja sesuai capaian']);
  const staff3 = await plan(A, periodId, e.staff3.id, p.staff3.id, u.bidang2.id, 'DRAFT', e.kabid2.id, e.kadis.id);
  const empB = await plan(B, periodB, e.empB.id, p.posB.id, u.rootB.id, 'APPROVED', null, null);
  const goal = async (planId: number, owner: number, kind: string, description: string, parent: { id: number; path: string } | null, assignedBy: string | null = null) =>
    (await db.query(
      `with n as (select nextval(pg_get_serial_sequence('goal', 'id')) as id)
       insert into goal (id, agency_id, plan_id, owner_id, period_id, kind, assigned_by, description, parent_goal_id, cascade_type, depth, path)
       select n.id, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 || lpad(n.id::text, 10, '0') || '.' from n returning id, path`,
      [A, planId, owner, periodId, kind, assignedBy, description, parent?.id ?? null, parent ? 'DIRECT' : null, parent ? 1 : 0, parent?.path ?? ''],
    )).rows[0] as { id: number; path: string };
  const indicator = async (goalId: number, description: string, aspect: string, t: { value?: number; min?: number; max?: number; unit: string; lower?: boolean; perspective?: string }, ordinal: number) =>
    db.query(
      `insert into indicator (agency_id, goal_id, description, aspect, target_value, target_min, target_max, unit, lower_is_better, perspective, ordinal)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [A, goalId, description, aspect, t.value ?? null, t.min ?? null, t.max ?? null, t.unit, t.lower ?? false, t.perspective ?? null, ordinal],
    );
  const gKabid = await goal(kabid, e.kabid.id, 'MAIN', 'Meningkatnya mutu kurikulum SMA di seluruh provinsi', null);
  const g1 = await goal(kasi, e.kasi.id, 'MAIN', 'Tersusunnya dokumen kurikulum muatan lokal SMA', gKabid);
  await indicator(g1.id, 'Jumlah dokumen kurikulum muatan lokal yang disahkan', 'QUANTITY', { value: 12, unit: 'dokumen', perspective: 'SERVICE_RECIPIENTS' }, 1);
  await indicator(g1.id, 'Persentase sekolah yang menerapkan kurikulum muatan lokal', 'QUALITY', { min: 90, max: 100, unit: '%', perspective: 'BUSINESS_PROCESS' }, 2);
  await indicator(g1.id, 'Waktu penyusunan dokumen kurikulum', 'TIME', { value: 3, unit: 'bulan', lower: true }, 3);
  const g2 = await goal(kasi, e.kasi.id, 'ADDITIONAL', 'Menjadi narasumber bimbingan teknis guru', null, 'Kepala Dinas Pendidikan');
  await indicator(g2.id, 'Jumlah kegiatan bimbingan teknis sebagai narasumber', 'QUANTITY', { value: 4, unit: 'kegiatan' }, 1);
  await db.query(`insert into behavior_expectation (agency_id, plan_id, core_value, specific_expectation) values ($1, $2, 'ACCOUNTABLE', 'Menyampaikan laporan kegiatan paling lambat tanggal 5 setiap bulan')`, [A, kasi]);
  return { periodId, plans: { kabid, kasi, staff3, empB } };
}
