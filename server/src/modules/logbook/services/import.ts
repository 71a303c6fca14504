import { createHash } from 'node:crypto';
import type { Context } from '../../../graphql/context';
import { userError } from '../../../lib/errors';
import { writeAudit } from '../../audit/audit';
import type { RawEntry } from '../rules/entry-input';
import { dateCell, linksCell, quantityCell, textCell, timeCell } from '../import/cells';
import { readSheet, SheetError, type Column, type Sheet } from '../import/sheet';
import { checkAndCreate, employeeOf, isRace } from './entries-create';
import { resolveReferences, type ImportViolation } from './import-refs';

/**
 * Import of a logbook sheet (CSV or XLSX, base64 in the GraphQL request). Every row
 * goes through the same rules as `logbookEntriesCreate`, all checked at once (one
 * statement for the database rules); a dry run reports every bad row, a real run
 * writes all rows in one INSERT or nothing. Each row's client key is derived from
 * the file's hash and the row number, so importing the same file twice writes once.
 */
export const IMPORT_LIMITS = { bytes: 1_400_000, rows: 5000 };


export interface ImportResult {
  dryRun: boolean;
  rowCount: number;
  importedCount: number;
  violations: ImportViolation[];
}

const FIELD_COLUMN: Record<string, Column | null> = {
  date: 'date', startTime: 'start', endTime: 'end', activity: 'activity', outputQuantity: 'quantity', outputUnit: 'unit',
  evidence: 'evidence', actionPlan: 'actionPlan', clientKey: null,
};

function decode(contentBase64: string): Buffer {
  const s = contentBase64.replace(/\s+/g, '');
  if (s.length > Math.ceil((IMPORT_LIMITS.bytes * 4) / 3) + 4) throw userError('IMPORT_INVALID', `The file is larger than ${IMPORT_LIMITS.bytes / 1e6} MB.`, ['input', 'contentBase64']);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw userError('IMPORT_INVALID', 'The content is not base64.', ['input', 'contentBase64']);
  const buf = Buffer.from(s, 'base64');
  if (buf.length === 0) throw userError('IMPORT_INVALID', 'The file is empty.', ['input', 'contentBase64']);
  return buf;
}

function toRaw(sheet: Sheet, cells: unknown[], clientKey: string): RawEntry {
  const at = (c: Column) => (sheet.columns[c] ? cells[sheet.columns[c]!.index] ?? null : null);
  return {
    date: dateCell(at('date')) ?? textCell(at('date')),
    startTime: timeCell(at('start')) ?? textCell(at('start')),
    endTime: timeCell(at('end'), true) ?? textCell(at('end')),
    activity: textCell(at('activity')),
    outputQuantity: quantityCell(at('quantity')),
    outputUnit: textCell(at('unit')) || null,
    evidence: linksCell(at('evidence')),
    clientKey,
  };
}

export async function importLogbook(ctx: Context, input: { fileName: string; contentBase64: string; dryRun: boolean }): Promise<ImportResult> {
  const { agencyId, employeeId } = employeeOf(ctx);
  const buf = decode(input.contentBase64);
  let sheet: Sheet;
  try {
    sheet = await readSheet(input.fileName, buf, IMPORT_LIMITS.rows);
  } catch (err) {
    if (err instanceof SheetError) throw userError('IMPORT_INVALID', err.message, ['input', 'contentBase64']);
    throw err;
  }
  const hash = createHash('sha256').update(buf).digest('hex').slice(0, 24);
  const raws = sheet.rows.map((r) => toRaw(sheet, r.cells, `import:${hash}:${r.row}`));
  const refs = await resolveReferences(ctx, employeeId, agencyId, sheet, raws);
  refs.links.forEach((l, i) => Object.assign(raws[i], l));
  const rowOf = (i: number) => sheet.rows[i].row;
  const write = !input.dryRun && refs.problems.length === 0 && sheet.rows.length > 0;
  let checked;
  try {
    checked = await checkAndCreate(ctx, raws, write, (i) => `row ${rowOf(i)}`);
  } catch (err) {
    if (isRace(err)) throw userError('CONFLICT', 'Other entries were written at the same moment; run the import again.', ['input', 'contentBase64']);
    throw err;
  }
  const header = (c: Column | null | undefined) => (c && sheet.columns[c]?.header) || null;
  const violations: ImportViolation[] = [
    ...refs.problems,
    ...checked.problems
      .filter((p) => !(p.field === 'actionPlan' && refs.failed.has(p.index)))
      .map((p) => ({ row: rowOf(p.index), column: header(p.field === 'actionPlan' ? refs.columnOf(p.index) : FIELD_COLUMN[p.field]), code: p.code, message: p.message })),
  ].sort((a, b) => a.row - b.row);
  if (!checked.rows) return { dryRun: input.dryRun, rowCount: sheet.rows.length, importedCount: 0, violations };
  // The entries and their records are written by one statement; this summary follows it.
  await writeAudit(ctx.em, ctx, { action: 'logbook.import', entityType: 'Employee', entityId: employeeId, agencyId, data: { fileName: input.fileName.slice(0, 200), sha256: hash, rows: checked.rows.length, created: checked.created } });
  return { dryRun: false, rowCount: sheet.rows.length, importedCount: checked.created, violations };
}
