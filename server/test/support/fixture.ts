import type { Em } from '../../src/db/orm';
import { sql, sqlOne } from '../../src/db/sql';
import { hashPassword } from '../../src/auth/passwords';
import { makeNip } from '../../src/modules/org/nip';

/**
 * A small, fully known organisation for integration tests (two agencies):
 *
 * Agency A  ROOT (Sekretariat Daerah)
 *            └ DINAS (Dinas Pendidikan)
 *               ├ BIDANG (Bidang SMA) └ SEKSI (Seksi Kurikulum)
 *               └ BIDANG2 (Bidang SMK)
 * Reporting line: sekda ← kadis ← kabid ← kasi ← staff1, staff2
 *                               ← kabid2 ← staff3
 * Accounts: superadmin, admin (agency A), operator (BIDANG subtree), adminB and empB in agency B.
 */
export const PASSWORD = 'Password#123';

export interface Fixture {
  agencyA: number;
  agencyB: number;
  units: Record<'root' | 'dinas' | 'bidang' | 'seksi' | 'bidang2' | 'rootB', { id: number; path: string }>;
  positions: Record<'sekda' | 'kadis' | 'kabid' | 'kasi' | 'staff1' | 'staff2' | 'kabid2' | 'staff3' | 'posB', { id: number; path: string }>;
  employees: Record<'superadmin' | 'admin' | 'operator' | 'sekda' | 'kadis' | 'kabid' | 'kasi' | 'staff1' | 'staff2' | 'kabid2' | 'staff3' | 'adminB' | 'empB', { id: number; nip: string }>;
}

let hashed: Promise<string> | null = null;
let serial = 0;

async function unit(em: Em, agencyId: number, code: string, name: string, parent: { id: number; path: string } | null) {
  const row = await sqlOne<{ id: number; path: string }>(
    em,
    `with n as (select nextval(pg_get_serial_sequence('org_unit', 'id')) as id)
     insert into org_unit (id, agency_id, parent_id, code, name, depth, path)
     select n.id, $1, $2, $3, $4, $5, $6 || lpad(n.id::text, 10, '0') || '.' from n returning id, path`,
    [agencyId, parent?.id ?? null, code, name, parent ? parent.path.split('.').length - 1 : 0, parent?.path ?? ''],
  );
  return row!;
}

async function position(em: Em, agencyId: number, unitId: number, name: string, type: string, level: string, sup: { id: number; path: string } | null) {
  const row = await sqlOne<{ id: number; path: string }>(
    em,
    `with n as (select nextval(pg_get_serial_sequence('position', 'id')) as id)
     insert into position (id, agency_id, unit_id, superior_id, name, type, level, depth, path)
     select n.id, $1, $2, $3, $4, $5, $6, $7, $8 || lpad(n.id::text, 10, '0') || '.' from n returning id, path`,
    [agencyId, unitId, sup?.id ?? null, name, type, level, sup ? sup.path.split('.').length - 1 : 0, sup?.path ?? ''],
  );
  return row!;
}

export async function employee(em: Em, agencyId: number, name: string, role = 'EMPLOYEE', operatorUnitId: number | null = null) {
  serial += 1;
  const nip = makeNip(`1980-01-${String((serial % 28) + 1).padStart(2, '0')}`, '2005-03', serial % 2 ? 'MALE' : 'FEMALE', serial);
  hashed ??= hashPassword(PASSWORD);
  const row = await sqlOne<{ id: number }>(
    em,
    `insert into employee (agency_id, nip, name, rank, employment_type, gender, birth_date, role, operator_unit_id, password_hash, password_changed_at)
     values ($1, $2, $3, 'III/c', 'PNS', $4, $5, $6, $7, $8, now() - interval '1 day') returning id`,
    [agencyId, nip, name, serial % 2 ? 'MALE' : 'FEMALE', `1980-01-${String((serial % 28) + 1).padStart(2, '0')}`, role, operatorUnitId, await hashed],
  );
  return { id: row!.id, nip };
}

export async function assign(em: Em, agencyId: number, employeeId: number, positionId: number, kind = 'DEFINITIVE', start = '2024-01-01', end: string | null = null) {
  await sql(em, `insert into assignment (agency_id, employee_id, position_id, kind, start_date, end_date) values ($1, $2, $3, $4, $5, $6)`, [agencyId, employeeId, positionId, kind, start, end]);
}

export async function buildFixture(em: Em): Promise<Fixture> {
  return em.transactional(async (em) => {
    const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
    const agencyA = (await sqlOne<{ id: number }>(em, `insert into agency (code, name) values ($1, 'Provinsi Uji') returning id`, [`A-${tag}`]))!.id;
    const agencyB = (await sqlOne<{ id: number }>(em, `insert into agency (code, name) values ($1, 'Kabupaten Lain') returning id`, [`B-${tag}`]))!.id;
    const root = await unit(em, agencyA, 'SETDA', 'Sekretariat Daerah', null);
    const dinas = await unit(em, agencyA, 'DISDIK', 'Dinas Pendidikan', root);
    const bidang = await unit(em, agencyA, 'SMA', 'Bidang SMA', dinas);
    const seksi = await unit(em, agencyA, 'KURIKULUM', 'Seksi Kurikulum', bidang);
    const bidang2 = await unit(em, agencyA, 'SMK', 'Bidang SMK', dinas);
    const rootB = await unit(em, agencyB, 'SETDA', 'Sekretariat Daerah Kabupaten', null);
    const sekda = await position(em, agencyA, root.id, 'Sekretaris Daerah', 'JPT', 'MADYA', null);
    const kadis = await position(em, agencyA, dinas.id, 'Kepala Dinas Pendidikan', 'JPT', 'PRATAMA', sekda);
    const kabid = await position(em, agencyA, bidang.id, 'Kepala Bidang SMA', 'JA', 'ADMINISTRATOR', kadis);
    const kasi = await position(em, agencyA, seksi.id, 'Kepala Seksi Kurikulum', 'JA', 'PENGAWAS', kabid);
    const staff1 = await position(em, agencyA, seksi.id, 'Pengolah Data Kurikulum', 'JA', 'PELAKSANA', kasi);
    const staff2 = await position(em, agencyA, seksi.id, 'Analis Kurikulum', 'JF', 'AHLI_PERTAMA', kasi);
    const kabid2 = await position(em, agencyA, bidang2.id, 'Kepala Bidang SMK', 'JA', 'ADMINISTRATOR', kadis);
    const staff3 = await position(em, agencyA, bidang2.id, 'Pengelola SMK', 'JA', 'PELAKSANA', kabid2);
    const posB = await position(em, agencyB, rootB.id, 'Sekretaris Daerah Kabupaten', 'JPT', 'PRATAMA', null);
    const e = {
      superadmin: await employee(em, agencyA, 'Super Admin Nasional', 'SUPERADMIN'),
      admin: await employee(em, agencyA, 'Admin BKD', 'ADMIN'),
      operator: await employee(em, agencyA, 'Operator Bidang SMA', 'OPERATOR', bidang.id),
      sekda: await employee(em, agencyA, 'Sekda Utama'),
      kadis: await employee(em, agencyA, 'Kadis Pendidikan'),
      kabid: await employee(em, agencyA, 'Kabid SMA'),
      kasi: await employee(em, agencyA, 'Kasi Kurikulum'),
      staff1: await employee(em, agencyA, 'Staf Satu'),
      staff2: await employee(em, agencyA, 'Staf Dua'),
      kabid2: await employee(em, agencyA, 'Kabid SMK'),
      staff3: await employee(em, agencyA, 'Staf Tiga'),
      adminB: await employee(em, agencyB, 'Admin Kabupaten', 'ADMIN'),
      empB: await employee(em, agencyB, 'Pegawai Kabupaten'),
    };
    const pairs: [keyof typeof e, { id: number }][] = [
      ['sekda', sekda], ['kadis', kadis], ['kabid', kabid], ['kasi', kasi], ['staff1', staff1], ['staff2', staff2], ['kabid2', kabid2], ['staff3', staff3],
    ];
    for (const [emp, pos] of pairs) await assign(em, agencyA, e[emp].id, pos.id);
    await assign(em, agencyB, e.empB.id, posB.id);
    return {
      agencyA, agencyB,
      units: { root, dinas, bidang, seksi, bidang2, rootB },
      positions: { sekda, kadis, kabid, kasi, staff1, staff2, kabid2, staff3, posB },
      employees: e,
    };
  });
}
