import type { CascadeType, GoalCascadeTargetInput } from '../../gql/graphql';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { parseDecimal } from '../planning/indicatorForm';

/**
 * The "turunkan RHK" form, flat: one block per direct report (column `c`), with
 * `targets.c.selected`, `targets.c.cascadeType`, `targets.c.description` and
 * `targets.c.share.<indicatorId>`. Only ticked reports are sent, so the server's
 * `targets.<i>` index is mapped back to the column.
 */
export type CascadeFormValues = Record<string, string | boolean>;

export interface CascadeColumn {
  employeeId: string;
  name: string;
}

export interface ParentIndicator {
  id: string;
  description: string;
  targetValue: number | null;
  unit: string | null;
}

export function initialCascadeValues(columns: readonly CascadeColumn[], indicators: readonly ParentIndicator[]): CascadeFormValues {
  const v: CascadeFormValues = {};
  columns.forEach((_, c) => {
    v[`targets.${c}.selected`] = false;
    v[`targets.${c}.cascadeType`] = 'DIRECT';
    v[`targets.${c}.description`] = '';
    v[`targets.${c}.employee`] = '';
    v[`targets.${c}.targetShares`] = '';
    for (const i of indicators) v[`targets.${c}.share.${i.id}`] = '';
  });
  return v;
}

export interface BuiltCascade {
  targets: GoalCascadeTargetInput[];
  /** For each sent target: its column, and the indicator of each share it sent. */
  sent: { column: number; shares: string[] }[];
  errors: UserErrorLike[];
}

export function buildTargets(v: CascadeFormValues, columns: readonly CascadeColumn[], indicators: readonly ParentIndicator[]): BuiltCascade {
  const targets: GoalCascadeTargetInput[] = [];
  const sent: BuiltCascade['sent'] = [];
  const errors: UserErrorLike[] = [];
  columns.forEach((col, c) => {
    if (v[`targets.${c}.selected`] !== true) return;
    const cascadeType = String(v[`targets.${c}.cascadeType`]) as CascadeType;
    const description = String(v[`targets.${c}.description`] ?? '').trim();
    const shares: { indicator: string; targetValue: number }[] = [];
    if (cascadeType === 'DIRECT') {
      for (const ind of indicators) {
        const raw = String(v[`targets.${c}.share.${ind.id}`] ?? '');
        const n = parseDecimal(raw);
        if (Number.isNaN(n) || (n !== null && n < 0)) {
          errors.push({ code: 'REQUIRED', field: ['input', 'targets', String(c), 'share', ind.id], message: 'Isi dengan angka 0 atau lebih.' });
        } else if (n !== null) shares.push({ indicator: ind.id, targetValue: n });
      }
    }
    sent.push({ column: c, shares: shares.map((s) => s.indicator) });
    targets.push({
      employee: col.employeeId,
      cascadeType,
      description: description || null,
      targetShares: cascadeType === 'DIRECT' && shares.length ? shares : null,
    });
  });
  if (targets.length === 0) errors.push({ code: 'REQUIRED', field: ['input', 'targets'], message: 'Pilih paling sedikit satu bawahan.' });
  return { targets, sent, errors };
}

/** `["input","targets","<i>",…]` of the server → the form field of that column. */
export function toColumnPaths(errors: readonly UserErrorLike[] | null | undefined, sent: BuiltCascade['sent']): UserErrorLike[] {
  return (errors ?? []).map((e) => {
    const f = e.field;
    if (!f || f[0] !== 'input' || f[1] !== 'targets' || f[2] === undefined) return e;
    const s = sent[Number(f[2])];
    if (!s) return e;
    const rest = f.slice(3);
    // A share's own value: ["targetShares", k, "targetValue"] → share.<indicatorId>.
    if (rest[0] === 'targetShares' && rest[1] !== undefined && s.shares[Number(rest[1])]) {
      return { ...e, field: ['input', 'targets', String(s.column), 'share', s.shares[Number(rest[1])]!] };
    }
    return { ...e, field: ['input', 'targets', String(s.column), ...(rest.length ? rest.slice(0, 1) : ['employee'])] };
  });
}
