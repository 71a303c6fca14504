/**
 * NIP (Nomor Induk Pegawai), Perka BKN 22/2007: 18 digits =
 * birth date YYYYMMDD + appointment (TMT CPNS) YYYYMM + gender (1 male, 2 female) + serial 001..999.
 * For PPPK the "month" digits 13-14 may exceed 12 (they encode the agreement, not a month).
 */
export interface NipInfo {
  nip: string;
  birthDate: string;
  appointmentYear: number;
  appointmentMonth: number;
  gender: 'MALE' | 'FEMALE';
  serial: number;
}

export type NipResult = { ok: true; info: NipInfo } | { ok: false; reason: string };

function realDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function validateNip(raw: string, employmentType: 'PNS' | 'PPPK', now: Date = new Date()): NipResult {
  const nip = normalizeNip(raw);
  if (!/^\d{18}$/.test(nip)) return { ok: false, reason: 'NIP must be exactly 18 digits.' };
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const ay = Number(nip.slice(8, 12));
  const am = Number(nip.slice(12, 14));
  const g = nip[14];
  const serial = Number(nip.slice(15, 18));
  const thisYear = now.getUTCFullYear();
  if (by < 1900 || !realDate(by, bm, bd)) return { ok: false, reason: 'Digits 1-8 must be a real birth date (YYYYMMDD).' };
  if (ay > thisYear + 1) return { ok: false, reason: 'Digits 9-12 (appointment year) lie in the future.' };
  if (employmentType === 'PNS' && (am < 1 || am > 12)) return { ok: false, reason: 'Digits 13-14 must be the appointment month (01-12) for a PNS.' };
  if (employmentType === 'PPPK' && am < 1) return { ok: false, reason: 'Digits 13-14 must not be 00.' };
  // Appointment must be after the 17th birthday (minimum CPNS age is 18).
  const monthForAge = employmentType === 'PPPK' && am > 12 ? 12 : am;
  const ageMonths = (ay - by) * 12 + (monthForAge - bm);
  if (ageMonths < 17 * 12) return { ok: false, reason: 'The appointment must come after the 17th birthday.' };
  if (g !== '1' && g !== '2') return { ok: false, reason: 'Digit 15 (gender) must be 1 (male) or 2 (female).' };
  if (serial < 1) return { ok: false, reason: 'Digits 16-18 (serial) must be 001 to 999.' };
  return {
    ok: true,
    info: {
      nip,
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      appointmentYear: ay,
      appointmentMonth: am,
      gender: g === '1' ? 'MALE' : 'FEMALE',
      serial,
    },
  };
}

/** Builds a valid NIP (for seeds and tests). */
export function makeNip(birth: string, appointment: string, gender: 'MALE' | 'FEMALE', serial: number): string {
  return `${birth.replace(/-/g, '')}${appointment.replace(/-/g, '')}${gender === 'MALE' ? 1 : 2}${String(serial).padStart(3, '0')}`;
}
