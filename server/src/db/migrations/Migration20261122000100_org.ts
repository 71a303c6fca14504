import { Migration } from '@mikro-orm/migrations';

/**
 * Organisation, accounts and audit. Every tenant-owned table carries `agency_id`,
 * its indexes start with it, and tenant foreign keys are composite
 * (agency_id, x_id) so a row can never point into another agency.
 * Trees (units, positions) keep `parent_id` as the source of truth plus a
 * materialized `path` (fixed-width ids, COLLATE "C") so "everything under X" is
 * one btree range scan (research/performance.md §5).
 */
export class Migration20261122000100_org extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist`);
    this.addSql(`create extension if not exists pg_trgm`);
    this.addSql(`create extension if not exists btree_gin`);

    this.addSql(`
      create table agency (
        id serial primary key,
        code text not null unique check (code ~ '^[A-Z0-9_-]{2,32}$'),
        name text not null check (length(name) between 2 and 200),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);

    this.addSql(`
      create table org_unit (
        id serial primary key,
        agency_id int not null references agency(id),
        parent_id int,
        code text not null check (length(code) between 1 and 40),
        name text not null check (length(name) between 2 and 200),
        depth int not null check (depth >= 0),
        path text collate "C" not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, code),
        foreign key (agency_id, parent_id) references org_unit(agency_id, id)
      )`);
    this.addSql(`create index org_unit_agency_path_idx on org_unit (agency_id, path)`);
    this.addSql(`create index org_unit_agency_parent_idx on org_unit (agency_id, parent_id)`);

    this.addSql(`
      create table position (
        id serial primary key,
        agency_id int not null references agency(id),
        unit_id int not null,
        superior_id int,
        name text not null check (length(name) between 2 and 200),
        type text not null check (type in ('JPT', 'JA', 'JF')),
        level text not null,
        depth int not null check (depth >= 0),
        path text collate "C" not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, unit_id) references org_unit(agency_id, id),
        foreign key (agency_id, superior_id) references position(agency_id, id),
        check (
          (type = 'JPT' and level in ('UTAMA', 'MADYA', 'PRATAMA')) or
          (type = 'JA' and level in ('ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA')) or
          (type = 'JF' and level in ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'))
        )
      )`);
    this.addSql(`create index position_agency_path_idx on position (agency_id, path)`);
    this.addSql(`create index position_agency_superior_idx on position (agency_id, superior_id)`);
    this.addSql(`create index position_agency_unit_idx on position (agency_id, unit_id)`);

    this.addSql(`
      create table employee (
        id serial primary key,
        agency_id int not null references agency(id),
        nip char(18) not null unique check (nip ~ '^[0-9]{18}$'),
        name text not null check (length(name) between 2 and 200),
        rank text,
        employment_type text not null check (employment_type in ('PNS', 'PPPK')),
        gender text not null check (gender in ('MALE', 'FEMALE')),
        birth_date date not null,
        role text not null default 'EMPLOYEE' check (role in ('SUPERADMIN', 'ADMIN', 'OPERATOR', 'EMPLOYEE')),
        operator_unit_id int,
        password_hash text not null,
        must_change_password boolean not null default false,
        is_active boolean not null default true,
        password_changed_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, operator_unit_id) references org_unit(agency_id, id),
        check (role <> 'OPERATOR' or operator_unit_id is not null)
      )`);
    this.addSql(`create index employee_agency_name_trgm_idx on employee using gin (agency_id, name gin_trgm_ops)`);
    this.addSql(`create index employee_agency_name_idx on employee (agency_id, name, id)`);

    this.addSql(`
      create table assignment (
        id serial primary key,
        agency_id int not null references agency(id),
        employee_id int not null,
        position_id int not null,
        kind text not null check (kind in ('DEFINITIVE', 'PLT', 'PLH')),
        start_date date not null,
        end_date date,
        note text check (length(note) <= 500),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, employee_id) references employee(agency_id, id),
        foreign key (agency_id, position_id) references position(agency_id, id),
        check (end_date is null or end_date >= start_date),
        exclude using gist (employee_id with =, daterange(start_date, end_date, '[]') with &&) where (kind = 'DEFINITIVE'),
        exclude using gist (position_id with =, daterange(start_date, end_date, '[]') with &&) where (kind = 'DEFINITIVE'),
        exclude using gist (position_id with =, daterange(start_date, end_date, '[]') with &&) where (kind <> 'DEFINITIVE')
      )`);
    this.addSql(`create index assignment_agency_position_idx on assignment (agency_id, position_id, start_date)`);
    this.addSql(`create index assignment_agency_employee_idx on assignment (agency_id, employee_id, start_date)`);

    this.addSql(`
      create table appraiser_override (
        id serial primary key,
        agency_id int not null references agency(id),
        employee_id int not null,
        appraiser_id int not null,
        reason text not null check (length(trim(reason)) between 5 and 1000),
        start_date date not null,
        end_date date,
        created_by_id int,
        created_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, employee_id) references employee(agency_id, id),
        foreign key (agency_id, appraiser_id) references employee(agency_id, id),
        check (employee_id <> appraiser_id),
        check (end_date is null or end_date >= start_date),
        exclude using gist (employee_id with =, daterange(start_date, end_date, '[]') with &&)
      )`);
    this.addSql(`create index appraiser_override_agency_employee_idx on appraiser_override (agency_id, employee_id)`);
    this.addSql(`create index appraiser_override_agency_appraiser_idx on appraiser_override (agency_id, appraiser_id)`);

    this.addSql(`
      create table audit_log (
        id bigserial primary key,
        agency_id int references agency(id),
        actor_id int,
        actor_kind text not null default 'EMPLOYEE' check (actor_kind in ('EMPLOYEE', 'TOKEN', 'SYSTEM')),
        action text not null,
        entity_type text not null,
        entity_id bigint,
        from_state text,
        to_state text,
        reason text,
        data jsonb,
        request_id text,
        created_at timestamptz not null default now()
      )`);
    this.addSql(`create index audit_log_agency_entity_idx on audit_log (agency_id, entity_type, entity_id, id)`);
    this.addSql(`
      create function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only';
      end $$`);
    this.addSql(`
      create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only()`);

    this.addSql(`
      create table login_attempt (
        nip text primary key,
        failures int not null default 0,
        window_started_at timestamptz not null default now(),
        locked_until timestamptz
      )`);
  }
}
