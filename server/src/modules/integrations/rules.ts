import { rule } from 'graphql-shield';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { forbidden, unauthenticated } from '../../lib/errors';
import { superadminReadsOnly } from '../../auth/rules';
import { writeAudit } from '../audit/audit';
import { tokenScope } from './errors';
import type { Scope } from './types';

/**
 * Shield rules for integration tokens, for every module to use:
 * - `hasScope('READ_LOGBOOK')`: only an integration token holding the scope;
 * - `employeeOrScope('READ_LOGBOOK')`: any usable employee session, or a token with the scope
 *   (use it instead of `isAuthenticated` on fields integrations may read: `isAuthenticated`
 *   lets every token through whatever its scopes);
 * - `adminOrScope('READ_ORG')`: agency admins, or a token with the scope; on Query fields the
 *   national superadmin too (it reads everything, and writes no agency's data).
 * A token lacking the scope gets `TOKEN_SCOPE`. When a token passes one of these rules on a
 * Mutation field, an audit row `TOKEN_MUTATION` records which token called what (the change
 * itself is audited by the mutation, with the token as actor).
 * Rules only gate roles: services still scope rows to the token's agency.
 */
const passwordChangeRequired = () =>
  new GraphQLError('Change your one-time password first.', { extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });

async function tokenCheck(scope: Scope, ctx: Context, info: GraphQLResolveInfo): Promise<true | Error> {
  const v = ctx.viewer!;
  if (!v.scopes?.includes(scope)) return tokenScope(scope);
  if (info.parentType.name === 'Mutation') {
    await writeAudit(ctx.em, ctx, {
      action: 'TOKEN_MUTATION', entityType: 'ApiToken', entityId: v.tokenId ?? null, agencyId: v.agencyId,
      data: { field: info.fieldName, scope },
    });
  }
  return true;
}

/**
 * shield wants one rule instance per name: each factory returns the same instance for a
 * scope, so several modules may call `employeeOrScope('READ_PLANS')`.
 */
const instances = new Map<string, ReturnType<ReturnType<typeof rule>>>();
function once(name: string, make: () => ReturnType<ReturnType<typeof rule>>) {
  let r = instances.get(name);
  if (!r) instances.set(name, (r = make()));
  return r;
}

export function hasScope(scope: Scope) {
  return once(`integrations.hasScope.${scope}`, () => rule(`integrations.hasScope.${scope}`, { cache: 'no_cache' })(async (_p, _a, ctx: Context, info) => {
    if (!ctx.viewer) return unauthenticated();
    if (ctx.viewer.kind !== 'TOKEN') return forbidden('This operation needs an integration token.');
    return tokenCheck(scope, ctx, info);
  }));
}

export function employeeOrScope(scope: Scope) {
  return once(`integrations.employeeOrScope.${scope}`, () => rule(`integrations.employeeOrScope.${scope}`, { cache: 'no_cache' })(async (_p, _a, ctx: Context, info) => {
    if (!ctx.viewer) return unauthenticated();
    if (ctx.viewer.kind === 'TOKEN') return tokenCheck(scope, ctx, info);
    if (ctx.viewer.mustChangePassword) return passwordChangeRequired();
    return true;
  }));
}

export function adminOrScope(scope: Scope) {
  return once(`integrations.adminOrScope.${scope}`, () => rule(`integrations.adminOrScope.${scope}`, { cache: 'no_cache' })(async (_p, _a, ctx: Context, info) => {
    const v = ctx.viewer;
    if (!v) return unauthenticated();
    if (v.kind === 'TOKEN') return tokenCheck(scope, ctx, info);
    if (v.mustChangePassword) return passwordChangeRequired();
    if (v.role === 'ADMIN') return true;
    // The superadmin reads every agency but writes none (auth/rules.ts `superadminReadsOnly`).
    if (v.role === 'SUPERADMIN') return info.parentType.name === 'Mutation' ? superadminReadsOnly() : true;
    return forbidden('Only agency admins may do this.');
  }));
}

/** True when the viewer is an integration token holding `scope` (for services and routes). */
export const tokenHas = (ctx: Pick<Context, 'viewer'>, scope: Scope): boolean =>
  ctx.viewer?.kind === 'TOKEN' && !!ctx.viewer.scopes?.includes(scope);
