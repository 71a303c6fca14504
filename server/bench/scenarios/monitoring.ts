import { toGlobalId } from '../../src/lib/ids';
import { DEFAULT_ALLOWANCE_RULES } from '../../src/modules/evaluation/rules/allowance';
import type { BenchScenario, Harness } from '../lib/harness';
import { int, ms, percentile } from '../lib/report';

/**
 * Issue 5's monitoring widgets (`unitMonitoring`) for unit subtrees of about 1,000 and
 * about 10,000 employees of the synthetic agency, asked by the agency admin. The agency
 * gets a month of data first: evaluations of 90 % of the approved plans in Q1 (70 % of
 * them confirmed), organisational performance for the top three levels of units, weekday
 * attendance for January with some lateness and absence, a logbook entry for 80 % of the
 * employees, and TPP rules with a base amount for every level. Allowance totals read a
 * maintained rollup: its refresh costs are reported separately, the table shows clean reads.
 * Per size and widget: SQL statements per request (pg_stat_statements, incl. the session
 * lookup) and p50/p99 over sequential requests. Aim: p99 <= 50 ms for 1,000 employees.
 * BENCH_MONITORING_SQL=1 also prints the time of every statement of each request;
 * BENCH_MONITORING_REQUESTS=n sets the number of sequential requests per row.
 */
const WIDGETS: Record<string, string> = {
  planStatusCounts: 'planStatusCounts { status count }',
  employeesWithoutPlan: 'employeesWithoutPlan',
  logbookActivity: 'logbookActivity(month: $m) { employeeCount activeCount share }',
  evaluationProgress: 'evaluationProgress { approvedPlans rated confirmed confirmedShare }',
  ratingDistribution: 'ratingDistribution { total counts { rating count } violations { code } }',
  unitDistributions: 'unitDistributions(first: 100) { totalCount nodes { unit { id name } check { total violations { code } } } }',
  allowanceTotals: 'allowanceTotals(month: $m) { employeeCount computedCount pendingCount total }',
};
WIDGETS['whole report'] = Object.values(WIDGETS).join(' ');

const query = (fields: string) =>
  `query($u: ID!, $ep: ID!${fields.includes('$m') ? ', $m: String' : ''}) { unitMonitoring(unit: $u, evaluationPeriod: $ep) { ${fields} } }`;

const MATRIX = `case
  when res = 'ABOVE_EXPECTATIONS' and beh = 'ABOVE_EXPECTATIONS' then 'VERY_GOOD'
  when res in ('ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS') and beh in ('ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS') then 'GOOD'
  when res in ('ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS') then 'POOR'
  when beh = 'BELOW_EXPECTATIONS' then 'VERY_POOR' else 'NEEDS_IMPROVEMENT' end`;

/** A month of evaluation, attendance and logbook data for the agency (bulk SQL, deterministic). */
async function seedMonth(h: Harness, agencyId: number, periodId: number, epId: number): Promise<void> {
  const y = h.year;
  const q = (text: string, params: unknown[]) => h.db.query(text, params);
  await q(
    `insert into evaluation (agency_id, plan_id, evaluation_period_id, employee_id, appraiser_id, unit_id, status,
       result_rating, result_rating_source, behavior_rating, performance_rating, rated_at, confirmed_at)
     select agency_id, id, $3, employee_id, appraiser_id, unit_id, case when hv % 10 < 7 then 'CONFIRMED' else 'DRAFT' end,
       res, 'APPRAISER', beh, ${MATRIX}, now(), case when hv % 10 < 7 then now() end
     from (select pp.*, abs(hashint4(pp.id)) as hv,
             (array['ABOVE_EXPECTATIONS','MEETS_EXPECTATIONS','MEETS_EXPECTATIONS','MEETS_EXPECTATIONS','BELOW_EXPECTATIONS'])[1 + abs(hashint4(pp.id)) % 5] as res,
             (array['ABOVE_EXPECTATIONS','MEETS_EXPECTATIONS','MEETS_EXPECTATIONS','MEETS_EXPECTATIONS','BELOW_EXPECTATIONS'])[1 + abs(hashint4(pp.id + 7)) % 5] as beh
           from performance_plan pp where pp.agency_id = $1 and pp.period_id = $2 and pp.status in ('APPROVED', 'REVISION_SUBMITTED', 'REVISION_REJECTED')) x
     where hv % 10 < 9`,
    [agencyId, periodId, epId],
  );
  await q(
    `insert into org_performance (agency_id, unit_id, evaluation_period_id, rating)
     select agency_id, id, $2, (array['OUTSTANDING','GOOD','GOOD','GOOD','NEEDS_IMPROVEMENT'])[1 + abs(hashint4(id)) % 5] from org_unit where agency_id = $1 and depth <= 2`,
    [agencyId, epId],
  );
  await q(
    `insert into attendance_record (agency_id, employee_id, work_date, late_minutes, early_leave_minutes, absent)
     select $1, e.id, d::date,
       case when abs(hashint4(e.id * 31 + extract(day from d)::int)) % 97 = 0 then null when abs(hashint4(e.id + extract(day from d)::int)) % 12 = 0 then 1 + abs(hashint4(e.id)) % 120 else 0 end,
       case when abs(hashint4(e.id * 31 + extract(day from d)::int)) % 97 = 0 then null when abs(hashint4(e.id * 3 + extract(day from d)::int)) % 25 = 0 then 1 + abs(hashint4(e.id * 5)) % 60 else 0 end,
       abs(hashint4(e.id * 31 + extract(day from d)::int)) % 97 = 0
     from employee e cross join generate_series($2::date, $3::date, interval '1 day') d
     where e.agency_id = $1 and extract(isodow from d) < 6`,
    [agencyId, `${y}-01-01`, `${y}-01-31`],
  );
  await q(
    `insert into logbook_entry (agency_id, employee_id, entry_date, start_time, end_time, activity)
     select $1, e.id, $2::date, '08:00', '09:00', 'Menyusun laporan kegiatan' from employee e where e.agency_id = $1 and abs(hashint4(e.id)) % 5 <> 0`,
    [agencyId, `${y}-01-10`],
  );
  const levels = (await q(`select distinct level from position where agency_id = $1`, [agencyId])).rows.map((r) => r.level as string);
  await q(
    `insert into allowance_rule_table (agency_id, year, name, rules, base_amounts) values ($1, $2, 'TPP benchmark', $3::jsonb, $4::jsonb)`,
    [agencyId, y, JSON.stringify(DEFAULT_ALLOWANCE_RULES), JSON.stringify(levels.map((level, i) => ({ level, amount: 3_000_000 + 500_000 * i })))],
  );
  await q('analyze', []);
}

/** Units whose subtree holds the number of definitive employees nearest each target. */
async function pickUnits(h: Harness, agencyId: number, targets: number[]): Promise<{ id: number; employees: number }[]> {
  const rows = await h.rows<{ id: number; path: string; n: number }>(
    `select u.id, u.path, count(a.id)::int as n from org_unit u
     left join position p on p.agency_id = u.agency_id and p.unit_id = u.id
     left join assignment a on a.agency_id = p.agency_id and a.position_id = p.id and a.kind = 'DEFINITIVE' and a.end_date is null
     where u.agency_id = $1 group by u.id, u.path`,
    [agencyId],
  );
  const total = new Map<number, number>();
  for (const r of rows) {
    for (const seg of r.path.split('.').filter(Boolean)) total.set(Number(seg), (total.get(Number(seg)) ?? 0) + r.n);
  }
  return targets.map((t) => {
    let best = { id: 0, employees: -1 };
    for (const [id, n] of total) if (best.employees < 0 || Math.abs(n - t) < Math.abs(best.employees - t)) best = { id, employees: n };
    return best;
  });
}

/**
 * The allowance rollup's maintenance costs: the first read of a month recomputes every
 * employee of the agency; after 100 attendance days are written, the next read recomputes
 * those employees only; then reads are clean (one statement to check).
 */
async function rollupCosts(h: Harness, token: string, agencyId: number, vars: Record<string, string>): Promise<void> {
  const body = h.body(query(WIDGETS.allowanceTotals), vars);
  const timed = async () => {
    const t = performance.now();
    const r = await h.post(body, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return performance.now() - t;
  };
  const full = await timed();
  const ids = (await h.rows<{ id: number }>(`select id from employee where agency_id = $1 order by id limit 100`, [agencyId])).map((r) => r.id);
  const upsert = `mutation($i: AttendanceRecordsUpsertInput!) { attendanceRecordsUpsert(input: $i) { count userErrors { code } } }`;
  const w = await h.gql(upsert, { i: { records: ids.map((id) => ({ employee: toGlobalId('Employee', id), date: `${h.year}-01-15`, lateMinutes: 45 })) } }, token);
  if (w.errors || w.data.attendanceRecordsUpsert.userErrors.length) throw new Error(JSON.stringify(w));
  const dirty = await timed();
  const clean = await timed();
  h.report.note(`allowance rollup: first read of the month (full recomputation of the agency) ${ms(full)}; after 100 attendance days written, ${ms(dirty)} (those 100 employees); clean read ${ms(clean)}`);
}

async function run(h: Harness): Promise<void> {
  const employees = h.quick ? 2_500 : 12_000;
  const targets = h.quick ? [1_000, 2_500] : [1_000, 10_000];
  const n = Number(process.env.BENCH_MONITORING_REQUESTS) || (h.quick ? 20 : 100);
  const syn = await h.synthetic(employees);
  const [{ plans }] = await h.rows<{ plans: number }>(`select count(*)::int as plans from performance_plan pp join period pe on pe.id = pp.period_id where pp.agency_id = $1 and pe.year = $2`, [syn.agencyId, h.year]);
  if (plans === 0) await h.plans(syn.agencyId, 3);
  const [period] = await h.rows<{ periodId: number; epId: number }>(
    `select pe.id as "periodId", ep.id as "epId" from period pe join evaluation_period ep on ep.period_id = pe.id
     where pe.agency_id = $1 and pe.year = $2 and ep.kind = 'QUARTERLY' order by ep.start_date limit 1`,
    [syn.agencyId, h.year],
  );
  const t0 = performance.now();
  await seedMonth(h, syn.agencyId, period.periodId, period.epId);
  const [counts] = await h.rows<{ ev: number; att: number }>(
    `select (select count(*)::int from evaluation where agency_id = $1) as ev, (select count(*)::int from attendance_record where agency_id = $1) as att`, [syn.agencyId]);
  h.report.note(`seeded ${int(counts.ev)} evaluations, ${int(counts.att)} attendance days, org performance, logbook, TPP rules in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const token = await h.token(syn.adminEmployeeId);
  const trivial = h.body('{ __typename }');
  const session = await h.statements(trivial, token);
  const base = await h.latencies(trivial, token, n);
  h.report.note(`viewer: agency admin; ${n} sequential requests per row; statements include ${int(session)} for the session lookup`);
  h.report.note(`baseline { __typename } with session: p50 ${ms(percentile(base, 50))}, p99 ${ms(percentile(base, 99))}`);
  const units = await pickUnits(h, syn.agencyId, targets);
  await rollupCosts(h, token, syn.agencyId, { u: toGlobalId('OrgUnit', units[0].id), ep: toGlobalId('EvaluationPeriod', period.epId), m: `${h.year}-01` });
  const rows: (string | number)[][] = [];
  for (const unit of units) {
    const vars = { u: toGlobalId('OrgUnit', unit.id), ep: toGlobalId('EvaluationPeriod', period.epId) };
    for (const [name, fields] of Object.entries(WIDGETS).filter(([w]) => !process.env.BENCH_MONITORING_WIDGETS || process.env.BENCH_MONITORING_WIDGETS.split(',').includes(w))) {
      const body = h.body(query(fields), fields.includes('$m') ? { ...vars, m: `${h.year}-01` } : vars);
      const first = await h.post(body, token);
      if (first.errors || !first.data?.unitMonitoring) throw new Error(`${name}: ${JSON.stringify(first).slice(0, 300)}`);
      const statements = await h.statements(body, token);
      const times = await h.latencies(body, token, n);
      const captured = await h.captureSql(body, token);
      const db = await h.sqlTimes(captured, Math.min(n, 20));
      if (process.env.BENCH_MONITORING_SQL) {
        for (const text of captured) {
          const t = performance.now();
          await h.db.query(text);
          h.report.note(`${name}: ${ms(performance.now() - t)} ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
        }
      }
      rows.push([`${int(unit.employees)} employees`, name, int(statements), ms(percentile(times, 50)), ms(percentile(times, 99)), ms(percentile(db, 50))]);
    }
  }
  h.report.table(['subtree', 'widget', 'stmts', 'p50', 'p99', 'SQL p50'], rows);
  h.report.note('SQL p50: the statements of one request, in order, on a direct pg connection (the database floor).');
  h.report.note('aim: p99 <= 50 ms per widget for about 1,000 employees; statements do not depend on the subtree size.');
}

const scenario: BenchScenario = { name: 'monitoring', title: 'monitoring widgets for 1,000 and 10,000 employees (issue 5)', order: 40, run };
export default scenario;
