import { badInput } from './errors';

/**
 * Cursor connections (Relay): keyset pagination with opaque cursors that carry the
 * sort key of the last row, so pages stay stable under concurrent writes.
 */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export function pageSize(first: number | null | undefined, max = MAX_PAGE): number {
  if (first == null) return Math.min(DEFAULT_PAGE, max);
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badInput(`first must be between 1 and ${max}.`);
  }
  return first;
}

export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number | null)[] | null {
  if (cursor == null) return null;
  try {
    if (cursor.length > 500) throw new Error('long');
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(key) || key.length !== arity) throw new Error('shape');
    for (const v of key) if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw new Error('type');
    return key;
  } catch {
    throw badInput('Invalid cursor.');
  }
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number> | number;
}

/**
 * Builds a connection from `limit + 1` fetched rows. `totalCount` is a function so
 * the count query runs only when a client asks for it.
 */
export function toConnection<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => (string | number | null)[],
  totalCount: () => Promise<number> | number,
  after: string | null | undefined,
): Connection<T> {
  const hasNextPage = rows.length > limit;
  const page = hasNextPage ? rows.slice(0, limit) : rows;
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

export function emptyConnection<T>(): Connection<T> {
  return toConnection<T>([], 1, () => [], () => 0, null);
}
