import type { SecApi } from '../../support/security/server';
import { OPERATIONS, type Cell, type Helpers, type OpSpec } from './operations';
import { ROLES, TARGETS, type Role, type Target, type Viewer } from './roles';
import type { Account, World } from './world';

/**
 * Runs every cell of the matrix in a fixed order and classifies each answer:
 * 'ok' (data, no userErrors), 'null' (hidden), 'empty' (an empty list or connection),
 * 'partial' (nodes: some hidden), 'user:CODE' (a userError), or a top-level error code
 * (UNAUTHENTICATED, FORBIDDEN, TOKEN_SCOPE, BAD_USER_INPUT, …).
 */
export type Observed = Record<string, Record<string, Record<string, string>>>;

export function classify(body: any, field: string, pick?: (d: any) => unknown): string {
  if (body?.errors?.length && (body.data == null || body.data[field] == null)) return String(body.errors[0].extensions?.code ?? 'ERROR');
  const v = pick ? pick(body?.data) : body?.data?.[field];
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return v.length ? 'ok' : 'empty';
  if (typeof v === 'object') {
    const o = v as Record<string, any>;
    if (Array.isArray(o.userErrors) && o.userErrors.length) return `user:${o.userErrors[0].code}`;
    if (typeof o.totalCount === 'number') return o.totalCount ? 'ok' : 'empty';
  }
  return 'ok';
}

export interface MatrixRun {
  observed: Observed;
  cells: number;
  /** Harness errors (not the API's). */
  harness: string[];
  /** Cells skipped because their fresh object could not be made (listed for review). */
  unprepared: string[];
}

export async function runMatrix(api: SecApi, w: World, tokens: { get(v: Viewer): Promise<string | undefined>; restore(who: Account): Promise<void> }): Promise<MatrixRun> {
  const observed: Observed = {};
  const harness: string[] = [];
  const unprepared: string[] = [];
  let cells = 0;
  let n = 0;
  const h: Helpers = {
    mutate: async (as, name, type, input, sel) => {
      const r = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { ${sel} userErrors { code field message } } }`, { i: input }, await tokens.get(as));
      const p = r.data?.[name];
      if (!p || p.userErrors?.length) throw new Error(`${name} as ${as}: ${JSON.stringify(r.errors ?? p?.userErrors)}`);
      return p;
    },
    evaluationOf: async (plan) => {
      const id = Number(Buffer.from(plan, 'base64url').toString().split(':')[1]);
      const r = await api.db.query(`select id from evaluation where plan_id = $1 order by id limit 1`, [id]).catch(() => ({ rows: [] as { id: number }[] }));
      return r.rows[0] ? api.gid('Evaluation', r.rows[0].id) : null;
    },
  };
  for (const op of OPERATIONS) {
    observed[op.field] = {};
    for (const role of ROLES) {
      observed[op.field][role.name] = {};
      for (const target of targetsOf(op, role)) {
        const who = target === 'none' ? null : role.targets[target as Exclude<Target, 'none'>]!;
        const cell: Cell = { w, who, t: who ? w.people[who] : null, viewer: role.viewer, fresh: {}, n: n++ };
        if (op.prepare) {
          try {
            cell.fresh = await op.prepare(cell, h);
          } catch (e) {
            // The object cannot be made (e.g. a goal on an approved plan): no such cell.
            unprepared.push(`${op.field} ${role.name} ${target}: ${(e as Error).message.slice(0, 120)}`);
            continue;
          }
        }
        const req = cell.t === null && op.target === 'person' ? null : op.build(cell);
        if (!req) continue;
        const token = await tokens.get(role.viewer);
        const r = await api.raw({ headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: req.query, variables: req.variables }) });
        observed[op.field][role.name][target] = r.json ? classify(r.json, op.field, req.pick) : `HTTP_${r.status}`;
        cells += 1;
        if (op.field === 'passwordReset' && who) await tokens.restore(who);
      }
    }
  }
  return { observed, cells, harness, unprepared };
}

function targetsOf(op: OpSpec, role: Role): Target[] {
  if (op.target === 'none') return ['none'];
  return TARGETS.filter((t) => t !== 'none' && role.targets[t as Exclude<Target, 'none'>]);
}
