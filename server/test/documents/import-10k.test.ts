import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { b64, bigSheet, csv, rowsOf, xlsx } from './sheets';

/**
 * Onboarding a 10,000-employee agency from one sheet. Timings are printed (the figure
 * to hit is one minute), never asserted; the statement count shows there are no
 * per-row round trips.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const IMPORT = `mutation($i: OrgImportInput!) { orgImport(input: $i) { userErrors { code } report { applied rowCount unitsCreated positionsCreated employeesCreated assignmentsCreated unchangedRows violationCount violations { row code message } } } }`;

describe('orgImport at scale', () => {
  it('imports 10,000 employees from an XLSX sheet, then re-imports the CSV as a no-op', async () => {
    const people = bigSheet(10_000);
    const rows = rowsOf(people);
    const file = await xlsx(rows);
    const token = await api.as('admin');
    const run = async (fileName: string, content: string | Buffer, dryRun: boolean) => {
      const t0 = performance.now();
      let r: any;
      const statements = await api.countStatements(async () => {
        r = await api.gql(IMPORT, { i: { fileName, contentBase64: b64(content), dryRun, effectiveDate: '2026-01-01' } }, token);
      });
      return { r, ms: Math.round(performance.now() - t0), statements };
    };
    const dry = await run('pegawai-10k.xlsx', file, true);
    expect(dry.r.data.orgImport.report).toMatchObject({ applied: false, rowCount: 10_000, violationCount: 0, employeesCreated: 10_000 });
    const first = await run('pegawai-10k.xlsx', file, false);
    expect(first.r.errors).toBeUndefined();
    expect(first.r.data.orgImport.report).toMatchObject({ applied: true, rowCount: 10_000, employeesCreated: 10_000, positionsCreated: 10_000, assignmentsCreated: 10_000, unitsCreated: 401 });
    const again = await run('pegawai-10k.csv', csv(rows), false);
    expect(again.r.data.orgImport.report).toMatchObject({ applied: true, unchangedRows: 10_000, employeesCreated: 0, assignmentsCreated: 0 });
    const n = (await api.db.query(`select count(*)::int as n from employee e join assignment a on a.employee_id = e.id where e.nip = any($1::text[])`, [people.map((p) => p.nip)])).rows[0].n;
    expect(n).toBe(10_000);
    // the reporting line is usable at once: a staff member's appraiser is their head of unit
    const staff = people[2];
    const q = await api.gql(`query($n: String!) { employeeByNip(nip: $n) { appraiser { name } appraiserSuperior { name } } }`, { n: staff.nip }, token);
    expect(q.data.employeeByNip).toEqual({ appraiser: { name: 'Kepala Bidang 1' }, appraiserSuperior: { name: 'Kepala Badan Uji Beban' } });
    console.log(`[import-10k] xlsx ${file.length} bytes; dry run ${dry.ms} ms (${dry.statements} statements); import ${first.ms} ms (${first.statements} statements); re-import CSV ${again.ms} ms (${again.statements} statements)`);
  }, 180_000);
});
