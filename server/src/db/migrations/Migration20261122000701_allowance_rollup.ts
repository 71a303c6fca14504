import { Migration } from '@mikro-orm/migrations';

/**
 * Maintained rollup of the monthly allowance (TPP) per employee, for the monitoring totals of
 * province-sized subtrees: computing 10,000+ allowances live (attendance days, rules, the
 * month's evaluation) takes about a second; reading their sums is one range scan on the
 * unit path with GROUP BY.
 *
 * - `allowance_rollup_month`: an agency-month that has been computed (created on first read),
 *   with the date assignments were read at and a flag asking for a full recomputation.
 * - `allowance_rollup`: one row per employee of the agency-month (unit path, level, status,
 *   amounts), replaced by the refresh.
 * - `allowance_rollup_dirty`: employees whose inputs changed since.
 * Statement-level triggers (transition tables, so a batch of 1,000 attendance rows costs one
 * statement) keep it honest: attendance, evaluations and realizations mark the employees
 * of the months they touch dirty; rule tables, the scoring strategy and assignments (unit
 * membership, position level) ask for a full recomputation of the agency's months.
 * Only months already in `allowance_rollup_month` are marked, so nothing grows unread.
 */
const markAttendance = `
  insert into allowance_rollup_dirty (agency_id, month, employee_id)
  select distinct c.agency_id, m.month, c.employee_id from changed c
  join allowance_rollup_month m on m.agency_id = c.agency_id and m.month = date_trunc('month', c.work_date)::date
  on conflict do nothing`;

const markEvaluation = `
  insert into allowance_rollup_dirty (agency_id, month, employee_id)
  select distinct c.agency_id, m.month, c.employee_id from changed c
  join evaluation_period ep on ep.agency_id = c.agency_id and ep.id = c.evaluation_period_id
  join allowance_rollup_month m on m.agency_id = c.agency_id and m.month between date_trunc('month', ep.start_date)::date and ep.end_date
  on conflict do nothing`;

const markRealization = `
  insert into allowance_rollup_dirty (agency_id, month, employee_id)
  select distinct c.agency_id, m.month, pp.employee_id from changed c
  join indicator i on i.agency_id = c.agency_id and i.id = c.indicator_id
  join goal g on g.agency_id = i.agency_id and g.id = i.goal_id
  join performance_plan pp on pp.agency_id = g.agency_id and pp.id = g.plan_id
  join evaluation_period ep on ep.agency_id = c.agency_id and ep.id = c.evaluation_period_id
  join allowance_rollup_month m on m.agency_id = c.agency_id and m.month between date_trunc('month', ep.start_date)::date and ep.end_date
  on conflict do nothing`;

const fullRefresh = (yearCondition: string) => `
  update allowance_rollup_month m set full_refresh = true
  from (select distinct agency_id${yearCondition ? ', year' : ''} from changed) c
  where m.agency_id = c.agency_id${yearCondition} and not m.full_refresh`;

const TRIGGERS: [table: string, fn: string, body: string][] = [
  ['attendance_record', 'allowance_rollup_mark_attendance', markAttendance],
  ['evaluation', 'allowance_rollup_mark_evaluation', markEvaluation],
  ['realization', 'allowance_rollup_mark_realization', markRealization],
  ['allowance_rule_table', 'allowance_rollup_full_rules', fullRefresh(' and extract(year from m.month) = c.year')],
  ['agency_evaluation_setting', 'allowance_rollup_full_setting', fullRefresh('')],
  ['assignment', 'allowance_rollup_full_assignment', fullRefresh('')],
];

export class Migration20261122000701_allowance_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table allowance_rollup_month (
        agency_id int not null references agency(id),
        month date not null check (extract(day from month) = 1),
        read_at date not null,
        full_refresh boolean not null default true,
        refreshed_at timestamptz not null default now(),
        primary key (agency_id, month)
      )`);
    this.addSql(`
      create table allowance_rollup (
        agency_id int not null,
        month date not null,
        employee_id int not null,
        unit_path text collate "C" not null,
        level text not null,
        status text not null check (status in ('COMPUTED', 'PENDING_EVALUATION', 'NO_BASE_AMOUNT')),
        base_amount bigint not null default 0,
        performance_amount bigint not null default 0,
        discipline_amount bigint not null default 0,
        deduction_amount bigint not null default 0,
        total bigint not null default 0,
        primary key (agency_id, month, employee_id),
        foreign key (agency_id, month) references allowance_rollup_month(agency_id, month) on delete cascade
      )`);
    this.addSql(`create index allowance_rollup_path_idx on allowance_rollup (agency_id, month, unit_path)
      include (status, base_amount, performance_amount, discipline_amount, deduction_amount, total)`);
    this.addSql(`
      create table allowance_rollup_dirty (
        agency_id int not null,
        month date not null,
        employee_id int not null,
        primary key (agency_id, month, employee_id)
      )`);
    for (const [table, fn, body] of TRIGGERS) {
      this.addSql(`create function ${fn}() returns trigger language plpgsql as $$ begin ${body}; return null; end $$`);
      for (const [event, transition] of [['insert', 'new'], ['update', 'new'], ['delete', 'old']] as const) {
        this.addSql(`create trigger ${fn}_${event} after ${event} on ${table} referencing ${transition} table as changed
          for each statement execute function ${fn}()`);
      }
    }
  }
}
