import type pg from 'pg';

/**
 * Row count and content checksum of every table of the public schema, in one
 * statement. Two equal snapshots mean nothing was written in between.
 *
 * `login_attempt` is left out by default: a refused sign-in records its failure there
 * on purpose (that is the brute-force lock). `allowance_rollup*` are derived caches that
 * reads refresh (evaluation's maintained TPP rollup, "refreshed on read"). `api_token.last_used_at` moves on every
 * authenticated integration read, so that column is left out of the checksum.
 * `TOKEN_MUTATION` audit rows are written by the integration scope rule for every
 * mutation attempt a token makes (integrations/rules.ts: attempt logging, by design),
 * before the mutation itself decides; they are left out of the audit_log checksum.
 */
export const DEFAULT_EXCLUDE = ['login_attempt', 'mikro_orm_migrations', 'allowance_rollup', 'allowance_rollup_month', 'allowance_rollup_dirty'];

const COLUMN_EXCLUDE: Record<string, string[]> = { api_token: ['last_used_at'] };
const ROW_FILTER: Record<string, string> = { audit_log: `action <> 'TOKEN_MUTATION'` };

export type Snapshot = Record<string, string>;

let cachedSql: { key: string; text: string } | null = null;

async function snapshotSql(db: pg.Pool, exclude: string[]): Promise<string> {
  const key = exclude.join(',');
  if (cachedSql?.key === key) return cachedSql.text;
  const tables = (await db.query(`select tablename from pg_tables where schemaname = 'public' order by tablename`)).rows
    .map((r) => r.tablename as string)
    .filter((t) => !exclude.includes(t));
  const parts: string[] = [];
  for (const t of tables) {
    const skip = COLUMN_EXCLUDE[t];
    let rowExpr = `t::text`;
    if (skip) {
      const cols = (await db.query(`select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`, [t])).rows
        .map((r) => r.column_name as string)
        .filter((c) => !skip.includes(c));
      rowExpr = `row(${cols.map((c) => `t."${c}"`).join(', ')})::text`;
    }
    parts.push(`select '${t}' as name, count(*)::text || ':' || coalesce(md5(string_agg(${rowExpr}, '|' order by ${rowExpr})), '-') as sig from "${t}" t${ROW_FILTER[t] ? ` where ${ROW_FILTER[t]}` : ''}`);
  }
  const text = parts.join(' union all ');
  cachedSql = { key, text };
  return text;
}

export async function dbSnapshot(db: pg.Pool, exclude: string[] = DEFAULT_EXCLUDE): Promise<Snapshot> {
  const rows = (await db.query(await snapshotSql(db, exclude))).rows as { name: string; sig: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.sig]));
}

/** Tables whose signature differs between two snapshots. */
export function changedTables(a: Snapshot, b: Snapshot): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((t) => a[t] !== b[t]).sort();
}
