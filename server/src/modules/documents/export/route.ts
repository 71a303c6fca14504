import type express from 'express';
import type { AppServices } from '../../../app-services';
import { isDate } from '../../../lib/dates';
import { parseGlobalId } from '../../../lib/ids';
import { attachment, fileContext, idParam, sendError, XLSX_TYPE } from '../http';
import { unitExportAccess } from './access';
import { exportEmployees, exportPositions, exportUnits } from './org-data';
import { writeOrgWorkbook } from './org-xlsx';

/**
 * `GET /files/org-units/<OrgUnit id>.xlsx[?at=YYYY-MM-DD]`: the unit and everything
 * below it (units, positions, employees) as an XLSX workbook, at a date (today by
 * default).
 */
export function orgUnitXlsx(services: AppServices): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await fileContext(req, res, services);
      if (!ctx) return;
      const gid = parseGlobalId(idParam(req.params.file, 'xlsx') ?? '');
      if (gid?.type !== 'OrgUnit') return sendError(res, 404, 'NOT_FOUND', 'No such unit.');
      const at = typeof req.query.at === 'string' ? req.query.at : ctx.today;
      if (!isDate(at)) return sendError(res, 400, 'BAD_USER_INPUT', 'at is a date written YYYY-MM-DD.');
      const access = await unitExportAccess(ctx, gid.id);
      if (!access.ok) return sendError(res, access.status, access.code, access.message);
      const unit = access.unit;
      const [units, positions, employees] = [await exportUnits(ctx.em, unit), await exportPositions(ctx.em, unit, at), await exportEmployees(ctx.em, unit, at)];
      res.setHeader('Content-Type', XLSX_TYPE);
      res.setHeader('Content-Disposition', attachment(`Data Pegawai ${unit.name} ${at}.xlsx`));
      res.setHeader('Cache-Control', 'no-store');
      await writeOrgWorkbook(res, unit, at, { units, positions, employees });
      res.end();
    } catch (err) {
      if (res.headersSent) res.destroy(err as Error);
      else next(err);
    }
  };
}
