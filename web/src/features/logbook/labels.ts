import type { LogbookEntryStatus } from '../../gql/graphql';
import type { UserErrorLike } from '../../shared/forms/userErrors';

/** Status of a catatan harian in its verification workflow. */
export const entryStatusLabel: Record<LogbookEntryStatus, string> = {
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  VERIFIED: 'Diverifikasi',
  REJECTED: 'Ditolak',
};

export const entryStatusTone: Record<LogbookEntryStatus, 'primary' | 'warning' | 'success' | undefined> = {
  DRAFT: undefined,
  SUBMITTED: 'primary',
  VERIFIED: 'success',
  REJECTED: 'warning',
};

/** Indonesian lead-ins of the logbook error codes; the server's detail follows. */
const leads: Record<string, string> = {
  FUTURE_DATE: 'Tanggal belum terjadi (catatan harian mencatat pekerjaan yang sudah dilakukan)',
  OUTSIDE_EVALUATION_PERIOD: 'Tanggal di luar periode penilaian',
  TIME_OVERLAP: 'Jam bertumpang tindih dengan catatan lain pada hari yang sama',
  ACTION_PLAN_MISMATCH: 'Rencana aksi bukan milik Anda atau tidak berlaku pada tanggal ini',
  PERIOD_LOCKED: 'Periode sudah dikunci (batas pengisian terlewati)',
  IMPORT_INVALID: 'Berkas tidak dapat diimpor',
  ANNUAL_TARGET_EXCEEDED: 'Melebihi target tahunan indikator',
};

/** Prefixes known logbook codes so the shared form helper shows them in Indonesian. */
export function localizeLogbookErrors(errors: readonly UserErrorLike[] | null | undefined): UserErrorLike[] {
  return (errors ?? []).map((e) => {
    const lead = leads[e.code];
    if (!lead) return e;
    const detail = e.message.trim();
    return { ...e, code: `LOGBOOK_${e.code}`, message: detail ? `${lead}: ${detail}` : lead };
  });
}

/** `95` → `1 j 35 m`; `60` → `1 jam`; `30` → `30 menit`. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} menit`;
  if (m === 0) return `${h} jam`;
  return `${h} j ${m} m`;
}

/** Numbers the Indonesian way (`1,5`). */
const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
export const formatQuantity = (value: number) => numberFormat.format(value);

/** `1,5` or `1.5` → 1.5; blank → null; anything else → NaN. */
export function parseQuantity(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const normalised = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** Evidence links typed one per line (or separated by spaces or commas). */
export function parseEvidence(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A random idempotency key for one entry (works outside secure contexts, unlike randomUUID). */
export function newClientKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
