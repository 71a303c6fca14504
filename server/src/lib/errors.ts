import { GraphQLError } from 'graphql';
import type { UserError, UserErrorCode } from '../graphql/generated/types';
import { parseGlobalId } from './ids';

/** A business refusal: returned in the payload's `userErrors`, nothing written. */
export class UserFacingError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field: string[] | null = null,
  ) {
    super(message);
  }
  toUserError(): UserError {
    return { code: this.code, message: this.message, field: this.field };
  }
}

export function userError(code: UserErrorCode, message: string, field?: string[]): UserFacingError {
  return new UserFacingError(code, message, field ?? null);
}

export function unauthenticated(message = 'Sign in first.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'You may not do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * Decodes an id inside a mutation input. A malformed or wrong-type id becomes a
 * userError pointing at the field, so the payload explains it.
 */
export function inputId(globalId: string, type: string | string[], field: string[]): number {
  const types = Array.isArray(type) ? type : [type];
  const decoded = parseGlobalId(globalId);
  if (!decoded || !types.includes(decoded.type)) {
    throw userError('INVALID_INPUT', `Not a valid ${types.join(' or ')} id.`, field);
  }
  return decoded.id;
}

export function optionalInputId(globalId: string | null | undefined, type: string | string[], field: string[]): number | null {
  return globalId == null ? null : inputId(globalId, type, field);
}

/**
 * Runs a mutation's service call and turns a UserFacingError into a payload with
 * `userErrors`; anything else propagates (and is masked by the error formatter).
 */
export async function payload<T extends object>(run: () => Promise<T>): Promise<T & { userErrors: UserError[] }> {
  try {
    const result = await run();
    return { ...result, userErrors: [] };
  } catch (err) {
    if (err instanceof UserFacingError) return { userErrors: [err.toUserError()] } as unknown as T & { userErrors: UserError[] };
    if (err instanceof UserErrorList) return { userErrors: err.errors.map((e) => e.toUserError()) } as unknown as T & { userErrors: UserError[] };
    throw err;
  }
}

/** Several refusals at once, for batch operations (each error points at its item). */
export class UserErrorList extends Error {
  constructor(readonly errors: UserFacingError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}
