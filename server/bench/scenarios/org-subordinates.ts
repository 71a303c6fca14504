import { toGlobalId } from '../../src/lib/ids';
import type { BenchScenario, Harness } from '../lib/harness';
import { int, ms, percentile, ratio } from '../lib/report';

/**
 * Issue 2's "all subordinates of X": `employee(id) { subordinates(first: 100) {
 * totalCount nodes { name nip } } }` for subtrees of about 20, 1,000 and 10,000
 * employees of a synthetic agency, asked by the agency's top manager. Per size: SQL
 * statements per request, p50/p99 over sequential requests, and the ratio of API
 * latency to the same SQL run directly with `pg` (the DB floor), next to an
 * authenticated `{ __typename }` (HTTP + session lookup only) as the second baseline.
 */
const QUERY = `query($id: ID!) { employee(id: $id) { subordinates(first: 100) { totalCount nodes { name nip } } } }`;
const TRIVIAL = `{ __typename }`;

async function run(h: Harness): Promise<void> {
  const employees = h.quick ? 2_500 : 12_000;
  const n = h.quick ? 30 : 100;
  const syn = await h.synthetic(employees);
  const token = await h.token(syn.rootEmployeeId);
  const trivial = h.body(TRIVIAL);
  const base = await h.latencies(trivial, token, n);
  const baseStatements = await h.statements(trivial, token);
  h.report.note(`viewer: top manager (employee ${syn.rootEmployeeId}) of a ${int(employees)}-employee agency; ${n} sequential requests per size`);
  h.report.note(`baseline { __typename } with session: p50 ${ms(percentile(base, 50))}, p99 ${ms(percentile(base, 99))}, ${int(baseStatements)} statement(s) (session lookup)`);
  const rows: (string | number)[][] = [];
  for (const [label, sample] of Object.entries(syn.samples)) {
    if (!sample) continue;
    const body = h.body(QUERY, { id: toGlobalId('Employee', sample.employeeId) });
    const first = await h.post(body, token);
    if (first.errors || first.data?.employee?.subordinates?.totalCount !== sample.subtreeSize) {
      throw new Error(`unexpected answer for ${label}: ${JSON.stringify(first).slice(0, 300)}`);
    }
    const statements = await h.statements(body, token);
    const sqlTexts = await h.captureSql(body, token);
    const api = await h.latencies(body, token, n);
    const db = await h.sqlTimes(sqlTexts, n);
    rows.push([
      `${label} (${int(sample.subtreeSize)})`, int(statements), int(sqlTexts.length),
      ms(percentile(api, 50)), ms(percentile(api, 99)), ms(percentile(db, 50)),
      ratio(percentile(api, 50) / percentile(db, 50)), ratio((percentile(api, 50) - percentile(base, 50)) / percentile(db, 50)),
    ]);
  }
  h.report.table(['subtree (employees)', 'stmts', 'app stmts', 'API p50', 'API p99', 'SQL p50', 'API/SQL', '(API-base)/SQL'], rows);
  h.report.note('stmts: pg_stat_statements calls for one request (incl. session lookup); app stmts: statements the server sent (query hook).');
  h.report.note('SQL p50: the same statements, in order, on one direct pg connection. API-base: minus the { __typename } p50.');
}

const scenario: BenchScenario = { name: 'subordinates', title: 'all subordinates of X (issue 2)', order: 10, run };
export default scenario;
