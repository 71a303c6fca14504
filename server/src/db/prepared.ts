import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Em } from './orm';
import { sql } from './sql';

/**
 * Named prepared statements for hot paths (the session lookup of every request, the
 * logbook's write).
 *
 * `sql()` goes through MikroORM, which inlines the parameters into the text, so every
 * call is a new statement that PostgreSQL parses and plans again; for the batched
 * checks and the multi-row INSERT planning costs several times their execution. Outside
 * a transaction this helper runs the same `$n` text as a named prepared statement on a
 * pooled connection (parsed and planned once per connection), and still reports it to
 * MikroORM's query logger so statement counts stay honest. Inside a transaction it
 * falls back to `sql()` (the statement must join the transaction).
 *
 * PostgreSQL keeps a generic plan for a prepared statement after a few executions,
 * planned with the statistics of that moment: use it only for statements that one index
 * answers exactly whatever the statistics say (see logbook/services/entry-checks.ts).
 */
const names = new Map<string, string>();

function nameOf(text: string): string {
  let n = names.get(text);
  if (!n) {
    n = `k_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, n);
  }
  return n;
}

interface KnexClient {
  acquireConnection(): Promise<pg.Client>;
  releaseConnection(c: pg.Client): Promise<unknown>;
}

export async function preparedSql<T>(em: Em, text: string, values: unknown[]): Promise<T[]> {
  if (em.isInTransaction()) return sql<T>(em, text, values);
  const connection = em.getConnection() as unknown as { getKnex(): { client: KnexClient }; logQuery(q: string, c: object): void };
  const client = connection.getKnex().client;
  const conn = await client.acquireConnection();
  const started = Date.now();
  try {
    // An idle client writes the bind/execute/sync messages synchronously inside query():
    // corking the socket sends them in one write instead of one system call each.
    const stream = (conn as unknown as { connection?: { stream?: { cork?(): void; uncork?(): void } } }).connection?.stream;
    stream?.cork?.();
    const pending = conn.query({ name: nameOf(text), text, values });
    stream?.uncork?.();
    const res = await pending;
    connection.logQuery(text, { took: Date.now() - started, results: res.rowCount });
    return res.rows as T[];
  } catch (err) {
    connection.logQuery(text, { took: Date.now() - started, level: 'error' });
    throw err;
  } finally {
    await client.releaseConnection(conn);
  }
}
