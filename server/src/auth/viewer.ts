import type { Role } from '../graphql/generated/types';

/** Who is calling. Built once per request from the bearer token. */
export interface Viewer {
  kind: 'EMPLOYEE' | 'TOKEN';
  /** Employee behind the session; null for integration tokens. */
  employeeId: number | null;
  agencyId: number;
  role: Role | 'INTEGRATION';
  operatorUnitId: number | null;
  mustChangePassword: boolean;
  /** Integration token id and scopes (INTEGRATION only). */
  tokenId?: number;
  scopes?: string[];
}

export const isSuperadmin = (v: Viewer | null): boolean => v?.role === 'SUPERADMIN';
/** An agency admin. Not the superadmin, who reads everything and writes no agency's data. */
export const isAdmin = (v: Viewer | null): boolean => v?.role === 'ADMIN';

/**
 * True when the viewer may write admin data (DOMAIN.md ADMIN row) of the given agency:
 * its own admin. The national superadmin only reads ("manage agencies; read everything").
 */
export function administers(v: Viewer | null, agencyId: number): boolean {
  return !!v && v.role === 'ADMIN' && v.agencyId === agencyId;
}

/** True when the viewer may see rows of the given agency at all. */
export function sameTenant(v: Viewer | null, agencyId: number): boolean {
  return !!v && (v.role === 'SUPERADMIN' || v.agencyId === agencyId);
}
