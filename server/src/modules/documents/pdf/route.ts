import type express from 'express';
import type { AppServices } from '../../../app-services';
import { parseGlobalId } from '../../../lib/ids';
import * as PlanL from '../../planning/loaders';
import { canReadPlan } from '../../planning/scope';
import { attachment, fileContext, idParam, sendError } from '../http';
import { loadPlanDocument } from './plan-data';
import { renderPlanPdf } from './plan-pdf';

/**
 * `GET /files/plans/<PerformancePlan id>.pdf`: the printable SKP. Served exactly when
 * `performancePlan(id:)` would return the plan (planning's canReadPlan); otherwise 404,
 * whether the plan is missing, of another agency or just not the viewer's to read.
 * Integration tokens also need READ_PLANS (403 TOKEN_SCOPE, as the API's root field).
 */
export function planPdf(services: AppServices): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await fileContext(req, res, services);
      if (!ctx) return;
      const gid = parseGlobalId(idParam(req.params.file, 'pdf') ?? '');
      if (ctx.viewer!.kind === 'TOKEN' && !ctx.viewer!.scopes?.includes('READ_PLANS')) return sendError(res, 403, 'TOKEN_SCOPE', 'This API token lacks the READ_PLANS scope.', { requiredScope: 'READ_PLANS' });
      const plan = gid?.type === 'PerformancePlan' ? await PlanL.planById(ctx).load(gid.id) : null;
      if (!plan || !(await canReadPlan(ctx, plan))) return sendError(res, 404, 'NOT_FOUND', 'No such plan.');
      const doc = await loadPlanDocument(ctx, plan);
      const pdf = renderPlanPdf(doc, ctx.today);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', attachment(`SKP ${doc.employee.name} ${doc.period.name}.pdf`, 'inline'));
      res.setHeader('Cache-Control', 'no-store');
      pdf.on('error', (err) => res.destroy(err));
      pdf.pipe(res);
    } catch (err) {
      if (res.headersSent) res.destroy(err as Error);
      else next(err);
    }
  };
}
