import type { UserErrorLike } from '../../shared/forms/userErrors';

/**
 * Indonesian lead-ins for the planning and cascade error codes. The shared form helper
 * knows the generic codes; these are added in front of the server's detail so a refusal
 * reads in the regulation's words ("RHK terkunci: …").
 */
const leads: Record<string, string> = {
  GOAL_LOCKED: 'RHK terkunci',
  INVALID_PARENT_GOAL: 'RHK atasan tidak valid (harus RHK pejabat penilai pada periode yang sama)',
  CASCADE_CYCLE: 'Kaskade melingkar',
  PARENT_GOAL_REQUIRED: 'RHK utama wajib mengintervensi RHK atasan',
  PLAN_INCOMPLETE: 'SKP belum lengkap',
  NOT_DIRECT_REPORT: 'Bukan bawahan langsung',
  TARGET_SHARE_EXCEEDED: 'Jumlah target bawahan melebihi target RHK atasan',
  PERIOD_LOCKED: 'Periode sudah dikunci (batas pengisian terlewati)',
};

export function localizeErrors(errors: readonly UserErrorLike[] | null | undefined): UserErrorLike[] {
  return (errors ?? []).map((e) => {
    const lead = leads[e.code];
    if (!lead) return e;
    const detail = e.message.trim();
    return { ...e, code: `PLANNING_${e.code}`, message: detail ? `${lead}: ${detail}` : lead };
  });
}

/** Whether the refusal says someone else acted on the plan first. */
export function isConflict(errors: readonly UserErrorLike[] | null | undefined): boolean {
  return (errors ?? []).some((e) => e.code === 'CONFLICT');
}
