import type { Resolvers } from '../../../graphql/generated/types';
import { inputId, payload } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import * as OrgL from '../../org/loaders';
import { visibleEmployee } from '../../org/resolvers/queries';
import { rateLimiter } from '../rate-limit/limiter';
import { createToken, listTokens, revokeToken, rotateToken } from '../tokens/service';
import { displayPrefix } from '../tokens/secret';
import { tokenById } from '../loaders';

export const tokenResolvers: Resolvers = {
  Query: {
    apiTokens: (_p, args, ctx) => listTokens(ctx, args) as any,
    apiTokenRateLimit: async (_p, _a, ctx) => {
      const v = ctx.viewer!;
      if (v.kind !== 'TOKEN' || v.tokenId == null) return null;
      const limiter = rateLimiter(ctx.app);
      const { capacity, perMinute } = limiter.settings;
      return { limit: capacity, refillPerMinute: perMinute, remaining: capacity > 0 ? await limiter.peek(`token:${v.tokenId}`) : 0 };
    },
  },
  Mutation: {
    apiTokenCreate: (_p, { input }, ctx) => payload(() => createToken(ctx, input)),
    apiTokenRotate: (_p, { input }, ctx) =>
      payload(() => rotateToken(ctx, { id: inputId(input.id, 'ApiToken', ['input', 'id']), expiresInDays: input.expiresInDays, previousValidForMinutes: input.previousValidForMinutes })),
    apiTokenRevoke: (_p, { input }, ctx) =>
      payload(async () => ({ apiToken: await revokeToken(ctx, { id: inputId(input.id, 'ApiToken', ['input', 'id']), reason: input.reason }) })),
  },
  ApiToken: {
    id: (t) => toGlobalId('ApiToken', t.id),
    displayPrefix: (t) => displayPrefix(t.prefix),
    createdBy: (t, _a, ctx) => (t.createdById == null ? null : visibleEmployee(ctx, t.createdById)),
    rotatedFrom: (t, _a, ctx) => (t.rotatedFromId == null ? null : tokenById(ctx).load(t.rotatedFromId)),
    agency: (t, _a, ctx) => OrgL.agencyById(ctx).load(t.agencyId) as any,
  },
};
