import ExcelJS from 'exceljs';
import type { Context } from '../../../graphql/context';
import { sql } from '../../../db/sql';
import { ENTRY_COLS, type LogbookEntryRow } from '../types';

/**
 * Export of a logbook date range to XLSX, in the layout of the import (so an exported
 * sheet can be edited and imported again): Tanggal, Jam Mulai, Jam Selesai, Kegiatan,
 * Jumlah, Satuan, Bukti Dukung, Rencana Aksi, plus Status and Catatan. The caller
 * checks that the viewer may read the employee's logbook.
 */
export const EXPORT_MAX_ROWS = 20_000;

type ExportRow = LogbookEntryRow & { actionPlanDescription: string | null };

export function exportRows(ctx: Context, agencyId: number, employeeId: number, from: string, to: string): Promise<ExportRow[]> {
  return sql<ExportRow>(
    ctx.em,
    `select ${ENTRY_COLS}, ap.description as "actionPlanDescription"
     from logbook_entry le left join action_plan ap on ap.agency_id = le.agency_id and ap.id = le.action_plan_id
     where le.agency_id = $1 and le.employee_id = $2 and le.entry_date between $3::date and $4::date
     order by le.entry_date, le.start_time, le.id limit $5`,
    [agencyId, employeeId, from, to, EXPORT_MAX_ROWS],
  );
}

const STATUS_ID: Record<string, string> = { DRAFT: 'Draf', SUBMITTED: 'Diajukan', VERIFIED: 'Diverifikasi', REJECTED: 'Ditolak' };

export async function logbookWorkbook(title: string, rows: ExportRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  const ws = wb.addWorksheet('Logbook');
  ws.columns = [
    { header: 'Tanggal', key: 'date', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Jam Mulai', key: 'start', width: 10 },
    { header: 'Jam Selesai', key: 'end', width: 11 },
    { header: 'Kegiatan', key: 'activity', width: 60 },
    { header: 'Jumlah', key: 'quantity', width: 9 },
    { header: 'Satuan', key: 'unit', width: 12 },
    { header: 'Bukti Dukung', key: 'evidence', width: 40 },
    { header: 'Rencana Aksi', key: 'actionPlan', width: 50 },
    { header: 'Status', key: 'status', width: 13 },
    { header: 'Catatan', key: 'note', width: 30 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) {
    const [y, m, d] = r.date.split('-').map(Number);
    ws.addRow({
      date: new Date(Date.UTC(y, m - 1, d)),
      start: r.startTime,
      end: r.endTime,
      activity: r.activity,
      quantity: r.outputQuantity,
      unit: r.outputUnit,
      evidence: r.evidence.join('\n'),
      actionPlan: r.isAdditionalTask ? 'Tugas Tambahan' : r.actionPlanDescription,
      status: STATUS_ID[r.status] ?? r.status,
      note: r.rejectionNote,
    });
  }
  wb.title = title;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
