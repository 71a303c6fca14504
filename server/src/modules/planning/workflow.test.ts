import { describe, expect, it } from 'vitest';
import type { PlanStatus } from '../../graphql/generated/types';
import { refuseEdit, refuseExpectations, refuseTransition, type Actor, type Transition } from './workflow';

const owner: Actor = { isOwner: true, isAppraiser: false, isAdmin: false, periodLocked: false };
const appraiser: Actor = { isOwner: false, isAppraiser: true, isAdmin: false, periodLocked: false };
const admin: Actor = { isOwner: false, isAppraiser: false, isAdmin: true, periodLocked: false };
const other: Actor = { isOwner: false, isAppraiser: false, isAdmin: false, periodLocked: false };
const locked = (a: Actor): Actor => ({ ...a, periodLocked: true });

const open = (status: PlanStatus) => ({ status, closed: false });

/** [transition, status, actor, expected refusal or null] */
const CASES: [Transition, PlanStatus, Actor, string | null][] = [
  ['SUBMIT', 'DRAFT', owner, null],
  ['SUBMIT', 'RETURNED', owner, null],
  ['SUBMIT', 'SUBMITTED', owner, 'INVALID_STATE_TRANSITION'],
  ['SUBMIT', 'APPROVED', owner, 'INVALID_STATE_TRANSITION'],
  ['SUBMIT', 'DRAFT', appraiser, 'FORBIDDEN'],
  ['SUBMIT', 'DRAFT', admin, 'FORBIDDEN'],
  ['SUBMIT', 'DRAFT', locked(owner), 'PERIOD_LOCKED'],
  ['APPROVE', 'SUBMITTED', appraiser, null],
  ['APPROVE', 'SUBMITTED', admin, null],
  ['APPROVE', 'REVISION_SUBMITTED', appraiser, null],
  ['APPROVE', 'SUBMITTED', owner, 'FORBIDDEN'],
  ['APPROVE', 'SUBMITTED', other, 'FORBIDDEN'],
  ['APPROVE', 'DRAFT', appraiser, 'INVALID_STATE_TRANSITION'],
  ['APPROVE', 'APPROVED', appraiser, 'CONFLICT'],
  ['APPROVE', 'RETURNED', appraiser, 'CONFLICT'],
  ['APPROVE', 'SUBMITTED', locked(appraiser), 'PERIOD_LOCKED'],
  ['RETURN', 'SUBMITTED', appraiser, null],
  ['RETURN', 'REVISION_SUBMITTED', appraiser, 'INVALID_STATE_TRANSITION'],
  ['RETURN', 'APPROVED', admin, 'CONFLICT'],
  ['REVISION_SUBMIT', 'APPROVED', owner, null],
  ['REVISION_SUBMIT', 'REVISION_REJECTED', owner, null],
  ['REVISION_SUBMIT', 'DRAFT', owner, 'INVALID_STATE_TRANSITION'],
  ['REVISION_SUBMIT', 'APPROVED', appraiser, 'FORBIDDEN'],
  ['REVISION_REJECT', 'REVISION_SUBMITTED', appraiser, null],
  ['REVISION_REJECT', 'SUBMITTED', appraiser, 'INVALID_STATE_TRANSITION'],
  ['REVISION_REJECT', 'REVISION_REJECTED', appraiser, 'CONFLICT'],
];

describe('plan workflow rules', () => {
  it.each(CASES)('%s from %s by %o → %s', (t, status, actor, expected) => {
    expect(refuseTransition(t, open(status), actor)).toBe(expected);
  });

  it('refuses every transition on a closed plan', () => {
    for (const t of ['SUBMIT', 'APPROVE', 'RETURN', 'REVISION_SUBMIT', 'REVISION_REJECT'] as Transition[]) {
      const actor = t === 'SUBMIT' || t === 'REVISION_SUBMIT' ? owner : appraiser;
      expect(refuseTransition(t, { status: 'SUBMITTED', closed: true }, actor)).toBe('INVALID_STATE_TRANSITION');
    }
  });

  it.each([
    ['DRAFT', owner, null], ['RETURNED', owner, null], ['REVISION_SUBMITTED', owner, null],
    ['SUBMITTED', owner, 'INVALID_STATE_TRANSITION'], ['APPROVED', owner, 'INVALID_STATE_TRANSITION'], ['REVISION_REJECTED', owner, 'INVALID_STATE_TRANSITION'],
    ['DRAFT', appraiser, 'FORBIDDEN'], ['DRAFT', admin, 'FORBIDDEN'], ['DRAFT', locked(owner), 'PERIOD_LOCKED'],
  ] as [PlanStatus, Actor, string | null][])('edit of a %s plan by %o → %s', (status, actor, expected) => {
    expect(refuseEdit(open(status), actor)).toBe(expected);
  });

  it.each([
    ['SUBMITTED', appraiser, null], ['DRAFT', admin, null], ['APPROVED', appraiser, 'INVALID_STATE_TRANSITION'], ['SUBMITTED', owner, 'FORBIDDEN'],
  ] as [PlanStatus, Actor, string | null][])('expectations on a %s plan by %o → %s', (status, actor, expected) => {
    expect(refuseExpectations(open(status), actor)).toBe(expected);
  });
});
