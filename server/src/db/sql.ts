import type { Em } from './orm';

/**
 * Raw SQL through the request's EntityManager (so it joins the current transaction),
 * written with PostgreSQL `$n` placeholders. MikroORM's execute() goes through knex,
 * which binds `?` positionally: we rewrite `$n` to `?` and expand the parameters, and
 * escape literal question marks.
 */
const cache = new Map<string, { text: string; order: number[] }>();

function compile(text: string): { text: string; order: number[] } {
  let hit = cache.get(text);
  if (!hit) {
    const order: number[] = [];
    const out = text.replace(/\?/g, '\\?').replace(/\$(\d+)/g, (_m, n) => {
      order.push(Number(n) - 1);
      return '?';
    });
    hit = { text: out, order };
    if (cache.size < 5000) cache.set(text, hit);
  }
  return hit;
}

/** knex expands JS arrays into lists; we send them as PostgreSQL array literals instead. */
function toPgArray(values: readonly unknown[]): string {
  return `{${values
    .map((v) => {
      if (v === null || v === undefined) return 'NULL';
      if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
      return `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    })
    .join(',')}}`;
}

export async function sql<T = Record<string, unknown>>(em: Em, text: string, params: readonly unknown[] = []): Promise<T[]> {
  const c = compile(text);
  const bound = c.order.map((i) => {
    if (i >= params.length) throw new Error(`Missing SQL parameter $${i + 1}`);
    const v = params[i];
    return Array.isArray(v) ? toPgArray(v) : v;
  });
  const trx = em.isInTransaction() ? (em.getTransactionContext() as object | undefined) : undefined;
  if (!trx) return (await em.execute(c.text, bound as any[], 'all')) as T[];
  return inTurn(trx, () => em.execute(c.text, bound as any[], 'all') as Promise<T[]>);
}

/**
 * A transaction is one connection: statements sent to it concurrently (the loaders of a
 * mutation's response, `Promise.all` in a service) were queued by pg itself, which pg 8
 * deprecates and pg 9 refuses. They now wait for each other here, in the order issued.
 */
const turns = new WeakMap<object, Promise<unknown>>();

function inTurn<T>(trx: object, run: () => Promise<T>): Promise<T> {
  const previous = turns.get(trx);
  const mine = previous ? previous.then(run, run) : run();
  turns.set(trx, mine.catch(() => undefined));
  return mine;
}

export async function sqlOne<T = Record<string, unknown>>(em: Em, text: string, params: readonly unknown[] = []): Promise<T | null> {
  const rows = await sql<T>(em, text, params);
  return rows[0] ?? null;
}
