import { GraphQLError } from 'graphql';

/**
 * Opaque global ids: base64url of `Type:databaseId`. Decoding checks the type, so an
 * Employee id can never be used where a Position is expected (GitLab's typed ids).
 */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  id: number;
}

const MAX_DB_ID = 2 ** 53 - 1;

export function parseGlobalId(globalId: string): DecodedId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 100) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const m = /^([A-Z][A-Za-z]{1,40}):([1-9][0-9]{0,15})$/.exec(text);
  if (!m) return null;
  const id = Number(m[2]);
  if (!Number.isSafeInteger(id) || id > MAX_DB_ID) return null;
  return { type: m[1], id };
}

/** Decodes an id argument of a query; a malformed or wrong-type id is a client error. */
export function decodeId(globalId: string, ...types: string[]): number {
  const decoded = parseGlobalId(globalId);
  if (!decoded || (types.length > 0 && !types.includes(decoded.type))) {
    throw new GraphQLError(`Invalid id: expected the id of ${types.join(' or ') || 'an object'}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return decoded.id;
}
