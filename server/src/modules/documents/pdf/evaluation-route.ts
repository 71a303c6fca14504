import type express from 'express';
import type { AppServices } from '../../../app-services';
import { parseGlobalId } from '../../../lib/ids';
import { visibleEvaluation } from '../../evaluation/resolvers/convert';
import * as PlanL from '../../planning/loaders';
import { attachment, fileContext, idParam, sendError } from '../http';
import { loadEvaluationDocument } from './evaluation-data';
import { renderEvaluationPdf } from './evaluation-pdf';

/**
 * `GET /files/evaluations/<Evaluation id>.pdf`: the printable evaluation (periodic, or the
 * annual document for the FINAL evaluation period). Served exactly when `evaluation(id:)`
 * would return it (the evaluation module's visibleEvaluation / canReadResultsOfPlan);
 * otherwise 404, whether missing, of another agency or not the viewer's to read.
 * Integration tokens also need READ_EVALUATIONS (403 TOKEN_SCOPE, as the API's root field).
 */
export function evaluationPdf(services: AppServices): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await fileContext(req, res, services);
      if (!ctx) return;
      const gid = parseGlobalId(idParam(req.params.file, 'pdf') ?? '');
      if (ctx.viewer!.kind === 'TOKEN' && !ctx.viewer!.scopes?.includes('READ_EVALUATIONS')) return sendError(res, 403, 'TOKEN_SCOPE', 'This API token lacks the READ_EVALUATIONS scope.', { requiredScope: 'READ_EVALUATIONS' });
      const ev = gid?.type === 'Evaluation' ? await visibleEvaluation(ctx, gid.id) : null;
      const plan = ev ? await PlanL.planById(ctx).load(ev.planId) : null;
      if (!ev || !plan) return sendError(res, 404, 'NOT_FOUND', 'No such evaluation.');
      const doc = await loadEvaluationDocument(ctx, ev, plan);
      const pdf = renderEvaluationPdf(doc, ctx.today);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', attachment(`Evaluasi Kinerja ${doc.employee.name} ${doc.evaluationPeriod.name}.pdf`, 'inline'));
      res.setHeader('Cache-Control', 'no-store');
      pdf.on('error', (err) => res.destroy(err));
      pdf.pipe(res);
    } catch (err) {
      if (res.headersSent) res.destroy(err as Error);
      else next(err);
    }
  };
}
