import type express from 'express';
import type { AppServices } from '../../../app-services';
import type { Context } from '../../../graphql/context';
import { parseGlobalId } from '../../../lib/ids';
import { canMonitorUnit } from '../../evaluation/scope';
import { tokenHas } from '../../integrations/rules';
import * as OrgL from '../../org/loaders';
import { canReadAgency } from '../../org/scope';
import * as PlanL from '../../planning/loaders';
import { monthOf } from '../../monitoring/resolvers';
import type { MonitoringReportRow } from '../../monitoring/types';
import { attachment, fileContext, sendError, XLSX_TYPE } from '../http';
import { loadMonitoringExport, type MonitoringMonth } from './monitoring-data';
import { writeMonitoringWorkbook } from './monitoring-xlsx';

/**
 * `GET /files/org-units/<OrgUnit id>/monitoring.xlsx?evaluationPeriod=<EvaluationPeriod id>[&month=YYYY-MM]`:
 * the monitoring report of a unit subtree (`unitMonitoring`) as the HR office's XLSX recap.
 * Served exactly when `unitMonitoring(unit, evaluationPeriod)` answers: employee sessions
 * that may monitor the unit (its leaders up the line, admins of the agency, operators of
 * the subtree) and tokens of the agency holding READ_EVALUATIONS. Every check runs before
 * anything is read or written: 400 for malformed parameters, 404 for a unit or evaluation
 * period that does not exist or belongs to another agency, 403 for a unit the viewer may
 * not monitor.
 */
type Refusal = { status: number; code: string; message: string; extensions?: Record<string, unknown> };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

async function resolveRequest(ctx: Context, req: express.Request): Promise<Refusal | { report: MonitoringReportRow; month: MonitoringMonth }> {
  if (ctx.viewer!.kind === 'TOKEN' && !tokenHas(ctx, 'READ_EVALUATIONS')) {
    return { status: 403, code: 'TOKEN_SCOPE', message: 'This API token lacks the READ_EVALUATIONS scope.', extensions: { requiredScope: 'READ_EVALUATIONS' } };
  }
  const { evaluationPeriod, month } = req.query;
  if (typeof evaluationPeriod !== 'string' || evaluationPeriod === '') return { status: 400, code: 'BAD_USER_INPUT', message: 'evaluationPeriod (the id of an evaluation period) is required.' };
  if (month !== undefined && (typeof month !== 'string' || !MONTH.test(month))) return { status: 400, code: 'BAD_USER_INPUT', message: 'month is written YYYY-MM.' };
  const uid = parseGlobalId(String(req.params.unit));
  const unit = uid?.type === 'OrgUnit' ? await OrgL.unitById(ctx).load(uid.id) : null;
  if (!unit || !canReadAgency(ctx, unit.agencyId)) return { status: 404, code: 'NOT_FOUND', message: 'No such unit.' };
  const eid = parseGlobalId(evaluationPeriod);
  const ep = eid?.type === 'EvaluationPeriod' ? await PlanL.evaluationPeriodById(ctx).load(eid.id) : null;
  const period = ep && ep.agencyId === unit.agencyId ? await PlanL.periodById(ctx).load(ep.periodId) : null;
  if (!ep || !period) return { status: 404, code: 'NOT_FOUND', message: 'No such evaluation period in the unit’s agency.' };
  if (!(await canMonitorUnit(ctx, unit))) {
    return { status: 403, code: 'FORBIDDEN', message: 'Only the unit’s leaders up the line, admins of the agency and operators of the unit may monitor it.' };
  }
  return { report: { unit, evaluationPeriod: ep, period }, month: monthOf(ctx, month as string | undefined) };
}

export function unitMonitoringXlsx(services: AppServices): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await fileContext(req, res, services);
      if (!ctx) return;
      const found = await resolveRequest(ctx, req);
      if ('status' in found) return sendError(res, found.status, found.code, found.message, found.extensions);
      const { report, month } = found;
      const data = await loadMonitoringExport(ctx, report, month);
      res.setHeader('Content-Type', XLSX_TYPE);
      res.setHeader('Content-Disposition', attachment(`Pemantauan Kinerja ${report.unit.name} ${report.evaluationPeriod.name}.xlsx`));
      res.setHeader('Cache-Control', 'no-store');
      await writeMonitoringWorkbook(res, { report, month, printedOn: ctx.today, data });
      res.end();
    } catch (err) {
      if (res.headersSent) res.destroy(err as Error);
      else next(err);
    }
  };
}
