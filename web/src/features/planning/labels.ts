import type {
  Approach,
  CascadeType,
  CoreValue,
  GoalClassification,
  GoalKind,
  GoalLockSource,
  IndicatorAspect,
  PerformanceRating,
  Perspective,
  PlanStatus,
} from '../../gql/graphql';

/** Indonesian labels of the planning enums, in the words of PermenPANRB 6/2022. */
export const planStatusLabel: Record<PlanStatus, string> = {
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  APPROVED: 'Disetujui',
  RETURNED: 'Dikembalikan',
  REVISION_SUBMITTED: 'Revisi diajukan',
  REVISION_REJECTED: 'Revisi ditolak',
};

export const planStatusTone: Record<PlanStatus, 'primary' | 'warning' | 'success' | undefined> = {
  DRAFT: undefined,
  SUBMITTED: 'primary',
  APPROVED: 'success',
  RETURNED: 'warning',
  REVISION_SUBMITTED: 'primary',
  REVISION_REJECTED: 'warning',
};

export const approachLabel: Record<Approach, string> = {
  QUANTITATIVE: 'Kuantitatif',
  QUALITATIVE: 'Kualitatif',
};

export const goalKindLabel: Record<GoalKind, string> = { MAIN: 'RHK utama', ADDITIONAL: 'RHK tambahan' };

export const classificationLabel: Record<GoalClassification, string> = { ORGANIZATION: 'Organisasi', INDIVIDUAL: 'Individu' };

/** Direct / non-direct cascading. */
export const cascadeTypeLabel: Record<CascadeType, string> = { DIRECT: 'Langsung', INDIRECT: 'Tidak langsung' };

export const cascadeTypeHint: Record<CascadeType, string> = {
  DIRECT: 'Menghasilkan bagian dari hasil yang sama; target dijumlahkan ke RHK atasan.',
  INDIRECT: 'Menghasilkan hasil lain yang berkontribusi pada RHK atasan.',
};

export const lockSourceLabel: Record<GoalLockSource, string> = {
  SUPERIOR: 'Terkunci: diturunkan oleh atasan',
  AGREEMENT: 'Terkunci: dari Perjanjian Kinerja',
};

export const aspectLabel: Record<IndicatorAspect, string> = {
  QUANTITY: 'Kuantitas',
  QUALITY: 'Kualitas',
  TIME: 'Waktu',
  COST: 'Biaya',
};

export const perspectiveLabel: Record<Perspective, string> = {
  SERVICE_RECIPIENTS: 'Penerima layanan',
  BUSINESS_PROCESS: 'Proses bisnis',
  INTERNAL_STRENGTHENING: 'Penguatan internal',
  BUDGET: 'Anggaran',
};

export const coreValueLabel: Record<CoreValue, string> = {
  SERVICE_ORIENTED: 'Berorientasi Pelayanan',
  ACCOUNTABLE: 'Akuntabel',
  COMPETENT: 'Kompeten',
  HARMONIOUS: 'Harmonis',
  LOYAL: 'Loyal',
  ADAPTIVE: 'Adaptif',
  COLLABORATIVE: 'Kolaboratif',
};

/** Predikat kinerja pegawai. */
export const ratingLabel: Record<PerformanceRating, string> = {
  VERY_GOOD: 'Sangat Baik',
  GOOD: 'Baik',
  NEEDS_IMPROVEMENT: 'Butuh Perbaikan',
  POOR: 'Kurang',
  VERY_POOR: 'Sangat Kurang',
};

const auditActions: Record<string, string> = {
  PLAN_CREATE: 'SKP dibuat',
  PLAN_SUBMIT: 'Diajukan kepada pejabat penilai',
  PLAN_APPROVE: 'Disetujui',
  PLAN_RETURN: 'Dikembalikan',
  PLAN_REVISION_SUBMIT: 'Revisi diajukan',
  PLAN_REVISION_REJECT: 'Revisi ditolak',
  PLAN_REOPEN: 'Dibuka kembali',
  PLAN_CLOSE: 'SKP ditutup',
  PLAN_SUCCEED: 'Dilanjutkan dengan SKP baru',
  PLAN_ROUTED: 'Dialihkan ke pejabat penilai baru',
  PLAN_APPRAISER_OVERRIDE: 'Pejabat penilai ditetapkan admin',
  PLAN_BEHAVIOR_EXPECTATION: 'Ekspektasi khusus pimpinan diubah',
  GOAL_CASCADE: 'RHK diturunkan kepada bawahan',
  GOAL_CASCADED_IN: 'RHK diterima dari atasan',
};

export function auditActionLabel(action: string): string {
  return auditActions[action] ?? action;
}

/** A status name in an audit record (`SUBMITTED`) in Indonesian, other values as they are. */
export function auditStateLabel(value: string | null | undefined): string {
  if (!value) return '—';
  return (planStatusLabel as Record<string, string>)[value] ?? value;
}

/** Numbers the Indonesian way (`1.250,5`). */
const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
export function formatNumber(value: number | null | undefined): string {
  return value == null ? '—' : numberFormat.format(value);
}

/** An indicator's target: `12 laporan`, `80–100 %`, or a dash when it has none. */
export function formatTarget(i: { targetValue?: number | null; targetMin?: number | null; targetMax?: number | null; unit?: string | null }): string {
  const unit = i.unit ? ` ${i.unit}` : '';
  if (i.targetMin != null || i.targetMax != null) {
    const range = `${formatNumber(i.targetMin)}–${formatNumber(i.targetMax)}${unit}`;
    return i.targetValue != null ? `${formatNumber(i.targetValue)}${unit} (rentang ${range})` : range;
  }
  return i.targetValue != null ? `${formatNumber(i.targetValue)}${unit}` : '—';
}
