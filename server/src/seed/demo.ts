import { hashPassword } from '../auth/passwords';
import type { Em } from '../db/orm';
import { addActing, addOverride, addPastAssignment, buildAgency, employeeOf, type BuiltAgency } from './build-tree';
import { PROVINCE } from './demo-province';
import { REGENCY } from './demo-regency';
import { NipRegistry } from './people';
import { createRand } from './prng';
import { agencyExists, SeedRefusedError, writeAgency, type AccountRole } from './write';

/**
 * Demo data: a provincial government (about 160 employees) and a small regency, both
 * fictional, deterministic (same NIPs and names on every run). The caller runs it inside a
 * transaction. Demo NIPs use serials 001-099; synthetic agencies use 100-999, so the two
 * never collide.
 */
export const DEMO_PASSWORD = 'Kinerja#2026';
export const DEMO_SEED = 20_260_102;
export const DEMO_NIP_SERIALS = [1, 99] as const;

export type DemoAccountRole = AccountRole | 'MANAGER' | 'APPRAISER';

export interface DemoAccount {
  role: DemoAccountRole;
  agencyCode: string;
  nip: string;
  name: string;
  password: string;
  description: string;
}

export interface DemoSummary {
  agencyId: number;
  otherAgencyId: number;
  employees: number;
  accounts: DemoAccount[];
}

export interface DemoPlans {
  province: BuiltAgency;
  regency: BuiltAgency;
}

/** Builds both demo agencies in memory (pure and deterministic). */
export function planDemo(): DemoPlans {
  const rand = createRand(DEMO_SEED);
  const nips = new NipRegistry(DEMO_NIP_SERIALS[0], DEMO_NIP_SERIALS[1]);
  const names = new Set<string>();
  const province = buildAgency(rand, nips, PROVINCE, names);
  addEdgeCases(province);
  const regency = buildAgency(rand, nips, REGENCY, names);
  return { province, regency };
}

/** PLT on a vacant post, a transfer with ended history, and an appraiser override. */
function addEdgeCases(p: BuiltAgency): void {
  addActing(p, 'pltHolder', 'vacantKasi', '2025-10-01', 'Plt. Kepala Seksi Kurikulum dan Penilaian SMA sejak pejabat definitif memasuki masa pensiun.');
  addPastAssignment(p, 'transferNew', 'transferOld', '2024-01-02', '2025-06-30', 'Dimutasi ke Bappeda per 1 Juli 2025.');
  addOverride(
    p,
    'teamMember',
    'teamLead',
    'Anggota Tim Kerja Transformasi Digital; kinerja dinilai oleh Ketua Tim Kerja sesuai SK Kepala Dinas Komunikasi dan Informatika Nomor 800/112/DISKOMINFO/2025.',
    '2025-01-02',
    'admin',
  );
}

function account(b: BuiltAgency, key: string, role: DemoAccountRole, description: string): DemoAccount {
  const e = b.plan.employees[employeeOf(b, key)];
  return { role, agencyCode: b.plan.code, nip: e.nip, name: e.name, password: DEMO_PASSWORD, description };
}

export function demoAccounts({ province: p, regency: r }: DemoPlans): DemoAccount[] {
  return [
    account(p, 'superadmin', 'SUPERADMIN', 'National superadmin: manages agencies, reads everything.'),
    account(p, 'admin', 'ADMIN', 'Agency admin (BKD): organisation tree, periods, overrides.'),
    account(p, 'operator', 'OPERATOR', 'Unit operator for Dinas Pendidikan and its subunits.'),
    account(p, 'kadis', 'MANAGER', 'Kepala Dinas Kesehatan: reads the whole subordinate tree (two levels above the kepala seksi).'),
    account(p, 'kasi', 'APPRAISER', 'Kepala Seksi Surveilans dan Imunisasi: appraiser of three staff.'),
    account(p, 'staff', 'EMPLOYEE', 'Pengelola Data Surveilans, appraised by the kepala seksi above.'),
    account(r, 'admin', 'ADMIN', 'Admin of the second agency (Kabupaten Sukamaju): sees nothing of the province.'),
  ];
}

export async function seedDemo(em: Em): Promise<DemoSummary> {
  for (const code of [PROVINCE.code, REGENCY.code]) {
    if (await agencyExists(em, code)) throw new SeedRefusedError(`Demo agency ${code} already exists; the demo data is seeded only once.`);
  }
  const plans = planDemo();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const province = await writeAgency(em, plans.province.plan, passwordHash);
  const regency = await writeAgency(em, plans.regency.plan, passwordHash);
  return {
    agencyId: province.agencyId,
    otherAgencyId: regency.agencyId,
    employees: province.employeeIds.length + regency.employeeIds.length,
    accounts: demoAccounts(plans),
  };
}
