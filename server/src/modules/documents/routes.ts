import express from 'express';
import type { AppServices } from '../../app-services';
import type { Authenticator } from '../../auth/authenticate';
import { useAuthenticators } from './http';
import { orgUnitXlsx } from './export/route';
import { unitPlansXlsx } from './export/plans-route';
import { unitMonitoringXlsx } from './export/monitoring-route';
import { planPdf } from './pdf/route';
import { evaluationPdf } from './pdf/evaluation-route';
import { logbookNdjson } from '../integrations/sync/ndjson-route';

/**
 * File downloads under /files, with the same bearer sign-in and read permissions as
 * the API:
 * - `GET /files/org-units/<OrgUnit id>.xlsx[?at=YYYY-MM-DD]` (link: `OrgUnit.exportUrl`);
 * - `GET /files/org-units/<OrgUnit id>/plans.xlsx?period=<Period id>`, the SKP recap (link: `OrgUnit.plansExportUrl`);
 * - `GET /files/org-units/<OrgUnit id>/monitoring.xlsx?evaluationPeriod=<EvaluationPeriod id>[&month=YYYY-MM]`, the
 *   monitoring recap per unit (link: `UnitMonitoringReport.exportUrl`);
 * - `GET /files/plans/<PerformancePlan id>.pdf`, the printable SKP (link: `PerformancePlan.pdfUrl`);
 * - `GET /files/evaluations/<Evaluation id>.pdf`, the printable evaluation, periodic or annual (link: `Evaluation.pdfUrl`);
 * - `GET /files/sync/logbook-entries.ndjson`, the bulk form of `logbookEntriesSync` (integrations/sync).
 * Refusals use the API's error shape and codes: 401 UNAUTHENTICATED / TOKEN_EXPIRED /
 * TOKEN_REVOKED, 429 RATE_LIMITED with Retry-After, 403 FORBIDDEN / TOKEN_SCOPE, 404
 * NOT_FOUND (also for another agency's objects, so nothing leaks).
 * Mounted through the module's `routes` hook (app.ts), before the web app's catch-all.
 */
export function mountDocumentRoutes(app: express.Express, services: AppServices, authenticators?: Authenticator[]): void {
  if (authenticators) useAuthenticators(services, authenticators);
  if (app.locals.kinerjaDocumentRoutes) return;
  app.locals.kinerjaDocumentRoutes = true;
  const router = express.Router();
  router.get('/org-units/:file', orgUnitXlsx(services));
  router.get('/org-units/:unit/plans.xlsx', unitPlansXlsx(services));
  router.get('/org-units/:unit/monitoring.xlsx', unitMonitoringXlsx(services));
  router.get('/plans/:file', planPdf(services));
  router.get('/evaluations/:file', evaluationPdf(services));
  router.get('/sync/logbook-entries.ndjson', logbookNdjson(services));
  app.use('/files', router);
}
