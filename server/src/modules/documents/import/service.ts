import { createHash } from 'node:crypto';
import type { Context } from '../../../graphql/context';
import type { OrgImportPasswordMode } from '../../../graphql/generated/types';
import { forbidden, userError } from '../../../lib/errors';
import { administers } from '../../../auth/viewer';
import { hashPassword, oneTimePassword } from '../../../auth/passwords';
import { writeAudit } from '../../audit/audit';
import { emitAssignmentChange } from '../../org/events';
import { lockAgencyTree } from '../../org/services/units';
import { readRows } from './rows';
import { readSheet, UnreadableFile } from './sheet';
import { loadState, type OrgState } from './state';
import { planUnits } from './plan-units';
import { planPeople, type PeoplePlan } from './plan-people';
import { writeAssignments, writeEmployees, writePositions, writeUnits } from './write';
import { zeroCounts, type ImportCounts, type Violation } from './types';

/**
 * Onboarding without typing: a national HR export sheet becomes units, positions,
 * employees, reporting lines and effective-dated assignments. Every row is checked
 * first; any violation refuses the whole sheet (nothing written). The same sheet
 * imported again finds everything in place and writes nothing but its audit record.
 */
export const MAX_BYTES = 15 * 1024 * 1024;
/** Password hash that matches no password: the account needs an admin's passwordReset. */
export const NO_PASSWORD = '!import-reset-required';
/** Problems with the file as a whole: rows are not even looked at. */
const FILE_LEVEL = new Set(['UNREADABLE_FILE', 'MISSING_COLUMN', 'TOO_MANY_ROWS']);

export interface ImportInput {
  fileName: string;
  contentBase64: string;
  dryRun?: boolean | null;
  effectiveDate?: string | null;
  passwordMode?: OrgImportPasswordMode | null;
}

export interface ImportReport extends ImportCounts {
  dryRun: boolean;
  applied: boolean;
  effectiveDate: string;
  rowCount: number;
  violationCount: number;
  violations: Violation[];
}

function decode(input: ImportInput): Buffer {
  const name = input.fileName.trim();
  if (name.length < 1 || name.length > 255) throw userError('INVALID_INPUT', 'The file name must have 1 to 255 characters.', ['input', 'fileName']);
  const b64 = input.contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(b64) || b64.length === 0) throw userError('INVALID_INPUT', 'The content is not base64.', ['input', 'contentBase64']);
  if (b64.length > Math.ceil(MAX_BYTES / 3) * 4) throw userError('INVALID_INPUT', 'The file is larger than 15 MB.', ['input', 'contentBase64']);
  return Buffer.from(b64, 'base64');
}

function countsOf(plan: PeoplePlan, newUnits: number): ImportCounts {
  const c = zeroCounts();
  const changed = new Set(plan.positionChanges.map((p) => p.id));
  c.unitsCreated = newUnits;
  c.positionsCreated = plan.newPositions.length;
  c.positionsUpdated = changed.size;
  for (const r of plan.rows) {
    if (!r.employee) c.employeesCreated += 1;
    if (r.employeeChanged) c.employeesUpdated += 1;
    if (!r.keep) c.assignmentsCreated += 1;
    if (r.endAssignment) c.assignmentsEnded += 1;
    if (r.keep && !r.employeeChanged && !changed.has(r.positionId)) c.unchangedRows += 1;
  }
  return c;
}

async function emitChanges(ctx: Context, em: Parameters<typeof emitAssignmentChange>[0], s: OrgState, plan: PeoplePlan, employeeOfRow: Map<number, number>): Promise<void> {
  for (const r of plan.rows) {
    const employeeId = employeeOfRow.get(r.row.row)!;
    if (r.endAssignment) await emitAssignmentChange(em, ctx, { agencyId: s.agencyId, employeeId, effectiveDate: s.effectiveDate, kind: 'ENDED', assignmentId: r.endAssignment.id });
    if (!r.keep) await emitAssignmentChange(em, ctx, { agencyId: s.agencyId, employeeId, effectiveDate: s.effectiveDate, kind: 'CREATED', assignmentId: null });
  }
}

async function readInput(bytes: Buffer, fileName: string): Promise<ReturnType<typeof readRows>> {
  try {
    return readRows(await readSheet(fileName, bytes));
  } catch (err) {
    if (!(err instanceof UnreadableFile)) throw err;
    return { rows: [], violations: [{ row: 1, column: null, code: 'UNREADABLE_FILE', message: err.message }], dataRows: 0, sheetNips: new Set() };
  }
}

export async function importOrg(ctx: Context, input: ImportInput): Promise<{ report: ImportReport; initialPassword: string | null }> {
  // The agency's admin imports its organisation (checked again here: not the superadmin, who only reads).
  if (!administers(ctx.viewer, ctx.viewer!.agencyId)) throw forbidden('Only the agency admin imports its organisation.');
  const bytes = decode(input);
  const effectiveDate = input.effectiveDate ?? ctx.today;
  const dryRun = input.dryRun ?? true;
  const { rows, violations, dataRows, sheetNips } = await readInput(bytes, input.fileName);
  const shared = input.passwordMode === 'SHARED_INITIAL' && !dryRun && violations.length === 0 ? oneTimePassword() : null;
  // one argon2 hash per import (not per account): 10,000 hashes would take minutes
  const passwordHash = shared ? await hashPassword(shared) : NO_PASSWORD;
  const agencyId = ctx.viewer!.agencyId;
  const base = { dryRun, effectiveDate, rowCount: dataRows };
  if (violations.some((v) => FILE_LEVEL.has(v.code))) {
    return { report: { ...base, ...zeroCounts(), applied: false, violationCount: violations.length, violations: violations.slice(0, 1000) }, initialPassword: null };
  }
  return ctx.em.transactional(async (em) => {
    await lockAgencyTree(em, 'org_unit', agencyId);
    await lockAgencyTree(em, 'position', agencyId);
    const state = await loadState(em, agencyId, effectiveDate, rows);
    const units = planUnits(rows, state, violations);
    const people = planPeople(rows, units.unitOfRow, state, violations, sheetNips);
    const counts = countsOf(people, units.newUnits.length);
    if (violations.length || dryRun) {
      violations.sort((a, b) => a.row - b.row);
      return { report: { ...base, ...counts, applied: false, violationCount: violations.length, violations: violations.slice(0, 1000) }, initialPassword: null };
    }
    const unitIds = await writeUnits(em, state, units.newUnits);
    const positionIds = await writePositions(em, state, people, unitIds);
    const employeeOfRow = await writeEmployees(em, state, people.rows, passwordHash);
    await writeAssignments(em, state, people.rows, employeeOfRow, positionIds, `Impor: ${input.fileName.trim()}`.slice(0, 500));
    await writeAudit(em, ctx, {
      action: 'ORG_IMPORT', entityType: 'Agency', entityId: agencyId, agencyId,
      data: { fileName: input.fileName.trim(), sha256: createHash('sha256').update(bytes).digest('hex'), effectiveDate, passwordMode: input.passwordMode ?? 'RESET_REQUIRED', ...counts },
    });
    await emitChanges(ctx, em, state, people, employeeOfRow);
    return { report: { ...base, ...counts, applied: true, violationCount: 0, violations: [] }, initialPassword: counts.employeesCreated > 0 ? shared : null };
  });
}
