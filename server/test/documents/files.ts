import ExcelJS from 'exceljs';
import type { TestApi } from '../support/api';
import { mountDocumentRoutes } from '../../src/modules/documents/routes';

/** Mounts /files on the test app (a no-op once app.ts mounts it itself). */
export function mountFiles(api: TestApi): void {
  mountDocumentRoutes(api.k.app.express, api.k.services);
}

export async function download(api: TestApi, path: string, token?: string) {
  const res = await fetch(api.url.replace(/\/graphql$/, '') + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  const json = res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(body.toString('utf8')) : null;
  return { status: res.status, headers: res.headers, body, json };
}

/** Cell texts of every row of a worksheet. */
export async function sheetRows(xlsx: Buffer, name: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(name)!;
  const out: string[][] = [];
  ws.eachRow((row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, i) => {
      const v = c.value;
      cells[i - 1] = v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v);
    });
    out[n - 1] = cells;
  });
  return Array.from(out, (r) => r ?? []);
}
