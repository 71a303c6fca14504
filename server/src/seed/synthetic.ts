import { hashPassword } from '../auth/passwords';
import type { Em } from '../db/orm';
import { sql } from '../db/sql';
import { DEMO_PASSWORD } from './demo';
import { NipRegistry } from './people';
import { createRand } from './prng';
import { planSynthetic, adminIndex } from './synthetic-plan';
import { buildTreeShape, maxDepth, nearestSubtree, subordinateCounts } from './synthetic-tree';
import { agencyExists, CHUNK, SeedRefusedError, writeAgency, type AgencyPlan } from './write';

/**
 * Synthetic agency of N employees for benchmarks: a reporting tree with fan-out 3-10 and
 * depth up to 7, one definitive holder per position, deterministic for (N, seed).
 * NIP serials 100-999 keep them apart from the demo; clashes with other synthetic
 * agencies already in the database are resolved by moving to the next free serial.
 */
export interface SyntheticOptions {
  employees: number;
  seed?: number;
  agencyCode?: string;
}

export interface SubtreeSample {
  employeeId: number;
  /** Number of subordinates at all levels (the employee not counted). */
  subtreeSize: number;
}

export interface SyntheticSummary {
  agencyId: number;
  agencyCode: string;
  rootEmployeeId: number;
  adminEmployeeId: number;
  password: string;
  employees: number;
  units: number;
  maxDepth: number;
  samples: { small?: SubtreeSample; medium?: SubtreeSample; large?: SubtreeSample };
}

export const MAX_SYNTHETIC_EMPLOYEES = 1_000_000;
export const SYNTHETIC_NIP_SERIALS = [100, 999] as const;
const SAMPLE_TARGETS = { small: 20, medium: 1_000, large: 10_000 } as const;

export function syntheticAgencyCode(employees: number, seed: number): string {
  return `SYN-${employees}-${seed}`;
}

function validate(opts: SyntheticOptions): { employees: number; seed: number; code: string } {
  const { employees, seed = 1 } = opts;
  if (!Number.isInteger(employees) || employees < 1 || employees > MAX_SYNTHETIC_EMPLOYEES) {
    throw new Error(`employees must be an integer between 1 and ${MAX_SYNTHETIC_EMPLOYEES} (got ${employees}).`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed must be an integer between 0 and ${0xffffffff} (got ${seed}).`);
  const code = opts.agencyCode ?? syntheticAgencyCode(employees, seed);
  if (!/^[A-Z0-9_-]{2,32}$/.test(code)) throw new Error(`Agency code "${code}" must be 2-32 characters A-Z, 0-9, _ or -.`);
  return { employees, seed, code };
}

/** Replaces planned NIPs that already exist in the database (other synthetic agencies). */
async function avoidExistingNips(em: Em, plan: AgencyPlan, nips: NipRegistry): Promise<void> {
  let pending = plan.employees.map((_, i) => i);
  for (let round = 0; pending.length > 0; round++) {
    if (round > 50) throw new Error('Could not find free NIPs for the synthetic agency.');
    const taken = new Set<string>();
    for (let from = 0; from < pending.length; from += CHUNK) {
      const batch = pending.slice(from, from + CHUNK).map((i) => plan.employees[i].nip);
      const rows = await sql<{ nip: string }>(em, `select nip from employee where nip = any($1::bpchar[])`, [batch]);
      for (const r of rows) taken.add(r.nip);
    }
    for (const nip of taken) nips.block(nip);
    pending = pending.filter((i) => taken.has(plan.employees[i].nip));
    for (const i of pending) {
      const old = plan.employees[i].nip;
      plan.employees[i].nip = nips.take(old.slice(0, 15), Number(old.slice(15)) + 1);
    }
  }
}

export async function seedSynthetic(em: Em, opts: SyntheticOptions): Promise<SyntheticSummary> {
  const { employees, seed, code } = validate(opts);
  if (await agencyExists(em, code)) throw new SeedRefusedError(`Agency ${code} already exists; choose another --seed or agency code.`);
  const rand = createRand(seed);
  const tree = buildTreeShape(rand, employees);
  const nips = new NipRegistry(SYNTHETIC_NIP_SERIALS[0], SYNTHETIC_NIP_SERIALS[1]);
  const plan = planSynthetic(rand, tree, nips, code, `Instansi Sintetis ${employees} (seed ${seed})`);
  await avoidExistingNips(em, plan, nips);
  const written = await writeAgency(em, plan, await hashPassword(DEMO_PASSWORD));
  const below = subordinateCounts(tree);
  const samples: SyntheticSummary['samples'] = {};
  for (const [name, target] of Object.entries(SAMPLE_TARGETS) as [keyof typeof SAMPLE_TARGETS, number][]) {
    const s = nearestSubtree(below, target);
    if (s) samples[name] = { employeeId: written.employeeIds[s.index], subtreeSize: s.subtreeSize };
  }
  return {
    agencyId: written.agencyId,
    agencyCode: code,
    rootEmployeeId: written.employeeIds[0],
    adminEmployeeId: written.employeeIds[adminIndex(tree)],
    password: DEMO_PASSWORD,
    employees,
    units: plan.units.length,
    maxDepth: maxDepth(tree),
    samples,
  };
}
