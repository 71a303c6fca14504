import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { daysAgo, entry, setupExecution, type Exec } from './fixture';
import { factItemList } from '../../src/modules/logbook/services/entry-checks';
import { writeBatched, type WriteJob } from '../../src/modules/logbook/services/entry-writes';
import type { CleanEntry } from '../../src/modules/logbook/rules/entry-input';

/**
 * Logbook writes of several employees arriving together share one statement
 * (services/entry-writes.ts): each request keeps its own all-or-nothing, its own audit
 * actor, and, when the shared statement fails, meets its own outcome written alone.
 */
let api: TestApi;
let x: Exec;
beforeAll(async () => {
  api = await startTestApi();
  x = await setupExecution(api);
});
afterAll(() => api?.stop());

const clean = (date: string, startTime: string, endTime: string): CleanEntry => ({
  date, startTime, endTime, activity: `Kegiatan ${date} ${startTime}`, quantity: null, unit: null, evidence: [], actionPlanId: null, isAdditional: true, clientKey: null,
});
const job = (who: 'staff1' | 'staff2', entries: CleanEntry[], requestId: string): WriteJob => ({
  agencyId: api.fx.agencyA, employeeId: api.fx.employees[who].id, items: factItemList(entries), bypass: false,
  actorId: api.fx.employees[who].id, actorKind: 'EMPLOYEE', requestId,
});
const em = () => api.k.services.orm.em.fork();
const stored = async (who: 'staff1' | 'staff2', date: string) =>
  (await api.db.query(`select to_char(start_time, 'HH24:MI') as s from logbook_entry where employee_id = $1 and entry_date = $2 order by start_time`, [api.fx.employees[who].id, date])).rows.map((r) => r.s);
const audits = async (requestId: string) =>
  (await api.db.query(`select actor_id as "actorId", count(*)::int as n from audit_log where request_id = $1 group by actor_id`, [requestId])).rows;

describe('logbook write batches', () => {
  it('writes each request of a batch all or nothing on its own, audited as its own actor', async () => {
    const day = daysAgo(80);
    await api.gql(`mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { userErrors { code } } }`, { i: entry(day, '08:00', '09:00') }, await api.as('staff2'));
    const [a, b] = await Promise.all([
      writeBatched(em(), job('staff1', [clean(day, '08:00', '09:00'), clean(day, '09:00', '10:00')], 'batch-a')),
      writeBatched(em(), job('staff2', [clean(day, '10:00', '11:00'), clean(day, '08:30', '09:30')], 'batch-b')), // second item overlaps
    ]);
    expect(a.now).toBe(b.now); // one statement
    expect(a.rows.map((r) => r.bad)).toEqual([false, false]);
    expect(a.rows[0].inserted).toHaveLength(2);
    expect(b.rows.map((r) => r.bad)).toEqual([false, true]);
    expect(b.rows[1].overlapId).not.toBeNull();
    expect(b.rows[0].inserted).toEqual([]);
    expect(await stored('staff1', day)).toEqual(['08:00', '09:00']);
    expect(await stored('staff2', day)).toEqual(['08:00']); // nothing of the refused request
    expect(await audits('batch-a')).toEqual([{ actorId: api.fx.employees.staff1.id, n: 2 }]);
    expect(await audits('batch-b')).toEqual([]);
  });

  it('returns the row already stored under a client key and writes keyed and unkeyed items of one batch', async () => {
    const day = daysAgo(83);
    const keyed = (start: string, end: string, key: string) => ({ ...clean(day, start, end), clientKey: key });
    await writeBatched(em(), job('staff1', [keyed('08:00', '09:00', 'k-1')], 'keys-0'));
    const [a, b] = await Promise.all([
      writeBatched(em(), job('staff1', [keyed('08:00', '09:00', 'k-1'), keyed('09:00', '10:00', 'k-2')], 'keys-a')),
      writeBatched(em(), job('staff2', [clean(day, '08:00', '09:00')], 'keys-b')),
    ]);
    expect(a.now).toBe(b.now);
    expect(a.rows[0].existingId).not.toBeNull();
    expect(a.rows.map((r) => r.bad)).toEqual([false, false]);
    expect(a.rows[0].inserted!.map((r) => r.clientKey)).toEqual(['k-2']);
    expect(b.rows[0].inserted).toHaveLength(1);
    expect(await stored('staff1', day)).toEqual(['08:00', '09:00']);
    expect(await stored('staff2', day)).toEqual(['08:00']);
    expect(await audits('keys-a')).toEqual([{ actorId: api.fx.employees.staff1.id, n: 1 }]);
  });

  it('writes a second request of the same employee on its own, and both land', async () => {
    const day = daysAgo(81);
    const [a, b] = await Promise.all([
      writeBatched(em(), job('staff1', [clean(day, '08:00', '09:00')], 'same-a')),
      writeBatched(em(), job('staff1', [clean(day, '09:00', '10:00')], 'same-b')),
    ]);
    expect(a.rows[0].inserted).toHaveLength(1);
    expect(b.rows[0].inserted).toHaveLength(1);
    expect(await stored('staff1', day)).toEqual(['08:00', '09:00']);
    expect(await audits('same-a')).toEqual([{ actorId: api.fx.employees.staff1.id, n: 1 }]);
    expect(await audits('same-b')).toEqual([{ actorId: api.fx.employees.staff1.id, n: 1 }]);
  });

  it('never batches writes of two databases together (two apps in one process)', async () => {
    const second = await startTestApi();
    try {
      await setupExecution(second);
      const day = daysAgo(84);
      const jobIn = (app: TestApi, who: 'staff1' | 'staff2', requestId: string): WriteJob => ({
        agencyId: app.fx.agencyA, employeeId: app.fx.employees[who].id, items: factItemList([clean(day, '08:00', '09:00')]), bypass: false,
        actorId: app.fx.employees[who].id, actorKind: 'EMPLOYEE', requestId,
      });
      await Promise.all([
        writeBatched(api.k.services.orm.em.fork(), jobIn(api, 'staff1', 'db-1')),
        writeBatched(second.k.services.orm.em.fork(), jobIn(second, 'staff2', 'db-2')),
      ]);
      const count = async (app: TestApi, who: 'staff1' | 'staff2') =>
        Number((await app.db.query(`select count(*) from logbook_entry where employee_id = $1 and entry_date = $2`, [app.fx.employees[who].id, day])).rows[0].count);
      expect([await count(api, 'staff1'), await count(api, 'staff2')]).toEqual([1, 0]);
      expect([await count(second, 'staff1'), await count(second, 'staff2')]).toEqual([0, 1]);
    } finally {
      await second.stop();
    }
  });

  it('falls back to writing each request alone when the shared statement meets a race', async () => {
    const day = daysAgo(82);
    const other = new pg.Client({ connectionString: api.databaseUrl });
    await other.connect();
    try {
      // An overlapping entry of staff1, written by a transaction still open: the batch's
      // checks cannot see it, its insert waits for it and fails once it commits.
      await other.query('begin');
      await other.query(
        `insert into logbook_entry (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity, is_additional)
         values ($1, $2, $3, $4, '08:00', '09:00', 'Ditulis bersamaan', true)`,
        [api.fx.agencyA, api.fx.employees.staff1.id, x.epAt(day), day],
      );
      const pending = Promise.all([
        writeBatched(em(), job('staff1', [clean(day, '08:30', '09:30')], 'race-a')),
        writeBatched(em(), job('staff2', [clean(day, '08:30', '09:30')], 'race-b')),
      ]);
      await new Promise((r) => setTimeout(r, 300));
      await other.query('commit');
      const [a, b] = await pending;
      expect(a.now).not.toBe(b.now); // written alone, each
      expect(a.rows[0].overlapId).not.toBeNull();
      expect(a.rows[0].inserted).toEqual([]);
      expect(b.rows[0].inserted).toHaveLength(1);
      expect(await stored('staff1', day)).toEqual(['08:00']);
      expect(await stored('staff2', day)).toEqual(['08:30']);
      expect(await audits('race-b')).toEqual([{ actorId: api.fx.employees.staff2.id, n: 1 }]);
    } finally {
      await other.end();
    }
  });
});
