import { describe, expect, it } from 'vitest';
import { isAdditiveUnit } from '../modules/cascade/shares';
import { buildSeedBook, SEED_STATUSES, topDown, type SeedEmployee } from './plans-build';
import { createRand } from './prng';

/** A small org: 1 JPT head, 2 JPT unit heads, 3 administrators each, 4 staff each. */
function org(): SeedEmployee[] {
  const out: SeedEmployee[] = [];
  let id = 1;
  const add = (type: string, level: string, unit: number, appraiserId: number | null) => {
    out.push({ id, positionId: id, positionType: type, level, unitId: unit, unitName: `Unit ${unit}`, start: '2024-01-02', appraiserId, overridden: false });
    return id++;
  };
  const head = add('JPT', 'MADYA', 1, null);
  for (let u = 0; u < 2; u++) {
    const jpt = add('JPT', 'PRATAMA', 10 + u, head);
    for (let a = 0; a < 3; a++) {
      const adm = add('JA', 'ADMINISTRATOR', 100 + u * 10 + a, jpt);
      for (let s = 0; s < 4; s++) add(s % 2 ? 'JF' : 'JA', s % 2 ? 'AHLI_PERTAMA' : 'PELAKSANA', 100 + u * 10 + a, adm);
    }
  }
  return out.reverse(); // any input order
}

describe('buildSeedBook', () => {
  const employees = org();
  const book = buildSeedBook(employees, { rand: createRand(7), rich: true });
  const plansById = new Map(book.plans.map((p, i) => [i, p]));

  it('orders employees so that appraisers come first', () => {
    const seen = new Set<number>();
    for (const e of topDown(employees)) {
      if (e.appraiserId != null) expect(seen.has(e.appraiserId)).toBe(true);
      seen.add(e.id);
    }
    expect(seen.size).toBe(employees.length);
  });

  it('gives every employee one plan and 2 to 4 main goals (JPT: one per objective)', () => {
    expect(book.plans).toHaveLength(employees.length);
    for (const [i, p] of plansById) {
      const main = book.goals.filter((g) => g.plan === i && g.kind === 'MAIN');
      if (p.employee.positionType === 'JPT') expect(main).toHaveLength(3);
      else expect(main.length).toBeGreaterThanOrEqual(2);
      expect(main.length).toBeLessThanOrEqual(4);
    }
  });

  it('cascades every main goal below the head from a goal of the appraiser, parents first', () => {
    book.goals.forEach((g, i) => {
      const owner = book.plans[g.plan].employee;
      if (g.kind !== 'MAIN' || owner.appraiserId == null) return;
      expect(g.parent, `goal ${i}`).not.toBeNull();
      expect(g.parent!).toBeLessThan(i);
      expect(book.goals[g.parent!].ownerId).toBe(owner.appraiserId);
      expect(g.cascadeType).toMatch(/^(DIRECT|INDIRECT)$/);
    });
  });

  it('binds JPT goals to their unit agreement, one agreement per JPT unit', () => {
    expect(book.agreements).toHaveLength(3);
    for (const g of book.goals.filter((x) => book.plans[x.plan].employee.positionType === 'JPT')) {
      expect(g.lockSource).toBe('AGREEMENT');
      expect(g.agreement).not.toBeNull();
    }
  });

  it('keeps DIRECT shares of additive indicators within the parent target', () => {
    const sums = new Map<number, number>();
    for (const ind of book.indicators) {
      if (ind.parent == null) continue;
      expect(ind.locked).toBe(true);
      sums.set(ind.parent, (sums.get(ind.parent) ?? 0) + (ind.target ?? 0));
    }
    for (const [parent, total] of sums) {
      const p = book.indicators[parent];
      if (p.target != null && isAdditiveUnit(p.unit, p.aspect)) expect(total).toBeLessThanOrEqual(p.target);
    }
    expect(sums.size).toBeGreaterThan(0);
  });

  it('covers every plan status and leaves each appraiser something to decide', () => {
    const statuses = new Set(book.plans.map((p) => p.status));
    for (const s of SEED_STATUSES) expect(statuses).toContain(s);
    const administrators = employees.filter((e) => e.level === 'ADMINISTRATOR').map((e) => e.id);
    for (const a of administrators) {
      const reports = book.plans.filter((p) => p.employee.appraiserId === a);
      expect(reports.some((p) => p.status === 'SUBMITTED' || p.status === 'REVISION_SUBMITTED')).toBe(true);
    }
  });

  it('builds the synthetic variant with a fixed number of goals and one indicator each', () => {
    const syn = buildSeedBook(employees, { rand: createRand(1), rich: false, goalsPerPlan: 3 });
    expect(syn.goals).toHaveLength(employees.length * 3);
    expect(syn.indicators).toHaveLength(employees.length * 3);
    expect(syn.agreements).toHaveLength(0);
  });
});
