import { GraphQLError } from 'graphql';

/**
 * Request-level refusals of integration tokens. Each has its own code (let through
 * the error masking in app.ts) and an HTTP status, so a client can tell "renew the
 * token" from "wait" from "ask for another scope".
 */
function refusal(code: string, message: string, status: number, extra: Record<string, unknown> = {}, headers?: Map<string, string>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status, ...(headers ? { headers } : {}) } } });
}

export const tokenUnknown = () => refusal('UNAUTHENTICATED', 'Unknown API token.', 401);
export const tokenExpired = () => refusal('TOKEN_EXPIRED', 'This API token has expired; ask an agency admin for a new one.', 401);
export const tokenRevoked = () => refusal('TOKEN_REVOKED', 'This API token was revoked; ask an agency admin for a new one.', 401);

export const tokenScope = (scope: string) =>
  new GraphQLError(`This API token lacks the ${scope} scope.`, { extensions: { code: 'TOKEN_SCOPE', requiredScope: scope } });

export const rateLimited = (retryAfterSeconds: number) =>
  refusal(
    'RATE_LIMITED',
    `Too many requests for this API token; retry after ${retryAfterSeconds} s.`,
    429,
    { retryAfterSeconds },
    new Map([['retry-after', String(retryAfterSeconds)]]),
  );
