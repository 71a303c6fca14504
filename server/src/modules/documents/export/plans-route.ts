import type express from 'express';
import type { AppServices } from '../../../app-services';
import { parseGlobalId } from '../../../lib/ids';
import type { Context } from '../../../graphql/context';
import * as OrgL from '../../org/loaders';
import { canListUnitStaff, canReadAgency } from '../../org/scope';
import type { OrgUnitRow } from '../../org/types';
import * as PlanL from '../../planning/loaders';
import { canMonitorUnit } from '../../evaluation/scope';
import { tokenHas } from '../../integrations/rules';
import { attachment, fileContext, sendError, XLSX_TYPE } from '../http';
import { exportEmployees } from './org-data';
import { loadPlansExport } from './plans-data';
import { writePlansWorkbook } from './plans-xlsx';

/**
 * `GET /files/org-units/<OrgUnit id>/plans.xlsx?period=<Period id>`: the SKP recap of a
 * unit subtree. Rows are the plans the viewer may read through the API (so any
 * signed-in viewer of the agency gets a consistent, possibly short, list; tokens need
 * READ_PLANS); the sheet of employees without a plan is added for those who monitor
 * the unit (admins, the superadmin, its operators, leaders above it, READ_ORG tokens).
 */
async function monitors(ctx: Context, unit: OrgUnitRow): Promise<boolean> {
  if (ctx.viewer!.kind === 'TOKEN') return tokenHas(ctx, 'READ_ORG');
  return (await canListUnitStaff(ctx, unit)) || (await canMonitorUnit(ctx, unit.id));
}

export function unitPlansXlsx(services: AppServices): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await fileContext(req, res, services);
      if (!ctx) return;
      if (ctx.viewer!.kind === 'TOKEN' && !tokenHas(ctx, 'READ_PLANS')) return sendError(res, 403, 'TOKEN_SCOPE', 'This API token lacks the READ_PLANS scope.', { requiredScope: 'READ_PLANS' });
      const gid = parseGlobalId(String(req.params.unit));
      const pid = parseGlobalId(typeof req.query.period === 'string' ? req.query.period : '');
      const unit = gid?.type === 'OrgUnit' ? await OrgL.unitById(ctx).load(gid.id) : null;
      if (!unit || !canReadAgency(ctx, unit.agencyId)) return sendError(res, 404, 'NOT_FOUND', 'No such unit.');
      const period = pid?.type === 'Period' ? await PlanL.periodById(ctx).load(pid.id) : null;
      if (!period || period.agencyId !== unit.agencyId) return sendError(res, 404, 'NOT_FOUND', 'No such period.');
      const data = await loadPlansExport(ctx, unit, period.id);
      const at = ctx.today < period.endDate ? (ctx.today > period.startDate ? ctx.today : period.startDate) : period.endDate;
      const withPlan = new Set(data.plans.map((p) => p.nip));
      const missing = (await monitors(ctx, unit)) ? (await exportEmployees(ctx.em, unit, at)).filter((e) => !withPlan.has(e.nip)) : null;
      res.setHeader('Content-Type', XLSX_TYPE);
      res.setHeader('Content-Disposition', attachment(`Rekap SKP ${unit.name} ${period.name}.xlsx`));
      res.setHeader('Cache-Control', 'no-store');
      await writePlansWorkbook(res, unit, period, data, missing);
      res.end();
    } catch (err) {
      if (res.headersSent) res.destroy(err as Error);
      else next(err);
    }
  };
}
