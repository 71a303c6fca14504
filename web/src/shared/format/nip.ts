/**
 * NIP display: 18 digits grouped as birth date, appointment (TMT), gender and serial,
 * `198609262015051001` → `19860926 201505 1 001`, the way it is printed on SK documents.
 */
export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function formatNip(raw: string | null | undefined): string {
  if (!raw) return '—';
  const nip = normalizeNip(raw);
  if (!/^\d{18}$/.test(nip)) return raw;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/** Quick client-side check before sending; the server gives the authoritative reason. */
export function nipLengthHint(raw: string): string | null {
  const digits = normalizeNip(raw);
  if (digits === '') return null;
  if (!/^\d+$/.test(digits)) return 'NIP hanya berisi angka.';
  if (digits.length !== 18) return `NIP terdiri dari 18 angka (sekarang ${digits.length}).`;
  return null;
}
