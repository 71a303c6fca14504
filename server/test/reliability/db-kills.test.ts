import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecApi, type SecApi } from '../support/security/server';
import { seedScenario, shiftDate, todayJakarta, type Scenario } from '../support/security/scenario';
import { leakChecker, type LeakCheck } from '../support/security/leaks';
import { sleep } from '../support/security/pool';

/**
 * Fault injection (research/reliability.md R6): while writers run multi-statement
 * mutations (unit + audit, position + audit, goal + indicators + audit, plan
 * transitions + audit, logbook batches + audit), a second connection terminates the
 * API's backends that are in the middle of a write transaction (a transaction id
 * assigned, or idle in transaction), until at least KILLS such kills.
 * Then: 0 partial writes (each change has all its rows and its audit row, or none),
 * every acknowledged write is there, errors leak nothing, no session is left idle in
 * transaction, and the API answers the next requests without a restart.
 */
const KILLS = Number(process.env.DB_KILLS ?? 200);

let api: SecApi;
let s: Scenario;
let leaks: LeakCheck;

beforeAll(async () => {
  api = await startSecApi({ poolMax: 10 });
  s = await seedScenario(api, { logbookDays: 0 });
  leaks = await leakChecker(api.db);
});
afterAll(() => api?.stop());

interface Outcome { kind: string; key: string; acked: boolean; errorCodes: string[] }

async function call(token: string, query: string, input: unknown, field: string) {
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables: { i: input } }) });
  const body = (await res.json()) as any;
  const problems = leaks({ ...body, errors: (body.errors ?? []).filter((e: any) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR') }, res.status < 500 ? res.status : 200);
  expect(problems, JSON.stringify(body).slice(0, 500)).toEqual([]);
  const payload = body.data?.[field];
  return { acked: !!payload && payload.userErrors?.length === 0, codes: [...(body.errors ?? []).map((e: any) => e.extensions?.code), ...(payload?.userErrors ?? []).map((e: any) => e.code)], payload };
}

/** Backends of the API inside a write transaction, terminated from our own connection. */
async function killWriters(): Promise<number> {
  const r = await api.db.query(
    // One victim per round, so the other writers' transactions can commit too.
    `select pid, pg_terminate_backend(pid) as killed from (
       select pid from pg_stat_activity
       where datname = current_database() and application_name = 'kinerja' and pid <> pg_backend_pid()
         and (backend_xid is not null or state = 'idle in transaction')
       order by random() limit 1) victim`,
  );
  return r.rows.filter((x) => x.killed).length;
}

describe('database connections killed in the middle of writes', () => {
  it(`survives at least ${KILLS} kills with no partial write and recovers without restart`, async () => {
    const admin = await api.as('admin');
    const kasi = await api.as('kasi');
    const staff1 = await api.as('staff1');
    const kabid = await api.as('kabid');
    expect(s.plans.staff1 && s.goals.kasi && s.plans.kasi, JSON.stringify(s.skipped)).toBeTruthy();
    const planId = Number(Buffer.from(s.plans.staff1!, 'base64url').toString().split(':')[1]);
    const startVersion = (await api.db.query(`select version from performance_plan where id = $1`, [planId])).rows[0].version as number;
    const startTransitions = (await api.db.query(`select count(*)::int n from audit_log where entity_type = 'PerformancePlan' and entity_id = $1 and action like 'PLAN\\_%' and action not in ('PLAN_CREATE', 'PLAN_UPDATE', 'PLAN_BEHAVIOR_EXPECTATION')`, [planId])).rows[0].n;

    const outcomes: Outcome[] = [];
    let kills = 0;
    let stop = false;
    let n = 0;
    const today = todayJakarta();
    const writers: (() => Promise<void>)[] = [
      async () => {
        const key = `K${n++}`;
        const r = await call(admin, `mutation($i: OrgUnitCreateInput!) { orgUnitCreate(input: $i) { orgUnit { id } userErrors { code } } }`,
          { parent: api.gid('OrgUnit', api.fx.units.dinas.id), code: key, name: `Unit Uji ${key}` }, 'orgUnitCreate');
        outcomes.push({ kind: 'unit', key, acked: r.acked, errorCodes: r.codes });
      },
      async () => {
        const key = `Jabatan Uji P${n++}`;
        const r = await call(admin, `mutation($i: PositionCreateInput!) { positionCreate(input: $i) { position { id } userErrors { code } } }`,
          { unit: api.gid('OrgUnit', api.fx.units.seksi.id), superior: api.gid('Position', api.fx.positions.kasi.id), name: key, type: 'JA', level: 'PELAKSANA' }, 'positionCreate');
        outcomes.push({ kind: 'position', key, acked: r.acked, errorCodes: r.codes });
      },
      async () => {
        const key = `Tersusunnya bahan uji G${n++}`;
        const r = await call(kasi, `mutation($i: GoalCreateInput!) { goalCreate(input: $i) { goal { id } userErrors { code } } }`,
          { plan: s.plans.kasi, kind: 'ADDITIONAL', assignedBy: 'Kabid', description: key, indicators: [1, 2, 3].map((j) => ({ description: `Indikator ${j} ${key}`, aspect: 'QUANTITY', targetValue: j, unit: 'dokumen' })) }, 'goalCreate');
        outcomes.push({ kind: 'goal', key, acked: r.acked, errorCodes: r.codes });
      },
      async () => {
        // The plan cycles SUBMITTED → APPROVED → REVISION_SUBMITTED → APPROVED …
        const st = (await api.db.query(`select status from performance_plan where id = $1`, [planId])).rows[0].status;
        const [token, name, type, input] = st === 'APPROVED'
          ? [staff1, 'performancePlanRevisionSubmit', 'PerformancePlanReasonInput', { plan: s.plans.staff1, reason: 'Revisi karena uji gangguan' }]
          : st === 'DRAFT' ? [staff1, 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: s.plans.staff1 }]
            : [kasi, 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan: s.plans.staff1 }];
        const r = await call(token as string, `mutation($i: ${type}!) { ${name}(input: $i) { performancePlan { id } userErrors { code } } }`, input, name as string);
        outcomes.push({ kind: 'transition', key: name as string, acked: r.acked, errorCodes: r.codes });
      },
      async () => {
        const b = n++;
        const entries = [0, 1, 2, 3, 4].map((j) => ({ date: shiftDate(today, -((b * 5 + j) % 40)), startTime: slot(Math.floor((b * 5 + j) / 40)), endTime: slot(Math.floor((b * 5 + j) / 40), 10), activity: `Uji gangguan ${b}-${j}`, isAdditionalTask: true, clientKey: `kill-${b}-${j}` }));
        const r = await call(kabid, `mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { id } userErrors { code } } }`, { entries }, 'logbookEntriesCreate');
        outcomes.push({ kind: 'logbook', key: `kill-${b}-`, acked: r.acked, errorCodes: r.codes });
      },
    ];
    const killer = (async () => {
      while (!stop) {
        kills += await killWriters();
        if (kills >= KILLS) stop = true;
        // A random pause lets some writes through, so acknowledged writes get checked too.
        await sleep(Math.floor(Math.random() * 30));
      }
    })();
    await Promise.all([killer, ...Array.from({ length: 6 }, async (_, w) => {
      for (let i = w; !stop; i++) await writers[i % writers.length]();
    })]);
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    const failed = outcomes.filter((o) => !o.acked);
    const perKind = Object.fromEntries(['unit', 'position', 'goal', 'transition', 'logbook'].map((k) => [k, `${outcomes.filter((o) => o.kind === k && o.acked).length}/${outcomes.filter((o) => o.kind === k).length}`]));
    console.log(`db kills: ${kills} backends killed mid-write; ${outcomes.length} writes, ${outcomes.length - failed.length} acknowledged, ${failed.length} failed; acknowledged/sent per kind ${JSON.stringify(perKind)}`);
    expect(failed.length).toBeGreaterThan(0);

    // The API recovers without a restart: the next requests all succeed.
    for (let i = 0; i < 10; i++) {
      const r = await api.gql(`{ viewer { employee { name } } }`, {}, staff1);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
    const after = await call(admin, `mutation($i: OrgUnitCreateInput!) { orgUnitCreate(input: $i) { orgUnit { id } userErrors { code } } }`, { code: 'AFTER1', name: 'Unit Setelah Gangguan' }, 'orgUnitCreate');
    expect(after.acked).toBe(true);

    await expectNoPartialWrites(outcomes, planId, startVersion, startTransitions);
    const stuck = await api.db.query(`select count(*)::int n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`);
    expect(stuck.rows[0].n).toBe(0);
  }, 600_000);
});

function slot(i: number, plusMinutes = 0): string {
  const minutes = 6 * 60 + i * 12 + plusMinutes;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

async function expectNoPartialWrites(outcomes: Outcome[], planId: number, startVersion: number, startTransitions: number) {
  const q = async (text: string, params: unknown[] = []) => (await api.db.query(text, params)).rows;
  // Units and positions: row ⇔ audit row; acknowledged ⇒ row.
  const units = await q(`select u.code, exists(select 1 from audit_log a where a.entity_type = 'OrgUnit' and a.entity_id = u.id and a.action = 'ORG_UNIT_CREATE') as audited from org_unit u where u.code ~ '^K[0-9]+$'`);
  expect(units.filter((u) => !u.audited)).toEqual([]);
  const orphanUnitAudits = await q(`select a.entity_id from audit_log a where a.action = 'ORG_UNIT_CREATE' and not exists(select 1 from org_unit u where u.id = a.entity_id)`);
  expect(orphanUnitAudits).toEqual([]);
  const unitCodes = new Set(units.map((u) => u.code));
  for (const o of outcomes.filter((x) => x.kind === 'unit' && x.acked)) expect(unitCodes.has(o.key), o.key).toBe(true);

  const positions = await q(`select p.name, exists(select 1 from audit_log a where a.entity_type = 'Position' and a.entity_id = p.id and a.action = 'POSITION_CREATE') as audited from position p where p.name like 'Jabatan Uji P%'`);
  expect(positions.filter((p) => !p.audited)).toEqual([]);
  const posNames = new Set(positions.map((p) => p.name));
  for (const o of outcomes.filter((x) => x.kind === 'position' && x.acked)) expect(posNames.has(o.key), o.key).toBe(true);

  // Goals: goal ⇔ its three indicators.
  const goals = await q(`select g.description, (select count(*)::int from indicator i where i.goal_id = g.id) as indicators from goal g where g.description like 'Tersusunnya bahan uji G%'`);
  expect(goals.filter((g) => g.indicators !== 3)).toEqual([]);
  const goalKeys = new Set(goals.map((g) => g.description));
  for (const o of outcomes.filter((x) => x.kind === 'goal' && x.acked)) expect(goalKeys.has(o.key), o.key).toBe(true);

  // Plan transitions: one version step per audited transition, no more, no less.
  const plan = (await q(`select version from performance_plan where id = $1`, [planId]))[0];
  const transitions = (await q(`select count(*)::int n from audit_log where entity_type = 'PerformancePlan' and entity_id = $1 and action like 'PLAN\\_%' and action not in ('PLAN_CREATE', 'PLAN_UPDATE', 'PLAN_BEHAVIOR_EXPECTATION')`, [planId]))[0].n;
  expect(plan.version - startVersion).toBe(transitions - startTransitions);
  expect(transitions - startTransitions).toBeGreaterThanOrEqual(outcomes.filter((o) => o.kind === 'transition' && o.acked).length);

  // Logbook batches: all five entries with their audit rows, or none.
  const batches = await q(`select split_part(e.client_key, '-', 2) as b, count(*)::int n,
      count(*) filter (where exists(select 1 from audit_log a where a.entity_type = 'LogbookEntry' and a.entity_id = e.id))::int as audited
    from logbook_entry e where e.client_key like 'kill-%' group by 1`);
  expect(batches.filter((b) => b.n !== 5 || b.audited !== 5)).toEqual([]);
  const present = new Set(batches.map((b) => `kill-${b.b}-`));
  for (const o of outcomes.filter((x) => x.kind === 'logbook' && x.acked)) expect(present.has(o.key), o.key).toBe(true);
}
