import type { Account } from './world';

/**
 * The roles of issue 8 as fixture accounts, and who each target is for them
 * (DOMAIN.md "Roles"): the reporting line is sekda ← kadis ← kabid ← kasi ← staff1,
 * staff2 and kadis ← kabid2 ← staff3; the operator keeps Bidang SMA (with Seksi
 * Kurikulum); empB is in agency B. A role has only the targets that exist for it
 * (a plain employee has no direct report). `inScope` is an employee inside the
 * operator's unit subtree, or inside the integration token's agency.
 */
export const TARGETS = ['none', 'own', 'directReport', 'deeperSubordinate', 'peer', 'superior', 'inScope', 'otherUnit', 'otherAgency'] as const;
export type Target = (typeof TARGETS)[number];

export type Viewer = Account | 'anonymous' | 'integration';

export interface Role {
  name: string;
  viewer: Viewer;
  targets: Partial<Record<Exclude<Target, 'none'>, Account>>;
}

export const ROLES: Role[] = [
  { name: 'SUPERADMIN', viewer: 'superadmin', targets: { own: 'superadmin', otherUnit: 'staff3', otherAgency: 'empB' } },
  { name: 'ADMIN', viewer: 'admin', targets: { own: 'admin', otherUnit: 'staff3', otherAgency: 'empB' } },
  { name: 'OPERATOR', viewer: 'operator', targets: { own: 'operator', inScope: 'staff1', otherUnit: 'staff3', otherAgency: 'empB' } },
  { name: 'EMPLOYEE', viewer: 'staff1', targets: { own: 'staff1', peer: 'staff2', superior: 'kasi', otherUnit: 'staff3', otherAgency: 'empB' } },
  { name: 'APPRAISER', viewer: 'kasi', targets: { own: 'kasi', directReport: 'staff1', superior: 'kabid', otherUnit: 'staff3', otherAgency: 'empB' } },
  { name: 'MANAGER_2UP', viewer: 'kabid', targets: { own: 'kabid', directReport: 'kasi', deeperSubordinate: 'staff1', peer: 'kabid2', superior: 'kadis', otherUnit: 'staff3', otherAgency: 'empB' } },
  { name: 'INTEGRATION', viewer: 'integration', targets: { inScope: 'staff1', otherAgency: 'empB' } },
  { name: 'ANONYMOUS', viewer: 'anonymous', targets: { inScope: 'staff1' } },
];
