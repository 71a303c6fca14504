import type { Context } from '../../../graphql/context';
import * as OrgL from '../../org/loaders';
import { canListUnitStaff, canReadAgency } from '../../org/scope';
import type { OrgUnitRow } from '../../org/types';
import { tokenHas } from '../../integrations/rules';

/**
 * Who may export a unit's organisation: exactly who may list its staff through the API
 * (`OrgUnit.employees`): admins of the agency, operators in their subtree, the superadmin, and
 * integration tokens of the agency holding READ_ORG. A unit of another agency, or no
 * unit at all, is "not found"; a visible unit the viewer may not list is "forbidden".
 */
export type ExportAccess = { ok: true; unit: OrgUnitRow } | { ok: false; status: 403 | 404; code: string; message: string };

export async function unitExportAccess(ctx: Context, unitId: number): Promise<ExportAccess> {
  const unit = await OrgL.unitById(ctx).load(unitId);
  if (!unit || !canReadAgency(ctx, unit.agencyId)) return { ok: false, status: 404, code: 'NOT_FOUND', message: 'No such unit.' };
  if (ctx.viewer!.kind === 'TOKEN') {
    return tokenHas(ctx, 'READ_ORG') ? { ok: true, unit } : { ok: false, status: 403, code: 'TOKEN_SCOPE', message: 'This API token lacks the READ_ORG scope.' };
  }
  if (!(await canListUnitStaff(ctx, unit))) return { ok: false, status: 403, code: 'FORBIDDEN', message: 'Only admins and the unit’s operators may export its staff.' };
  return { ok: true, unit };
}
