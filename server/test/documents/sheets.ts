import ExcelJS from 'exceljs';
import { makeNip } from '../../src/modules/org/nip';

/** Sheets in the national HR export layout, for import tests. */
export const HEADER = ['No', 'NIP', 'Nama', 'Pangkat/Golongan', 'Jabatan', 'Jenis Jabatan', 'Unit Kerja', 'Unit Induk', 'NIP Atasan', 'Status'];

export interface Person {
  nip: string;
  name: string;
  rank?: string;
  position: string;
  kind: string;
  unit: string;
  parent?: string;
  superior?: string;
  status?: string;
}

export const rowsOf = (people: Person[]) =>
  people.map((p, i) => [String(i + 1), p.nip, p.name, p.rank ?? 'III/a', p.position, p.kind, p.unit, p.parent ?? '', p.superior ?? '', p.status ?? 'PNS']);

export function csv(rows: string[][], header = HEADER, sep = ','): string {
  const cell = (c: string) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(cell).join(sep)).join('\r\n');
}

export async function xlsx(rows: (string | number)[][], header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

let serial = 0;
/** A fresh valid NIP (birth 1985-1999, appointed at 25). */
export function nip(gender: 'MALE' | 'FEMALE' = 'MALE'): string {
  serial += 1;
  const year = 1985 + (serial % 15);
  const day = String((serial % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(serial / 28) % 12) + 1).padStart(2, '0');
  return makeNip(`${year}-${month}-${day}`, `${year + 25}-01`, gender, (Math.floor(serial / 336) % 999) + 1);
}

/** A generated agency: `units` units under one root, each with a head and staff reporting to the head. */
export function bigSheet(total: number, perUnit = 25): Person[] {
  const people: Person[] = [];
  const root = { nip: nip(), name: 'Kepala Badan Uji Beban', position: 'Kepala Badan', kind: 'JPT Pratama', unit: 'Badan Uji Beban' };
  people.push(root);
  let u = 0;
  while (people.length < total) {
    u += 1;
    const unit = `Bidang Uji ${u}`;
    const head = { nip: nip(), name: `Kepala Bidang ${u}`, position: `Kepala Bidang Uji ${u}`, kind: 'JA Administrator', unit, parent: 'Badan Uji Beban', superior: root.nip, rank: 'IV/a' };
    people.push(head);
    for (let i = 1; i < perUnit && people.length < total; i += 1) {
      people.push({ nip: nip(i % 2 ? 'MALE' : 'FEMALE'), name: `Pegawai ${u}-${i}`, position: i % 3 ? 'Analis Kebijakan' : 'Pengelola Data', kind: i % 3 ? 'JF Ahli Pertama' : 'Pelaksana', unit, parent: 'Badan Uji Beban', superior: head.nip, rank: 'III/a' });
    }
  }
  return people;
}
