import type { PlanStatus } from '../../graphql/generated/types';

/**
 * The plan workflow as data (DOMAIN.md): DRAFT → SUBMITTED → APPROVED; SUBMITTED →
 * RETURNED (reason) → DRAFT (the owner's next edit or submission); APPROVED →
 * REVISION_SUBMITTED → APPROVED / REVISION_REJECTED. Pure, unit-tested.
 */
export type Transition = 'SUBMIT' | 'APPROVE' | 'RETURN' | 'REVISION_SUBMIT' | 'REVISION_REJECT';

export interface TransitionRule {
  from: PlanStatus[];
  to: PlanStatus;
  by: 'OWNER' | 'APPRAISER';
  needsReason: boolean;
  audit: string;
}

export const TRANSITIONS: Record<Transition, TransitionRule> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: 'OWNER', needsReason: false, audit: 'PLAN_SUBMIT' },
  APPROVE: { from: ['SUBMITTED', 'REVISION_SUBMITTED'], to: 'APPROVED', by: 'APPRAISER', needsReason: false, audit: 'PLAN_APPROVE' },
  RETURN: { from: ['SUBMITTED'], to: 'RETURNED', by: 'APPRAISER', needsReason: true, audit: 'PLAN_RETURN' },
  REVISION_SUBMIT: { from: ['APPROVED', 'REVISION_REJECTED'], to: 'REVISION_SUBMITTED', by: 'OWNER', needsReason: true, audit: 'PLAN_REVISION_SUBMIT' },
  REVISION_REJECT: { from: ['REVISION_SUBMITTED'], to: 'REVISION_REJECTED', by: 'APPRAISER', needsReason: true, audit: 'PLAN_REVISION_REJECT' },
};

/** Statuses in which the owner may change the plan's content (RETURNED moves to DRAFT). */
export const EDITABLE: PlanStatus[] = ['DRAFT', 'RETURNED', 'REVISION_SUBMITTED'];

/** Statuses an appraiser's decision leads to: acting on them again means someone was faster. */
const DECIDED: PlanStatus[] = ['APPROVED', 'RETURNED', 'REVISION_REJECTED'];

export interface Actor {
  isOwner: boolean;
  /** The appraiser recorded on the plan. */
  isAppraiser: boolean;
  /** Admin of the plan's agency (never the superadmin, who only reads). */
  isAdmin: boolean;
  /** The annual period is past its deadline for this viewer (never true for admins). */
  periodLocked: boolean;
}

export interface PlanState {
  status: PlanStatus;
  /** Closed early by a transfer: read-only. */
  closed: boolean;
}

export type Refusal = 'FORBIDDEN' | 'PERIOD_LOCKED' | 'INVALID_STATE_TRANSITION' | 'CONFLICT';

/** Why `actor` may not perform `t` on `plan` now, or null when allowed. */
export function refuseTransition(t: Transition, plan: PlanState, actor: Actor): Refusal | null {
  const rule = TRANSITIONS[t];
  const mayAct = rule.by === 'OWNER' ? actor.isOwner : actor.isAppraiser || actor.isAdmin;
  if (!mayAct) return 'FORBIDDEN';
  if (plan.closed) return 'INVALID_STATE_TRANSITION';
  if (!rule.from.includes(plan.status)) {
    return rule.by === 'APPRAISER' && DECIDED.includes(plan.status) ? 'CONFLICT' : 'INVALID_STATE_TRANSITION';
  }
  if (actor.periodLocked) return 'PERIOD_LOCKED';
  return null;
}

/** Why `actor` may not edit the plan's content now, or null when allowed. */
export function refuseEdit(plan: PlanState, actor: Actor): Refusal | null {
  if (!actor.isOwner) return 'FORBIDDEN';
  if (plan.closed || !EDITABLE.includes(plan.status)) return 'INVALID_STATE_TRANSITION';
  if (actor.periodLocked) return 'PERIOD_LOCKED';
  return null;
}

/** The leader's specific expectations: the recorded appraiser or an admin, before approval. */
export function refuseExpectations(plan: PlanState, actor: Actor): Refusal | null {
  if (!actor.isAppraiser && !actor.isAdmin) return 'FORBIDDEN';
  if (plan.closed || plan.status === 'APPROVED') return 'INVALID_STATE_TRANSITION';
  if (actor.periodLocked) return 'PERIOD_LOCKED';
  return null;
}
