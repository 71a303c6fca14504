import { Migration } from '@mikro-orm/migrations';

/**
 * Execution: action plans (rencana aksi) per goal and evaluation period, the daily
 * logbook (catatan harian) and realizations (realisasi) of indicators.
 * Invariants live in the database too: no overlapping time ranges per employee and
 * day (exclusion constraint), idempotent client keys (unique), quantity >= 0 with a
 * unit, end after start.
 */
export class Migration20261122000300_execution extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table action_plan (
        id serial primary key,
        agency_id int not null references agency(id),
        goal_id int not null,
        indicator_id int,
        evaluation_period_id int not null,
        description text not null check (length(description) between 3 and 2000),
        target_value numeric check (target_value >= 0),
        target_unit text check (length(target_unit) <= 50),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, goal_id) references goal(agency_id, id) on delete cascade,
        foreign key (agency_id, indicator_id) references indicator(agency_id, id) on delete cascade,
        foreign key (agency_id, evaluation_period_id) references evaluation_period(agency_id, id),
        check (target_value is null or target_unit is not null)
      )`);
    this.addSql(`create index action_plan_agency_goal_idx on action_plan (agency_id, goal_id, evaluation_period_id)`);
    this.addSql(`create unique index action_plan_agency_indicator_period_uq on action_plan (agency_id, indicator_id, evaluation_period_id) where indicator_id is not null`);

    this.addSql(`
      create table logbook_entry (
        id bigserial primary key,
        agency_id int not null references agency(id),
        employee_id int not null,
        evaluation_period_id int,
        entry_date date not null,
        start_time time not null,
        end_time time not null,
        activity text not null check (length(activity) between 3 and 2000),
        output_quantity numeric check (output_quantity >= 0),
        output_unit text check (length(output_unit) between 1 and 50),
        evidence_urls text[] not null default '{}',
        action_plan_id int,
        is_additional boolean not null default false,
        status text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED')),
        rejection_note text check (length(rejection_note) <= 1000),
        verified_by_id int,
        verified_at timestamptz,
        client_key text check (length(client_key) between 1 and 100),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, employee_id) references employee(agency_id, id),
        foreign key (agency_id, evaluation_period_id) references evaluation_period(agency_id, id),
        foreign key (agency_id, action_plan_id) references action_plan(agency_id, id),
        check (end_time > start_time),
        check (output_quantity is null or output_unit is not null),
        check (cardinality(evidence_urls) <= 10),
        check (not (is_additional and action_plan_id is not null)),
        exclude using gist (employee_id with =, tsrange(entry_date + start_time, entry_date + end_time, '[)') with &&)
      )`);
    this.addSql(`create unique index logbook_entry_client_key_uq on logbook_entry (agency_id, employee_id, client_key) where client_key is not null`);
    this.addSql(`create index logbook_entry_agency_employee_date_idx on logbook_entry (agency_id, employee_id, entry_date)`);
    this.addSql(`create index logbook_entry_agency_status_idx on logbook_entry (agency_id, status, employee_id, entry_date)`);
    this.addSql(`create index logbook_entry_agency_updated_idx on logbook_entry (agency_id, updated_at, id)`);
    this.addSql(`create index logbook_entry_agency_action_plan_idx on logbook_entry (agency_id, action_plan_id) where action_plan_id is not null`);

    this.addSql(`
      create table realization (
        id serial primary key,
        agency_id int not null references agency(id),
        indicator_id int not null,
        evaluation_period_id int not null,
        value numeric not null check (value >= 0),
        source text not null check (source in ('MANUAL', 'LOGBOOK')),
        evidence_urls text[] not null default '{}',
        note text check (length(note) <= 2000),
        recorded_by_id int,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, indicator_id, evaluation_period_id),
        foreign key (agency_id, indicator_id) references indicator(agency_id, id) on delete cascade,
        foreign key (agency_id, evaluation_period_id) references evaluation_period(agency_id, id)
      )`);
  }
}
