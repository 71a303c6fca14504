import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecApi, type SecApi } from '../support/security/server';
import { seedScenario, shiftDate, todayJakarta, type Scenario } from '../support/security/scenario';
import { runPool } from '../support/security/pool';
import { checkUnitTree, checkPositionTree } from '../support/security/trees';

/**
 * Races through the real HTTP server (research/reliability.md R4, R5):
 * - 50 parallel approvals of one plan, 100 rounds: exactly one wins each round, the
 *   other 49 get CONFLICT, one audit row and one version step per round;
 * - approvals racing returns: one decision wins, the state matches the winner;
 * - parallel logbook batches with the same client keys: no duplicate rows, every
 *   response names the same entries;
 * - parallel unit moves and position re-parenting (including mutually cyclic moves):
 *   the trees stay trees (parents, depths and materialized paths consistent).
 */
const ROUNDS = Number(process.env.APPROVAL_ROUNDS ?? 100);
const PARALLEL = 50;

let api: SecApi;
let s: Scenario;

beforeAll(async () => {
  api = await startSecApi({ poolMax: 10 });
  s = await seedScenario(api, { logbookDays: 0 });
});
afterAll(() => api?.stop());

const PLAN_SEL = 'performancePlan { id status version } userErrors { code field message }';

async function transition(who: 'kasi' | 'staff1', name: string, input: Record<string, unknown>) {
  const type = name === 'performancePlanApprove' || name === 'performancePlanSubmit' ? 'PerformancePlanTransitionInput' : 'PerformancePlanReasonInput';
  const r = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { ${PLAN_SEL} } }`, { i: input }, await api.as(who));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data[name] as { performancePlan: { status: string; version: number } | null; userErrors: { code: string }[] };
}

const planDbId = (gid: string) => Number(Buffer.from(gid, 'base64url').toString().split(':')[1]);

async function auditCount(planId: number, action: string): Promise<number> {
  const r = await api.db.query(`select count(*)::int n from audit_log where entity_type = 'PerformancePlan' and entity_id = $1 and action = $2`, [planId, action]);
  return r.rows[0].n;
}

describe('parallel plan approvals', () => {
  it(`${PARALLEL} parallel approvals of one plan, ${ROUNDS} rounds: exactly one wins each round`, async () => {
    const plan = s.plans.staff1!;
    expect(plan, JSON.stringify(s.skipped)).toBeDefined();
    const id = planDbId(plan);
    await transition('staff1', 'performancePlanSubmit', { plan });
    const losers: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) {
        const rev = await transition('staff1', 'performancePlanRevisionSubmit', { plan, reason: `Revisi putaran ${round}` });
        expect(rev.userErrors).toEqual([]);
      }
      const before = (await api.db.query(`select version from performance_plan where id = $1`, [id])).rows[0].version as number;
      const audits = await auditCount(id, 'PLAN_APPROVE');
      // Half send the version they saw (optimistic lock), half do not (state check).
      const results = await runPool(Array.from({ length: PARALLEL }, (_, i) => i), PARALLEL, (i) =>
        transition('kasi', 'performancePlanApprove', i % 2 ? { plan, version: before } : { plan }));
      const winners = results.filter((r) => r.userErrors.length === 0);
      expect(winners, `round ${round}`).toHaveLength(1);
      expect(winners[0].performancePlan).toMatchObject({ status: 'APPROVED', version: before + 1 });
      for (const r of results.filter((x) => x.userErrors.length)) {
        losers[r.userErrors[0].code] = (losers[r.userErrors[0].code] ?? 0) + 1;
        expect(r.performancePlan).toBeNull();
      }
      const row = (await api.db.query(`select status, version from performance_plan where id = $1`, [id])).rows[0];
      expect(row).toEqual({ status: 'APPROVED', version: before + 1 });
      expect(await auditCount(id, 'PLAN_APPROVE')).toBe(audits + 1);
    }
    expect(Object.keys(losers)).toEqual(['CONFLICT']);
    expect(losers.CONFLICT).toBe(ROUNDS * (PARALLEL - 1));
  }, 600_000);

  it('approvals racing returns and revision rejections: one decision wins and the state matches it', async () => {
    const plan = s.plans.staff2!;
    const id = planDbId(plan);
    const staff2 = await api.as('staff2');
    const owner = (name: string, input: Record<string, unknown>, type: string) =>
      api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { userErrors { code } } }`, { i: input }, staff2);
    for (let round = 0; round < 10; round++) {
      const status = (await api.db.query(`select status from performance_plan where id = $1`, [id])).rows[0].status as string;
      if (status === 'DRAFT' || status === 'RETURNED') await owner('performancePlanSubmit', { plan }, 'PerformancePlanTransitionInput');
      if (status === 'APPROVED' || status === 'REVISION_REJECTED') await owner('performancePlanRevisionSubmit', { plan, reason: 'Perubahan target' }, 'PerformancePlanReasonInput');
      const pending = (await api.db.query(`select status from performance_plan where id = $1`, [id])).rows[0].status as string;
      expect(['SUBMITTED', 'REVISION_SUBMITTED']).toContain(pending);
      const other = pending === 'SUBMITTED' ? 'performancePlanReturn' : 'performancePlanRevisionReject';
      const auditsBefore = (await api.db.query(`select count(*)::int n from audit_log where entity_type = 'PerformancePlan' and entity_id = $1`, [id])).rows[0].n;
      const decisions = await runPool(Array.from({ length: 20 }, (_, i) => i), 20, (i) =>
        i % 2 ? transition('kasi', 'performancePlanApprove', { plan }) : transition('kasi', other, { plan, reason: 'Target belum terukur' }));
      const won = decisions.filter((d) => d.userErrors.length === 0);
      expect(won, `round ${round} from ${pending}`).toHaveLength(1);
      for (const d of decisions.filter((x) => x.userErrors.length)) expect(d.userErrors[0].code).toBe('CONFLICT');
      const final = (await api.db.query(`select status from performance_plan where id = $1`, [id])).rows[0].status;
      expect(final).toBe(won[0].performancePlan!.status);
      const auditsAfter = (await api.db.query(`select count(*)::int n from audit_log where entity_type = 'PerformancePlan' and entity_id = $1`, [id])).rows[0].n;
      expect(auditsAfter - auditsBefore).toBe(1);
    }
  });
});

describe('logbook idempotency', () => {
  const ENTRIES = `mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { id clientKey } userErrors { code field message } } }`;

  it('10 parallel batches with the same client keys create each entry once', async () => {
    const token = await api.as('kabid');
    const today = todayJakarta();
    const batch = Array.from({ length: 7 }, (_, i) => ({
      date: shiftDate(today, -i), startTime: '13:00', endTime: '14:30', activity: `Rapat koordinasi kurikulum ${i}`, isAdditionalTask: true, clientKey: `race-week-${i}`,
    }));
    const results = await runPool(Array.from({ length: 10 }), 10, async () => (await api.gql(ENTRIES, { i: { entries: batch } }, token)));
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const payloads = results.map((r) => r.data.logbookEntriesCreate);
    const ok = payloads.filter((p) => p.userErrors.length === 0);
    expect(ok.length, JSON.stringify(payloads.map((p) => p.userErrors))).toBe(10);
    const ids = ok.map((p) => p.logbookEntries.map((e: any) => e.id).join(','));
    expect(new Set(ids).size).toBe(1);
    const rows = await api.db.query(`select client_key, count(*)::int n from logbook_entry where employee_id = $1 and client_key like 'race-week-%' group by client_key`, [api.fx.employees.kabid.id]);
    expect(rows.rows.map((r) => r.n)).toEqual(Array(7).fill(1));
  });

  it('overlapping batches in parallel (shared and own keys): every key exactly once', async () => {
    const token = await api.as('kabid');
    const today = todayJakarta();
    const entry = (k: number) => ({ date: shiftDate(today, -(k % 20)), startTime: `${String(6 + Math.floor(k / 20)).padStart(2, '0')}:00`, endTime: `${String(6 + Math.floor(k / 20)).padStart(2, '0')}:45`, activity: `Kegiatan ${k}`, isAdditionalTask: true, clientKey: `race-mix-${k}` });
    // Batch b covers keys b*5 .. b*5+14: neighbours share ten keys.
    const batches = Array.from({ length: 8 }, (_, b) => Array.from({ length: 15 }, (_, j) => entry(b * 5 + j)));
    const results = await runPool(batches, 8, (entries) => api.gql(ENTRIES, { i: { entries } }, token));
    for (const r of results) {
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data.logbookEntriesCreate.userErrors).toEqual([]);
    }
    const rows = await api.db.query(`select count(*)::int n, count(distinct client_key)::int k from logbook_entry where employee_id = $1 and client_key like 'race-mix-%'`, [api.fx.employees.kabid.id]);
    expect(rows.rows[0]).toEqual({ n: 50, k: 50 });
  });
});

describe('parallel tree moves', () => {
  const MOVE = `mutation($i: OrgUnitMoveInput!) { orgUnitMove(input: $i) { orgUnit { id } userErrors { code } } }`;

  it('parallel unit moves, including mutually cyclic ones, keep the unit tree a tree', async () => {
    const admin = await api.as('admin');
    const units: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await api.gql(`mutation($i: OrgUnitCreateInput!) { orgUnitCreate(input: $i) { orgUnit { id } userErrors { code } } }`,
        { i: { parent: api.gid('OrgUnit', api.fx.units.dinas.id), code: `RACE${i}`, name: `Unit Balap ${i}` } }, admin);
      units.push(r.data.orgUnitCreate.orgUnit.id);
    }
    for (let round = 0; round < 20; round++) {
      // Pairs moved under each other at once (A→B and B→A), plus chains.
      const moves: [string, string][] = [];
      for (let i = 0; i < units.length; i += 2) moves.push([units[i], units[i + 1]], [units[i + 1], units[i]]);
      for (let i = 0; i < units.length; i++) moves.push([units[i], units[(i + round + 1) % units.length]]);
      const results = await runPool(moves, 16, ([id, parent]) => api.gql(MOVE, { i: { id, newParent: parent } }, admin));
      for (const r of results) {
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        const codes = r.data.orgUnitMove.userErrors.map((e: any) => e.code);
        for (const c of codes) expect(['TREE_CYCLE', 'CONFLICT']).toContain(c);
      }
      await checkUnitTree(api.db);
    }
  }, 300_000);

  it('parallel position re-parenting keeps the reporting line a tree', async () => {
    const admin = await api.as('admin');
    const POS = `mutation($i: PositionCreateInput!) { positionCreate(input: $i) { position { id } userErrors { code } } }`;
    const UPD = `mutation($i: PositionUpdateInput!) { positionUpdate(input: $i) { position { id } userErrors { code } } }`;
    const positions: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await api.gql(POS, { i: { unit: api.gid('OrgUnit', api.fx.units.seksi.id), superior: api.gid('Position', api.fx.positions.kasi.id), name: `Pelaksana Balap ${i}`, type: 'JA', level: 'PELAKSANA' } }, admin);
      positions.push(r.data.positionCreate.position.id);
    }
    for (let round = 0; round < 15; round++) {
      const moves: [string, string][] = [];
      for (let i = 0; i < positions.length; i++) moves.push([positions[i], positions[(i + round + 1) % positions.length]]);
      const results = await runPool(moves, 10, ([id, sup]) => api.gql(UPD, { i: { id, superior: sup } }, admin));
      for (const r of results) {
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        for (const e of r.data.positionUpdate.userErrors) expect(['TREE_CYCLE', 'CONFLICT']).toContain(e.code);
      }
      await checkPositionTree(api.db);
    }
  }, 300_000);
});
