/**
 * Seeds the database.
 *
 *   npm run seed -- --demo                          demo province + regency (once)
 *   npm run seed -- --employees 10000 [--seed 1]    synthetic agency SYN-10000-1
 *                  [--agency-code CODE]
 *
 * Uses DATABASE_URL when set, else the persistent embedded PostgreSQL that `npm start`
 * uses (KINERJA_DATA_DIR, default .data/postgres). Migrations run first; everything is
 * written in one transaction. Exits 0 on success, 1 on any error.
 */
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded';
import { initOrm, migrate, type Orm } from '../src/db/orm';
import type { DemoSummary } from '../src/seed/demo';
import { MAX_SYNTHETIC_EMPLOYEES, seedSynthetic, type SyntheticSummary } from '../src/seed/synthetic';
import { seedSyntheticPlans } from '../src/seed/plans';
import { seedDemoWithPlans } from '../src/seed/demo-with-plans';
import { today } from '../src/lib/dates';
import { SeedRefusedError } from '../src/seed/write';

type Command = { kind: 'demo' } | { kind: 'synthetic'; employees: number; seed: number; agencyCode?: string };

const USAGE = `Usage:
  npm run seed -- --demo
  npm run seed -- --employees N [--seed S] [--agency-code CODE]`;

class UsageError extends Error {}

function intArg(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number (got "${raw}").`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max} (got ${n}).`);
  return n;
}

function parseCommand(argv: string[]): Command | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        demo: { type: 'boolean' },
        employees: { type: 'string' },
        seed: { type: 'string' },
        'agency-code': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  if (values.demo && values.employees !== undefined) throw new UsageError('Use either --demo or --employees, not both.');
  if (values.demo) {
    if (values.seed !== undefined || values['agency-code'] !== undefined) throw new UsageError('--seed and --agency-code only apply to --employees.');
    return { kind: 'demo' };
  }
  if (values.employees === undefined) throw new UsageError('Say what to seed: --demo or --employees N.');
  const employees = intArg('employees', values.employees, 1, MAX_SYNTHETIC_EMPLOYEES);
  const seed = values.seed === undefined ? 1 : intArg('seed', values.seed, 0, 0xffffffff);
  const agencyCode = values['agency-code'];
  if (agencyCode !== undefined && !/^[A-Z0-9_-]{2,32}$/.test(agencyCode)) {
    throw new UsageError('--agency-code must be 2-32 characters A-Z, 0-9, _ or -.');
  }
  return { kind: 'synthetic', employees, seed, agencyCode };
}

function printDemo(s: DemoSummary): void {
  console.log(`Demo agencies seeded (agency id ${s.agencyId} and ${s.otherAgencyId}, ${s.employees} employees). Accounts:`);
  for (const a of s.accounts) {
    console.log(`  ${a.role.padEnd(10)} ${a.agencyCode.padEnd(14)} NIP ${a.nip}  ${a.password}  ${a.name}`);
    console.log(`  ${''.padEnd(10)} ${a.description}`);
  }
}

function printSynthetic(s: SyntheticSummary): void {
  console.log(`Synthetic agency ${s.agencyCode} (id ${s.agencyId}): ${s.employees} employees, ${s.units} units, max depth ${s.maxDepth}.`);
  console.log(`  root employee id ${s.rootEmployeeId}, admin employee id ${s.adminEmployeeId}, password ${s.password}`);
  for (const [name, sample] of Object.entries(s.samples)) {
    console.log(`  sample ${name.padEnd(6)} employee id ${sample.employeeId} with ${sample.subtreeSize} subordinates`);
  }
}

async function openDatabase(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new UsageError('DATABASE_URL must start with postgres:// or postgresql://.');
    return { url, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: process.env.KINERJA_DATA_DIR || '.data/postgres', persistent: true });
  return { url: embedded.url, embedded };
}

async function run(command: Command): Promise<void> {
  const started = Date.now();
  const { url, embedded } = await openDatabase();
  let orm: Orm | null = null;
  try {
    orm = await initOrm({ url, entities: [], applicationName: 'kinerja-seed' });
    await migrate(orm);
    const seeding = Date.now();
    const em = orm.em.fork();
    if (command.kind === 'demo') printDemo(await em.transactional((tx) => seedDemoWithPlans(tx)));
    else
      printSynthetic(
        await em.transactional(async (tx) => {
          const s = await seedSynthetic(tx, command);
          // About three goals per plan, cascaded from each appraiser's goals (benchmarks).
          await seedSyntheticPlans(tx, { agencyId: s.agencyId, year: Number(today().slice(0, 4)), goalsPerPlan: 3 });
          return s;
        }),
      );
    // Fresh bulk data has no statistics yet; without them PostgreSQL picks poor plans.
    await em.getConnection().execute('analyze');
    console.log(`Seeded in ${((Date.now() - seeding) / 1000).toFixed(2)} s (${((Date.now() - started) / 1000).toFixed(2)} s with database start and migrations).`);
  } finally {
    await orm?.close(true);
    await embedded?.stop();
  }
}

async function main(): Promise<number> {
  try {
    const command = parseCommand(process.argv.slice(2));
    if (command === 'help') {
      console.log(USAGE);
      return 0;
    }
    await run(command);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) console.error(`${e.message}\n${USAGE}`);
    else if (e instanceof SeedRefusedError) console.error(`Nothing seeded: ${e.message}`);
    else console.error(`Seeding failed: ${(e as Error).stack ?? e}`);
    return 1;
  }
}

process.exit(await main());
