import { rule } from 'graphql-shield';
import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context';
import { forbidden, unauthenticated } from '../lib/errors';

/**
 * Reusable shield rules. Identity-only rules use the 'contextual' cache (one result
 * per request is correct because they never look at the parent); rules that read the
 * parent or arguments must use 'strict' or 'no_cache' (STACK.md trap 6).
 */
const passwordChangeRequired = () =>
  new GraphQLError('Change your one-time password first.', { extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });

/** A session exists, even one whose one-time password must still be changed. */
export const isSignedIn = rule({ cache: 'contextual' })((_p, _a, ctx: Context) => (ctx.viewer ? true : unauthenticated()));

/** A usable session: signed in and not waiting for a password change. */
export const isAuthenticated = rule({ cache: 'contextual' })((_p, _a, ctx: Context) => {
  if (!ctx.viewer) return unauthenticated();
  if (ctx.viewer.mustChangePassword) return passwordChangeRequired();
  return true;
});

/** An employee session (not an integration token). */
export const isEmployee = rule({ cache: 'contextual' })((_p, _a, ctx: Context) => {
  if (!ctx.viewer) return unauthenticated();
  if (ctx.viewer.mustChangePassword) return passwordChangeRequired();
  return ctx.viewer.kind === 'EMPLOYEE' ? true : forbidden('This operation needs an employee session.');
});

/**
 * Refusal of an admin write to the national superadmin. DOMAIN.md roles: "SUPERADMIN | all
 * agencies | manage agencies; read everything": it reads every agency through the read
 * gates (`isAdminReader`, `adminOrScope` on queries) but writes no agency's data.
 */
export const superadminReadsOnly = () =>
  forbidden('The national superadmin manages agencies and reads everything; agency data is written by the agency\'s own admin.');

/**
 * An agency admin, for admin writes (DOMAIN.md: "ADMIN | own agency | org tree, positions,
 * employees, assignments, periods and deadlines, unlocks, appraiser overrides, rule tables;
 * read all of the agency"). Not the superadmin (see `superadminReadsOnly`): "Everything
 * not granted is denied". Services still check that the row is of the admin's agency.
 */
export const isAdmin = rule({ cache: 'contextual' })((_p, _a, ctx: Context) => {
  if (!ctx.viewer) return unauthenticated();
  if (ctx.viewer.mustChangePassword) return passwordChangeRequired();
  if (ctx.viewer.role === 'ADMIN') return true;
  return ctx.viewer.role === 'SUPERADMIN' ? superadminReadsOnly() : forbidden('Only agency admins may do this.');
});

/** Admin reads: agency admins (their agency) and the national superadmin (every agency). */
export const isAdminReader = rule({ cache: 'contextual' })((_p, _a, ctx: Context) => {
  if (!ctx.viewer) return unauthenticated();
  if (ctx.viewer.mustChangePassword) return passwordChangeRequired();
  return ctx.viewer.role === 'ADMIN' || ctx.viewer.role === 'SUPERADMIN' ? true : forbidden('Only agency admins may do this.');
});

/** Org maintenance: agency admins and operators (their unit subtree); not the superadmin. */
export const isAdminOrOperator = rule({ cache: 'contextual' })((_p, _a, ctx: Context) => {
  if (!ctx.viewer) return unauthenticated();
  if (ctx.viewer.mustChangePassword) return passwordChangeRequired();
  const r = ctx.viewer.role;
  if (r === 'ADMIN' || r === 'OPERATOR') return true;
  return r === 'SUPERADMIN' ? superadminReadsOnly() : forbidden('Only admins and operators may do this.');
});

export const isSuperadmin = rule({ cache: 'contextual' })((_p, _a, ctx: Context) => {
  if (!ctx.viewer) return unauthenticated();
  return ctx.viewer.role === 'SUPERADMIN' ? true : forbidden('Only the national superadmin may do this.');
});
