import type pg from 'pg';

/**
 * Detects internals in an HTTP response: masked internal errors, stack traces, file
 * paths, SQL text and PostgreSQL/MikroORM error wording, and database table names.
 *
 * Only error messages, error extensions and userError messages are scanned: `data`
 * legitimately echoes user text (an activity may well contain "select … from").
 */
const ALWAYS: [string, RegExp][] = [
  ['internal error code', /INTERNAL_SERVER_ERROR/],
  ['masked internal error', /Internal server error/i],
  ['stack frame', /\bat (?:async )?[\w$.<>]+ \(?[^\s()]*:\d+:\d+\)?/],
  ['file path', /(?:\/work\/|\/tmp\/|node_modules|\.ts:\d+|\.js:\d+)/],
  ['SQL keyword pair', /\b(?:select\s[\s\S]{0,200}\sfrom|insert\s+into|update\s+\w+\s+set|delete\s+from|on\s+conflict)\b/i],
  ['PostgreSQL error text', /syntax error at or near|violates (?:unique|foreign key|check|not-null|exclusion) constraint|duplicate key value|current transaction is aborted|invalid input syntax for|out of range for type|value too long for type|null value in column|could not serialize|deadlock detected|terminating connection|Connection terminated|ECONNREFUSED|ECONNRESET|canceling statement/i],
  ['quoted relation', /\b(?:relation|column|table|constraint|index) "[\w.]+"/i],
  ['ORM exception', /\b(?:DriverException|UniqueConstraintViolationException|ForeignKeyConstraintViolationException|NotNullConstraintViolationException|CheckConstraintViolationException|ServerException|ConnectionException|ValidationError|OptimisticLockError|NotFoundError|MikroORM|knex|TypeError|ReferenceError|RangeError|SyntaxError: Unexpected)\b/],
  ['undefined/NaN text', /\b(?:undefined|NaN|\[object Object\])\b/],
];

/**
 * `echo`: the request's own input strings. A message quoting the client's input back
 * ("got invalid value \"'; drop table employee; --\"") is not a leak, so those
 * strings are cut out before scanning.
 */
export interface LeakCheck {
  (body: unknown, status: number, echo?: string[]): string[];
}

/** Every string inside a variables object (keys included), for `echo`. */
export function inputStrings(v: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof v === 'string') out.push(v);
  else if (v && typeof v === 'object' && depth < 50) {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      inputStrings(x, out, depth + 1);
    }
  }
  return out;
}

/** Builds a checker that also knows the database's table names. */
export async function leakChecker(db: pg.Pool): Promise<LeakCheck> {
  const tables = (await db.query(`select tablename from pg_tables where schemaname = 'public'`)).rows.map((r) => r.tablename as string);
  // Snake-case names are unmistakable anywhere; one-word names (employee, goal) are
  // ordinary English in messages, so only their SQL-shaped uses count.
  const snake = tables.filter((t) => t.includes('_')).sort((a, b) => b.length - a.length);
  const single = tables.filter((t) => !t.includes('_'));
  const patterns: [string, RegExp][] = [
    ...ALWAYS,
    ...(snake.length ? [['table name', new RegExp(`\\b(?:${snake.join('|')})\\b`)] as [string, RegExp]] : []),
    // (A quoted one-word name is not enough: GraphQL quotes field names like "period".)
    ...(single.length ? [['table reference', new RegExp(`(?:\\b(?:from|into|join|update|table)\\s+"?(?:${single.join('|')})\\b|\\b(?:${single.join('|')})\\.[a-z_]+_id\\b)`, 'i')] as [string, RegExp]] : []),
  ];
  return (body, status, echo = []) => {
    const problems: string[] = [];
    if (status >= 500) problems.push(`HTTP ${status}`);
    const cut = [...new Set(echo.filter((e) => e.length >= 3).flatMap((e) => [e, JSON.stringify(e).slice(1, -1)]))].sort((a, b) => b.length - a.length);
    const texts = collectTexts(body).map((t) => cut.reduce((acc, e) => (acc.includes(e) ? acc.split(e).join('') : acc), t));
    for (const t of texts) {
      for (const [what, re] of patterns) {
        if (re.test(t)) problems.push(`${what}: ${t.slice(0, 300)}`);
      }
    }
    return problems;
  };
}

/** Error messages, extensions and userError messages of a GraphQL response body. */
export function collectTexts(body: unknown): string[] {
  const out: string[] = [];
  if (!body || typeof body !== 'object') {
    if (typeof body === 'string') out.push(body);
    return out;
  }
  const b = body as { errors?: unknown[]; data?: unknown };
  for (const e of (b.errors ?? []) as { message?: unknown; extensions?: unknown }[]) {
    out.push(String(e?.message));
    if (e?.extensions) out.push(JSON.stringify(e.extensions));
  }
  const walk = (v: unknown, depth: number) => {
    if (!v || typeof v !== 'object' || depth > 12) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      if (k === 'userErrors' && Array.isArray(x)) {
        for (const ue of x) for (const part of [ue?.message, ue?.code]) if (typeof part === 'string') out.push(part);
      }
      else walk(x, depth + 1);
    }
  };
  walk(b.data, 0);
  return out;
}
