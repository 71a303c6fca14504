import { describe, expect, it } from 'vitest';
import { adminOrScope, employeeOrScope, hasScope, tokenHas } from './rules';

describe('scope rules', () => {
  it('return one rule instance per scope, so several modules can use the same one (shield wants unique names)', () => {
    expect(employeeOrScope('READ_PLANS')).toBe(employeeOrScope('READ_PLANS'));
    expect(hasScope('WRITE_ATTENDANCE')).toBe(hasScope('WRITE_ATTENDANCE'));
    expect(adminOrScope('READ_ORG')).toBe(adminOrScope('READ_ORG'));
    expect(employeeOrScope('READ_PLANS')).not.toBe(employeeOrScope('READ_LOGBOOK'));
  });

  it.each([
    [null, false],
    [{ kind: 'EMPLOYEE', scopes: undefined }, false],
    [{ kind: 'TOKEN', scopes: ['READ_ORG'] }, false],
    [{ kind: 'TOKEN', scopes: ['READ_ORG', 'READ_LOGBOOK'] }, true],
  ])('tokenHas READ_LOGBOOK for %j: %s', (viewer, expected) => {
    expect(tokenHas({ viewer: viewer as any }, 'READ_LOGBOOK')).toBe(expected);
  });
});
