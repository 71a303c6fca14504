import type { Context } from '../../graphql/context';
import type { Em } from '../../db/orm';
import { sql, sqlOne } from '../../db/sql';
import { preparedSql } from '../../db/prepared';
import { forbidden, userError } from '../../lib/errors';
import { dummyHash, hashPassword, oneTimePassword, passwordProblem, verifyPassword } from '../../auth/passwords';
import type { Viewer } from '../../auth/viewer';
import { writeAudit } from '../audit/audit';
import { normalizeNip } from '../org/nip';
import { canManageEmployee } from '../org/scope';
import { EMPLOYEE_COLS, type EmployeeRow } from '../org/types';

/** Failed sign-ins allowed per NIP within the window before it is locked. */
export const MAX_FAILURES = 5;
const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
const INVALID = 'NIP atau kata sandi salah. (Wrong NIP or password.)';

interface AccountRow {
  id: number;
  agencyId: number;
  role: Viewer['role'];
  operatorUnitId: number | null;
  isActive: boolean;
  mustChangePassword: boolean;
  passwordHash: string;
  pwv: number;
}

const ACCOUNT_COLS = `id, agency_id as "agencyId", role, operator_unit_id as "operatorUnitId", is_active as "isActive",
  must_change_password as "mustChangePassword", password_hash as "passwordHash",
  coalesce(floor(extract(epoch from password_changed_at)), 0)::int as pwv`;

const ACCOUNT_BY_ID = `select ${ACCOUNT_COLS} from employee where id = $1`;

/** The account, read on every request: a prepared statement on the primary key. */
export const accountById = async (em: Em, id: number): Promise<AccountRow | null> => (await preparedSql<AccountRow>(em, ACCOUNT_BY_ID, [id]))[0] ?? null;

const ACCOUNTS_BY_IDS = `select ${ACCOUNT_COLS} from employee where id = any($1::int[])`;

/**
 * Session lookups of the requests that arrived together (one pass of the event loop) are
 * read in one statement: one round trip to PostgreSQL instead of one per request, each
 * still reading the account as it is at that moment.
 */
interface SessionBatch {
  em: Em;
  waiting: Map<number, { resolve: (a: AccountRow | null) => void; reject: (e: unknown) => void }[]>;
}

/** The batch gathering, per database (a process may serve several apps, as tests do). */
const open = new WeakMap<object, SessionBatch>();

function readBatch(db: object, b: SessionBatch): void {
  if (open.get(db) === b) open.delete(db);
  const ids = [...b.waiting.keys()];
  const read = ids.length === 1 ? preparedSql<AccountRow>(b.em, ACCOUNT_BY_ID, ids) : preparedSql<AccountRow>(b.em, ACCOUNTS_BY_IDS, [ids]);
  read.then(
    (rows) => {
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const [id, ws] of b.waiting) for (const w of ws) w.resolve(byId.get(id) ?? null);
    },
    (e: unknown) => {
      for (const ws of b.waiting.values()) for (const w of ws) w.reject(e);
    },
  );
}

function sessionAccount(em: Em, id: number): Promise<AccountRow | null> {
  const db = em.getConnection();
  let b = open.get(db);
  if (!b) {
    const fresh: SessionBatch = { em, waiting: new Map() };
    open.set(db, (b = fresh));
    setImmediate(() => readBatch(db, fresh));
  }
  const waiting = b.waiting;
  return new Promise((resolve, reject) => {
    const ws = waiting.get(id);
    if (ws) ws.push({ resolve, reject });
    else waiting.set(id, [{ resolve, reject }]);
  });
}

/** Builds the request viewer from a verified session token; null when revoked or inactive. */
export async function viewerFromSession(em: Em, employeeId: number, pwv: number): Promise<Viewer | null> {
  const a = await sessionAccount(em, employeeId);
  if (!a || !a.isActive || a.pwv !== pwv) return null;
  return { kind: 'EMPLOYEE', employeeId: a.id, agencyId: a.agencyId, role: a.role, operatorUnitId: a.operatorUnitId, mustChangePassword: a.mustChangePassword };
}

/**
 * Reserves one password check for the NIP before verifying anything, atomically, so
 * concurrent guesses cannot all slip past the lock: within a window at most
 * MAX_FAILURES checks run; after that the NIP is locked for LOCK_MINUTES. A
 * successful sign-in clears the counter.
 */
async function reserveAttempt(em: Em, nip: string): Promise<boolean> {
  const row = await sqlOne<{ failures: number; locked: boolean }>(
    em,
    `insert into login_attempt (nip, failures, window_started_at) values ($1, 1, now())
     on conflict (nip) do update set
       failures = case when login_attempt.locked_until < now()
                         or (login_attempt.locked_until is null and login_attempt.window_started_at < now() - make_interval(mins => $2))
                       then 1 else login_attempt.failures + 1 end,
       window_started_at = case when login_attempt.locked_until < now()
                         or (login_attempt.locked_until is null and login_attempt.window_started_at < now() - make_interval(mins => $2))
                       then now() else login_attempt.window_started_at end,
       locked_until = case when login_attempt.locked_until < now() then null else login_attempt.locked_until end
     returning failures, coalesce(locked_until > now(), false) as locked`,
    [nip, WINDOW_MINUTES],
  );
  if (row!.locked) return false;
  if (row!.failures > MAX_FAILURES) {
    await sql(em, `update login_attempt set locked_until = now() + make_interval(mins => $2) where nip = $1 and locked_until is null`, [nip, LOCK_MINUTES]);
    return false;
  }
  return true;
}

async function recordFailure(em: Em, nip: string): Promise<void> {
  await sql(
    em,
    `update login_attempt set locked_until = now() + make_interval(mins => $3)
     where nip = $1 and failures >= $2 and locked_until is null`,
    [nip, MAX_FAILURES, LOCK_MINUTES],
  );
}

/**
 * Sign-in with NIP and password. Every failure gives the same message (unknown NIP,
 * wrong password, inactive account) and costs one argon2 verification; after
 * MAX_FAILURES checks within the window the NIP is refused for LOCK_MINUTES.
 */
export async function login(ctx: Context, rawNip: string, password: string) {
  const nip = normalizeNip(rawNip).slice(0, 32);
  if (password.length > 1024) throw userError('INVALID_CREDENTIALS', INVALID);
  if (!(await reserveAttempt(ctx.em, nip))) {
    throw userError('TOO_MANY_ATTEMPTS', 'Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit. (Too many attempts; try again in 15 minutes.)');
  }
  const account = /^\d{18}$/.test(nip) ? await sqlOne<AccountRow>(ctx.em, `select ${ACCOUNT_COLS} from employee where nip = $1`, [nip]) : null;
  const ok = await verifyPassword(account?.passwordHash ?? (await dummyHash()), password);
  if (!account || !ok || !account.isActive) {
    await recordFailure(ctx.em, nip);
    throw userError('INVALID_CREDENTIALS', INVALID);
  }
  await sql(ctx.em, `delete from login_attempt where nip = $1`, [nip]);
  const { token, expiresAt } = await ctx.app.tokens.issue(account.id, account.pwv);
  return { token, expiresAt, mustChangePassword: account.mustChangePassword };
}

export async function changePassword(ctx: Context, oldPassword: string, newPassword: string) {
  const id = ctx.viewer!.employeeId;
  if (id == null) throw forbidden('Integration tokens have no password.');
  const account = (await accountById(ctx.em, id))!;
  const emp = (await sqlOne<EmployeeRow>(ctx.em, `select ${EMPLOYEE_COLS} from employee e where e.id = $1`, [id]))!;
  if (!(await verifyPassword(account.passwordHash, oldPassword))) throw userError('INVALID_CREDENTIALS', 'The current password is wrong.', ['input', 'oldPassword']);
  const problem = passwordProblem(newPassword, emp.nip);
  if (problem) throw userError('WEAK_PASSWORD', problem, ['input', 'newPassword']);
  if (newPassword === oldPassword) throw userError('WEAK_PASSWORD', 'The new password must differ from the current one.', ['input', 'newPassword']);
  const hash = await hashPassword(newPassword);
  const pwv = await ctx.em.transactional(async (em) => {
    const row = await sqlOne<{ pwv: number }>(
      em,
      `update employee set password_hash = $2, must_change_password = false,
         password_changed_at = greatest(now(), password_changed_at + interval '1 second'), updated_at = now()
       where id = $1 returning floor(extract(epoch from password_changed_at))::int as pwv`,
      [id, hash],
    );
    await writeAudit(em, ctx, { action: 'PASSWORD_CHANGE', entityType: 'Employee', entityId: id, agencyId: emp.agencyId });
    return row!.pwv;
  });
  const { token, expiresAt } = await ctx.app.tokens.issue(id, pwv);
  return { changed: true, token, expiresAt };
}

/** Admin reset to a one-time password; revokes the employee's sessions. */
export async function resetPassword(ctx: Context, employeeId: number) {
  const emp = await sqlOne<EmployeeRow>(ctx.em, `select ${EMPLOYEE_COLS} from employee e where e.id = $1`, [employeeId]);
  if (!emp || !(await canManageEmployee(ctx, emp))) throw userError('NOT_FOUND', 'Employee not found.', ['input', 'employee']);
  if (emp.role === 'SUPERADMIN' && ctx.viewer!.role !== 'SUPERADMIN') throw forbidden('Only the superadmin resets that account.');
  const otp = oneTimePassword();
  const hash = await hashPassword(otp);
  await ctx.em.transactional(async (em) => {
    await sql(
      em,
      `update employee set password_hash = $2, must_change_password = true,
         password_changed_at = greatest(now(), password_changed_at + interval '1 second'), updated_at = now() where id = $1`,
      [emp.id, hash],
    );
    await sql(em, `delete from login_attempt where nip = $1`, [emp.nip]);
    await writeAudit(em, ctx, { action: 'PASSWORD_RESET', entityType: 'Employee', entityId: emp.id, agencyId: emp.agencyId });
  });
  return { oneTimePassword: otp };
}
