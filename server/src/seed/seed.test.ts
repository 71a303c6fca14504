import { describe, expect, it } from 'vitest';
import { validateNip } from '../modules/org/nip';
import { demoAccounts, planDemo } from './demo';
import { FEMALE_FIRST, MALE_FIRST, personName } from './names';
import { NipRegistry, makePerson } from './people';
import { createRand, mulberry32 } from './prng';
import { planSynthetic } from './synthetic-plan';
import { buildTreeShape, MAX_DEPTH, MAX_FANOUT, maxDepth, nearestSubtree, subordinateCounts } from './synthetic-tree';
import type { EmployeePlan } from './write';

const now = new Date('2026-11-22T00:00:00Z');

function expectValidNips(employees: EmployeePlan[], serials: readonly [number, number]): void {
  const seen = new Set<string>();
  for (const e of employees) {
    const r = validateNip(e.nip, e.employmentType, now);
    expect(r.ok, `${e.nip} ${e.name}`).toBe(true);
    if (!r.ok) continue;
    expect(r.info.gender).toBe(e.gender);
    expect(r.info.birthDate).toBe(e.birthDate);
    expect(r.info.birthDate >= '1965-01-01' && r.info.birthDate <= '2000-12-31').toBe(true);
    expect(r.info.serial).toBeGreaterThanOrEqual(serials[0]);
    expect(r.info.serial).toBeLessThanOrEqual(serials[1]);
    if (e.employmentType === 'PNS') expect(r.info.appointmentMonth).toBeLessThanOrEqual(12);
    expect(seen.has(e.nip)).toBe(false);
    seen.add(e.nip);
  }
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('int() stays inside its bounds', () => {
    const rand = createRand(7);
    const values = Array.from({ length: 2000 }, () => rand.int(3, 10));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(10);
  });
});

describe('names', () => {
  it('keeps the gendered first-name pools apart so the NIP gender digit matches', () => {
    expect(MALE_FIRST.filter((n) => (FEMALE_FIRST as readonly string[]).includes(n))).toEqual([]);
  });

  it('starts male names with a male first name (or I / Muhammad-style prefixes) and female ones likewise', () => {
    const rand = createRand(3);
    for (let i = 0; i < 500; i++) {
      const male = personName(rand, 'MALE').split(' ')[0];
      const female = personName(rand, 'FEMALE').split(' ')[0];
      expect([...MALE_FIRST, 'I', 'Ahmad', 'Moh.']).toContain(male);
      expect([...FEMALE_FIRST, 'Ni']).toContain(female);
    }
  });
});

describe('people', () => {
  it('makes valid, unique NIPs even with many people in a narrow serial range', () => {
    const rand = createRand(11);
    const nips = new NipRegistry(100, 999);
    const employees = Array.from({ length: 5000 }, (_, i) => {
      const p = makePerson(rand, { level: i % 3 === 0 ? 'PELAKSANA' : 'AHLI_PERTAMA', field: 'GOV', pppk: i % 7 === 0 }, nips);
      return { ...p, role: 'EMPLOYEE' as const, operatorUnit: null };
    });
    expectValidNips(employees, [100, 999]);
    expect(employees.some((e) => e.employmentType === 'PPPK' && Number(e.nip.slice(12, 14)) > 12)).toBe(true);
  });
});

describe('planDemo', () => {
  it('is deterministic', () => {
    const a = planDemo();
    const b = planDemo();
    expect(b.province.plan.employees.map((e) => e.nip)).toEqual(a.province.plan.employees.map((e) => e.nip));
    expect(b.regency.plan.employees.map((e) => e.name)).toEqual(a.regency.plan.employees.map((e) => e.name));
    expect(demoAccounts(b)).toEqual(demoAccounts(a));
  });

  it('has about 150 provincial employees with valid NIPs in the demo serial range', () => {
    const { province, regency } = planDemo();
    expect(province.plan.employees.length).toBeGreaterThanOrEqual(140);
    expect(province.plan.employees.length).toBeLessThanOrEqual(180);
    expect(regency.plan.employees.length).toBeGreaterThanOrEqual(10);
    expectValidNips([...province.plan.employees, ...regency.plan.employees], [1, 99]);
    expect(province.plan.employees.filter((e) => e.employmentType === 'PPPK').length).toBeGreaterThan(0);
  });

  it('lists one account per role and the edge cases', () => {
    const plans = planDemo();
    const accounts = demoAccounts(plans);
    expect(accounts.map((a) => a.role)).toEqual(['SUPERADMIN', 'ADMIN', 'OPERATOR', 'MANAGER', 'APPRAISER', 'EMPLOYEE', 'ADMIN']);
    const { plan } = plans.province;
    expect(plan.assignments.filter((a) => a.kind === 'PLT')).toHaveLength(1);
    expect(plan.assignments.filter((a) => a.end !== null)).toHaveLength(1);
    expect(plan.overrides).toHaveLength(1);
    expect(plan.positions.filter((p) => p.superior === null)).toHaveLength(1);
  });
});

describe('synthetic tree', () => {
  it('is deterministic, bounded in depth and fan-out, and reaches depth 5 at 10,000 nodes', () => {
    const a = buildTreeShape(createRand(1), 10_000);
    const b = buildTreeShape(createRand(1), 10_000);
    expect(Array.from(b.superior)).toEqual(Array.from(a.superior));
    expect(maxDepth(a)).toBeGreaterThanOrEqual(5);
    expect(maxDepth(a)).toBeLessThanOrEqual(MAX_DEPTH);
    const fanouts = Array.from(a.children).filter((c) => c > 0);
    expect(Math.max(...fanouts)).toBeLessThanOrEqual(MAX_FANOUT);
    expect(fanouts.filter((c) => c < 3).length).toBeLessThanOrEqual(1); // only the last manager may be cut short
    for (let i = 1; i < a.size; i++) expect(a.superior[i]).toBeLessThan(i);
  });

  it('stays within depth 7 at 100,000 nodes', () => {
    expect(maxDepth(buildTreeShape(createRand(5), 100_000))).toBeLessThanOrEqual(MAX_DEPTH);
  });

  it('counts subordinates and finds the nearest subtree', () => {
    const tree = buildTreeShape(createRand(2), 2_000);
    const below = subordinateCounts(tree);
    expect(below[0]).toBe(1_999);
    expect(nearestSubtree(below, 20)?.subtreeSize).toBeGreaterThanOrEqual(10);
    expect(nearestSubtree(below, 10_000)).toBeUndefined();
  });

  it('plans valid unique NIPs and one holder per position', () => {
    const rand = createRand(9);
    const tree = buildTreeShape(rand, 10_000);
    const plan = planSynthetic(rand, tree, new NipRegistry(100, 999), 'SYN-T', 'Test');
    expect(plan.positions).toHaveLength(10_000);
    expect(plan.employees).toHaveLength(10_000);
    expect(new Set(plan.units.map((u) => u.code)).size).toBe(plan.units.length);
    expectValidNips(plan.employees, [100, 999]);
  });
});
