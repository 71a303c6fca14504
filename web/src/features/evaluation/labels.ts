import type { EvaluationPeriodKind, EvaluationStatus, ExpectationRating, OrgPerformanceRating, PerformanceRating } from '../../gql/graphql';
import type { UserErrorLike } from '../../shared/forms/userErrors';

export { coreValueLabel, ratingLabel } from '../planning/labels';

/** Rating hasil kerja / perilaku kerja. */
export const expectationLabel: Record<ExpectationRating, string> = {
  ABOVE_EXPECTATIONS: 'Di atas ekspektasi',
  MEETS_EXPECTATIONS: 'Sesuai ekspektasi',
  BELOW_EXPECTATIONS: 'Di bawah ekspektasi',
};

export const EXPECTATIONS: readonly ExpectationRating[] = ['ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'BELOW_EXPECTATIONS'];

export const RATINGS: readonly PerformanceRating[] = ['VERY_GOOD', 'GOOD', 'NEEDS_IMPROVEMENT', 'POOR', 'VERY_POOR'];

/** CSS modifier of a predikat (colour of its matrix cell, bar and badge). */
export const ratingTone: Record<PerformanceRating, string> = {
  VERY_GOOD: 'very-good',
  GOOD: 'good',
  NEEDS_IMPROVEMENT: 'needs-improvement',
  POOR: 'poor',
  VERY_POOR: 'very-poor',
};

export const evaluationStatusLabel: Record<EvaluationStatus, string> = { DRAFT: 'Draf', CONFIRMED: 'Ditetapkan' };

export const orgPerformanceLabel: Record<OrgPerformanceRating, string> = {
  OUTSTANDING: 'Istimewa',
  GOOD: 'Baik',
  NEEDS_IMPROVEMENT: 'Butuh Perbaikan',
  POOR: 'Kurang',
  VERY_POOR: 'Sangat Kurang',
};

export const evaluationPeriodKindLabel: Record<EvaluationPeriodKind, string> = {
  MONTHLY: 'Bulanan',
  QUARTERLY: 'Triwulanan',
  SEMESTER: 'Semesteran',
  FINAL: 'Penilaian tahunan',
};

/**
 * Predikat kinerja pegawai from the two ratings (PermenPANRB 6/2022); the server applies the
 * same matrix, this is only for showing the cell before the ratings are saved.
 */
export function predikatFor(result: ExpectationRating, behavior: ExpectationRating): PerformanceRating {
  if (behavior === 'BELOW_EXPECTATIONS') return result === 'BELOW_EXPECTATIONS' ? 'VERY_POOR' : 'POOR';
  if (result === 'BELOW_EXPECTATIONS') return 'NEEDS_IMPROVEMENT';
  if (result === 'ABOVE_EXPECTATIONS' && behavior === 'ABOVE_EXPECTATIONS') return 'VERY_GOOD';
  return 'GOOD';
}

const leads: Record<string, string> = {
  PLAN_NOT_APPROVED: 'SKP belum disetujui, sehingga belum dapat dinilai',
  PERIOD_NOT_STARTED: 'Periode penilaian belum dimulai',
  OUTSIDE_PLAN_PERIOD: 'Periode penilaian di luar masa SKP',
  EVALUATION_CONFIRMED: 'Penilaian sudah ditetapkan; admin harus membukanya kembali',
  EVALUATION_NOT_RATED: 'Berikan kedua rating sebelum menetapkan',
  EVALUATION_ALREADY_RATED: 'Pejabat penilai sudah memberi rating; penilaian diri ditutup',
  DISTRIBUTION_REASON_REQUIRED: 'Sebaran predikat unit tidak sesuai kurva distribusi; tuliskan alasan',
  ORG_PERFORMANCE_REQUIRED: 'Pegawai adalah kepala unit: capaian kinerja organisasi unit harus ditetapkan lebih dulu',
  RESULT_RATING_FROM_ORG_PERFORMANCE: 'Pegawai adalah kepala unit: rating hasil kerja mengikuti capaian kinerja organisasi',
  PERIOD_LOCKED: 'Periode sudah dikunci (batas pengisian terlewati)',
};

export function localizeEvaluationErrors(errors: readonly UserErrorLike[] | null | undefined): UserErrorLike[] {
  return (errors ?? []).map((e) => {
    const lead = leads[e.code];
    if (!lead) return e;
    const detail = e.message.trim();
    return { ...e, code: `EVALUATION_${e.code}`, message: detail ? `${lead}: ${detail}` : lead };
  });
}

const rupiahFormat = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
export const formatRupiah = (value: number) => rupiahFormat.format(value);

const percentFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
/** `0.125` → `12,5 %` (shares are 0–1). */
export const formatShare = (share: number) => `${percentFormat.format(share * 100)} %`;
/** `12.5` → `12,5 %` (values already in percent). */
export const formatPercent = (percent: number) => `${percentFormat.format(percent)} %`;
