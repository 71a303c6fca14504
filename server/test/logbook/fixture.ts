import type pg from 'pg';
import type { TestApi } from '../support/api';
import { addDays, today } from '../../src/lib/dates';

/**
 * Execution fixture on top of the org fixture, written with SQL (no dependency on the
 * planning mutations): annual periods of last year and this year for agency A (12
 * MONTHLY and one FINAL evaluation period each, deadlines 30 days ahead) and one for
 * agency B; a plan per employee with goals and indicators. Cascade for roll-ups:
 * kasi's goal "Kurikulum" (indicator 24 Dokumen) ← DIRECT staff1 (12 Dokumen) and
 * staff2 (12 Dokumen).
 */
export interface Exec {
  today: string;
  /** Evaluation period (non-FINAL) containing a date. */
  epAt(date: string): number;
  /** Same for agency B (this year only). */
  epAtB(date: string): number;
  finalOf(year: number): number;
  periodOf(year: number): number;
  plans: Record<string, number>;
  goals: Record<string, number>;
  indicators: Record<string, number>;
  /** Creates an action plan with SQL; returns its id. */
  actionPlan(goal: string, date: string, opts?: { indicator?: string; target?: number; unit?: string; description?: string }): Promise<number>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

async function periodsFor(db: pg.Pool, agencyId: number, year: number) {
  const p = await db.query(`insert into period (agency_id, year, name, start_date, end_date) values ($1, $2, $3, $4, $5) returning id`,
    [agencyId, year, `SKP ${year}`, `${year}-01-01`, `${year}-12-31`]);
  const periodId = p.rows[0].id as number;
  const months: { id: number; start: string; end: string }[] = [];
  for (let m = 1; m <= 12; m++) {
    const start = `${year}-${pad(m)}-01`;
    const end = `${year}-${pad(m)}-${pad(lastDay(year, m))}`;
    const r = await db.query(
      `insert into evaluation_period (agency_id, period_id, kind, name, start_date, end_date, deadline) values ($1, $2, 'MONTHLY', $3, $4, $5, now() + interval '30 days') returning id`,
      [agencyId, periodId, `Bulan ${m} ${year}`, start, end]);
    months.push({ id: r.rows[0].id, start, end });
  }
  const f = await db.query(
    `insert into evaluation_period (agency_id, period_id, kind, name, start_date, end_date, deadline) values ($1, $2, 'FINAL', $3, $4, $5, now() + interval '30 days') returning id`,
    [agencyId, periodId, `Akhir ${year}`, `${year}-01-01`, `${year}-12-31`]);
  return { periodId, months, finalId: f.rows[0].id as number };
}

async function plan(db: pg.Pool, agencyId: number, employeeId: number, periodId: number, year: number): Promise<number> {
  const r = await db.query(
    `insert into performance_plan (agency_id, employee_id, period_id, approach, status, start_date) values ($1, $2, $3, 'QUANTITATIVE', 'APPROVED', $4) returning id`,
    [agencyId, employeeId, periodId, `${year}-01-01`]);
  return r.rows[0].id;
}

async function goal(db: pg.Pool, g: { agencyId: number; planId: number; ownerId: number; periodId: number; description: string; parent?: { id: number; path: string }; cascade?: string }) {
  const r = await db.query(
    `with n as (select nextval(pg_get_serial_sequence('goal', 'id')) as id)
     insert into goal (id, agency_id, plan_id, owner_id, period_id, kind, description, parent_goal_id, cascade_type, depth, path)
     select n.id, $1, $2, $3, $4, 'MAIN', $5, $6, $7, $8, $9 || lpad(n.id::text, 10, '0') || '.' from n returning id, path`,
    [g.agencyId, g.planId, g.ownerId, g.periodId, g.description, g.parent?.id ?? null, g.parent ? (g.cascade ?? 'DIRECT') : null,
      g.parent ? g.parent.path.split('.').length - 1 : 0, g.parent?.path ?? '']);
  return r.rows[0] as { id: number; path: string };
}

async function indicator(db: pg.Pool, agencyId: number, goalId: number, description: string, target: number | null, unit: string | null, parentId: number | null = null) {
  const r = await db.query(
    `insert into indicator (agency_id, goal_id, description, aspect, target_value, unit, parent_indicator_id) values ($1, $2, $3, 'QUANTITY', $4, $5, $6) returning id`,
    [agencyId, goalId, description, target, unit, parentId]);
  return r.rows[0].id as number;
}

export async function setupExecution(api: TestApi): Promise<Exec> {
  const db = api.db;
  const A = api.fx.agencyA;
  const e = api.fx.employees;
  const t = today();
  const year = Number(t.slice(0, 4));
  const prev = await periodsFor(db, A, year - 1);
  const cur = await periodsFor(db, A, year);
  const b = await periodsFor(db, api.fx.agencyB, year);
  const months = [...prev.months, ...cur.months];
  const plans: Record<string, number> = {};
  const goals: Record<string, number> = {};
  const indicators: Record<string, number> = {};
  for (const who of ['kasi', 'staff1', 'staff2', 'staff3', 'kabid'] as const) plans[who] = await plan(db, A, e[who].id, cur.periodId, year);
  plans.empB = await plan(db, api.fx.agencyB, e.empB.id, b.periodId, year);
  const gk = await goal(db, { agencyId: A, planId: plans.kasi, ownerId: e.kasi.id, periodId: cur.periodId, description: 'Kurikulum SMA tersusun' });
  goals.kasi = gk.id;
  indicators.kasi = await indicator(db, A, gk.id, 'Dokumen kurikulum', 24, 'Dokumen');
  for (const who of ['staff1', 'staff2'] as const) {
    const g = await goal(db, { agencyId: A, planId: plans[who], ownerId: e[who].id, periodId: cur.periodId, description: `Kurikulum bagian ${who}`, parent: gk, cascade: 'DIRECT' });
    goals[who] = g.id;
    indicators[who] = await indicator(db, A, g.id, `Dokumen kurikulum ${who}`, 12, 'Dokumen', indicators.kasi);
  }
  const g1b = await goal(db, { agencyId: A, planId: plans.staff1, ownerId: e.staff1.id, periodId: cur.periodId, description: 'Layanan data tepat waktu' });
  goals.staff1Pct = g1b.id;
  indicators.staff1Pct = await indicator(db, A, g1b.id, 'Persentase layanan tepat waktu', 100, 'Persen');
  const g3 = await goal(db, { agencyId: A, planId: plans.staff3, ownerId: e.staff3.id, periodId: cur.periodId, description: 'Data SMK mutakhir' });
  goals.staff3 = g3.id;
  indicators.staff3 = await indicator(db, A, g3.id, 'Laporan data SMK', 12, 'Laporan');
  const gb = await goal(db, { agencyId: api.fx.agencyB, planId: plans.empB, ownerId: e.empB.id, periodId: b.periodId, description: 'Tujuan kabupaten' });
  goals.empB = gb.id;
  indicators.empB = await indicator(db, api.fx.agencyB, gb.id, 'Laporan kabupaten', 12, 'Laporan');
  const epAt = (date: string) => {
    const m = months.find((x) => x.start <= date && x.end >= date);
    if (!m) throw new Error(`no evaluation period at ${date}`);
    return m.id;
  };
  return {
    today: t,
    epAt,
    epAtB: (date) => b.months.find((x) => x.start <= date && x.end >= date)!.id,
    finalOf: (y) => (y === year ? cur.finalId : prev.finalId),
    periodOf: (y) => (y === year ? cur.periodId : prev.periodId),
    plans, goals, indicators,
    actionPlan: async (g, date, opts = {}) => {
      const r = await db.query(
        `insert into action_plan (agency_id, goal_id, indicator_id, evaluation_period_id, description, target_value, target_unit)
         select agency_id, id, $2, $3, $4, $5, $6 from goal where id = $1 returning id`,
        [goals[g], opts.indicator ? indicators[opts.indicator] : null, epAt(date), opts.description ?? `Rencana aksi ${g} ${date}`, opts.target ?? null, opts.target != null ? (opts.unit ?? 'Dokumen') : (opts.unit ?? null)]);
      return r.rows[0].id;
    },
  };
}

/** A past day `n` days before today (within reach of the fixture's periods for n < 300). */
export const daysAgo = (n: number) => addDays(today(), -n);

/** Entry input with defaults. */
export function entry(date: string, start: string, end: string, extra: Record<string, unknown> = {}): Record<string, unknown> & { date: string; clientKey?: string } {
  return { date, startTime: start, endTime: end, activity: `Kegiatan ${date} ${start}`, isAdditionalTask: true, ...extra };
}
