import type express from 'express';
import type { AppServices } from '../../app-services';
import type { Authenticator } from '../../auth/authenticate';
import { addDays, isDate } from '../../lib/dates';
import { fileContext, useAuthenticators } from '../documents/http';
import { parseGlobalId } from '../../lib/ids';
import * as orgL from '../org/loaders';
import { canReadLogbookOf } from './scope';
import { exportRows, logbookWorkbook } from './services/export';

/**
 * `GET /files/logbook.xlsx?from=YYYY-MM-DD&to=YYYY-MM-DD[&employee=<Employee id>]`:
 * the logbook of a date range (at most 366 days) as an XLSX download. Signed in with
 * the same bearer token as /graphql and allowed exactly when `logbookEntries` would
 * show the entries (the employee, their appraiser, managers above, admins of the
 * agency); anything else is a 404 that does not tell whether the employee exists.
 *
 * Mount it on the app once: `mountLogbookFiles(app.express, services, authenticators)`.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fail(res: express.Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function mountLogbookFiles(app: express.Express, services: AppServices, authenticators: Authenticator[] = []): void {
  app.get('/files/logbook.xlsx', async (req, res) => {
    try {
      // Same sign-in as every /files route: expired, revoked and rate-limited tokens get
      // their own 401/429 answers (documents/http.ts), never a 500.
      useAuthenticators(services, authenticators);
      const ctx = await fileContext(req, res, services);
      if (!ctx) return;
      const viewer = ctx.viewer!;
      const q = req.query as Record<string, unknown>;
      const from = typeof q.from === 'string' ? q.from : '';
      const to = typeof q.to === 'string' ? q.to : '';
      if (!isDate(from) || !isDate(to) || to < from || addDays(from, 365) < to) {
        return fail(res, 400, 'BAD_USER_INPUT', 'Give from and to as YYYY-MM-DD, at most 366 days apart.');
      }
      const gid = typeof q.employee === 'string' ? parseGlobalId(q.employee) : null;
      if (q.employee !== undefined && gid?.type !== 'Employee') return fail(res, 400, 'BAD_USER_INPUT', 'employee must be an Employee id.');
      const employeeId = gid?.id ?? viewer.employeeId;
      const emp = employeeId == null ? null : await orgL.employeeById(ctx).load(employeeId);
      if (!emp || !(await canReadLogbookOf(ctx, emp.id))) return fail(res, 404, 'NOT_FOUND', 'No such logbook.');
      const rows = await exportRows(ctx, emp.agencyId, emp.id, from, to);
      const body = await logbookWorkbook(`Logbook ${emp.name} ${from} – ${to}`, rows);
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', `attachment; filename="logbook-${emp.nip}-${from}-${to}.xlsx"`);
      res.setHeader('Cache-Control', 'no-store');
      res.status(200).send(body);
    } catch (err) {
      // Mounted after the app's error handler: answer here, never with a stack trace.
      services.log.error({ err }, 'logbook export failed');
      if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
    }
  });
}
