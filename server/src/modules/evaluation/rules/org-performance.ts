/**
 * Step 3 of SE MenPANRB 3/2023 for the leader of a unit: "if the evaluated employee is the leader
 * of the unit, the unit's capaian kinerja is used as that leader's rating hasil kerja"
 * (research/domain.md §1.6). The organisation has five predikat, the rating hasil kerja three.
 *
 * Interpretation (the SE gives no table): Istimewa means the unit exceeded its agreed targets →
 * Di Atas Ekspektasi; Baik means the targets were met → Sesuai Ekspektasi; Butuh Perbaikan,
 * Kurang and Sangat Kurang mean they were not → Di Bawah Ekspektasi. This is the same reading as
 * the rating hasil kerja guidance of 6/2022 (§1.5).
 */
import type { ExpectationRating, OrgPerformance } from './rating-matrix';

const RESULT_BY_ORG: Readonly<Record<OrgPerformance, ExpectationRating>> = {
  OUTSTANDING: 'ABOVE_EXPECTATIONS',
  GOOD: 'MEETS_EXPECTATIONS',
  NEEDS_IMPROVEMENT: 'BELOW_EXPECTATIONS',
  POOR: 'BELOW_EXPECTATIONS',
  VERY_POOR: 'BELOW_EXPECTATIONS',
};

/** Rating hasil kerja of a unit's leader from the unit's predikat kinerja organisasi. */
export function resultRatingFromOrgPerformance(org: OrgPerformance): ExpectationRating {
  const r = RESULT_BY_ORG[org];
  if (!r) throw new RangeError(`Unknown organisation performance: ${org}`);
  return r;
}
