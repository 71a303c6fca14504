import { expect } from 'vitest';
import { sql, sqlOne } from '../../src/db/sql';
import { today } from '../../src/lib/dates';
import { ensurePeriod } from '../../src/seed/plans';
import type { TestApi } from '../support/api';
import type { Fixture } from '../support/fixture';

/**
 * Cascade data on the fixture org (written with SQL, so the tests do not depend on the
 * planning mutations): the current year's period, plans, and one goal per employee
 * down the reporting line:
 *
 *   G.sekda ← G.kadis ← G.kabid ← G.kasi ← G.staff1, G.staff2
 *                     ← G.kabid2 ← G.staff3
 *
 * G.kasi has an additive indicator (100 dokumen) and a percentage one (90 %).
 */
export type Who = keyof Fixture['employees'];

export interface CascadeData {
  year: number;
  periodId: number;
  plans: Partial<Record<Who, number>>;
  goals: Partial<Record<Who, number>>;
  indicators: { kasiDocs: number; kasiPercent: number };
}

export async function insertPlan(api: TestApi, who: Who, periodId: number, status = 'DRAFT', appraiser: Who | null = null): Promise<number> {
  const e = api.fx.employees[who];
  const row = await sqlOne<{ id: number }>(
    api.k.orm.em.fork(),
    `insert into performance_plan (agency_id, employee_id, period_id, position_id, unit_id, approach, appraiser_id, status, start_date)
     select a.agency_id, a.employee_id, $2, p.id, p.unit_id, 'QUANTITATIVE', $3, $4, pe.start_date
     from assignment a join position p on p.id = a.position_id join period pe on pe.id = $2
     where a.employee_id = $1 returning id`,
    [e.id, periodId, appraiser ? api.fx.employees[appraiser].id : null, status],
  );
  return row!.id;
}

export async function insertGoal(api: TestApi, planId: number, parentId: number | null, description: string, cascadeType: string | null = parentId ? 'INDIRECT' : null): Promise<number> {
  const row = await sqlOne<{ id: number }>(
    api.k.orm.em.fork(),
    `with n as (select nextval(pg_get_serial_sequence('goal', 'id')) as id),
     par as (select path, depth from goal where id = $2)
     insert into goal (id, agency_id, plan_id, owner_id, period_id, kind, classification, description, parent_goal_id, cascade_type, depth, path)
     select n.id, pp.agency_id, pp.id, pp.employee_id, pp.period_id, 'MAIN', 'INDIVIDUAL', $3, $2, $4,
       coalesce((select depth + 1 from par), 0), coalesce((select path from par), '') || lpad(n.id::text, 10, '0') || '.'
     from n, performance_plan pp where pp.id = $1 returning id`,
    [planId, parentId, description, cascadeType],
  );
  return row!.id;
}

export async function insertIndicator(api: TestApi, goalId: number, description: string, target: number, unit: string, parentIndicatorId: number | null = null): Promise<number> {
  const row = await sqlOne<{ id: number }>(
    api.k.orm.em.fork(),
    `insert into indicator (agency_id, goal_id, description, aspect, target_value, unit, parent_indicator_id, locked)
     select agency_id, id, $2, 'QUANTITY', $3, $4, $5, $5 is not null from goal where id = $1 returning id`,
    [goalId, description, target, unit, parentIndicatorId],
  );
  return row!.id;
}

const LINE: [Who, Who | null][] = [
  ['sekda', null], ['kadis', 'sekda'], ['kabid', 'kadis'], ['kabid2', 'kadis'], ['kasi', 'kabid'], ['staff1', 'kasi'], ['staff2', 'kasi'], ['staff3', 'kabid2'],
];

/** The fixture cascade; `withStaffGoals: false` leaves staff1/staff2 without goals (and staff2 without a plan). */
export async function buildCascade(api: TestApi, opts: { withStaffGoals?: boolean } = {}): Promise<CascadeData> {
  const year = Number(today().slice(0, 4));
  const em = api.k.orm.em.fork();
  const periodId = await em.transactional((tx) => ensurePeriod(tx, api.fx.agencyA, year));
  const data: CascadeData = { year, periodId, plans: {}, goals: {}, indicators: { kasiDocs: 0, kasiPercent: 0 } };
  for (const [who, up] of LINE) {
    const staffOnly = who === 'staff1' || who === 'staff2';
    if (opts.withStaffGoals === false && who === 'staff2') continue;
    data.plans[who] = await insertPlan(api, who, periodId, staffOnly ? 'DRAFT' : 'APPROVED', up);
    if (opts.withStaffGoals === false && staffOnly) continue;
    data.goals[who] = await insertGoal(api, data.plans[who]!, up ? data.goals[up]! : null, `Sasaran ${who}`);
  }
  data.indicators.kasiDocs = await insertIndicator(api, data.goals.kasi!, 'Jumlah dokumen kurikulum', 100, 'dokumen');
  data.indicators.kasiPercent = await insertIndicator(api, data.goals.kasi!, 'Persentase sekolah terlayani', 90, '%');
  return data;
}

/** Row counts and audit length: compare before and after a refused mutation. */
export async function snapshot(api: TestApi) {
  const em = api.k.orm.em.fork();
  const [row] = await sql<Record<string, number>>(
    em,
    `select (select count(*) from goal) as goals, (select count(*) from indicator) as indicators,
       (select count(*) from performance_plan) as plans, (select coalesce(sum(version), 0) from performance_plan) as versions,
       (select count(*) from audit_log) as audits`,
  );
  return row;
}

export async function gqlOk(api: TestApi, who: Who, query: string, variables: Record<string, unknown> = {}) {
  const r = await api.gql(query, variables, await api.as(who));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
}
