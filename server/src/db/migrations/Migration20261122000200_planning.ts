import { Migration } from '@mikro-orm/migrations';

/**
 * SKP planning: periods with evaluation periods and deadlines, performance
 * agreements (PK), plans, goals (RHK) with their cascade tree, indicators (IKI),
 * behaviour expectations (BerAKHLAK) and the guides as reference data.
 * The goal cascade is a tree across plans: `parent_goal_id` is the truth and `path`
 * (ancestor ids, fixed width, COLLATE "C") lets one range scan read any subtree.
 */
export class Migration20261122000200_planning extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table period (
        id serial primary key,
        agency_id int not null references agency(id),
        year int not null check (year between 2000 and 2200),
        name text not null check (length(name) between 2 and 100),
        start_date date not null,
        end_date date not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, year),
        check (end_date >= start_date)
      )`);

    this.addSql(`
      create table evaluation_period (
        id serial primary key,
        agency_id int not null references agency(id),
        period_id int not null,
        kind text not null check (kind in ('MONTHLY', 'QUARTERLY', 'SEMESTER', 'FINAL')),
        name text not null check (length(name) between 2 and 100),
        start_date date not null,
        end_date date not null,
        deadline timestamptz not null,
        unlocked_until timestamptz,
        unlock_reason text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, period_id, kind, start_date),
        foreign key (agency_id, period_id) references period(agency_id, id) on delete cascade,
        check (end_date >= start_date),
        check (unlocked_until is null or unlock_reason is not null)
      )`);
    this.addSql(`create index evaluation_period_agency_period_idx on evaluation_period (agency_id, period_id, start_date)`);

    this.addSql(`
      create table performance_agreement (
        id serial primary key,
        agency_id int not null references agency(id),
        unit_id int not null,
        period_id int not null,
        first_party_id int,
        second_party_id int,
        signed_on date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, unit_id, period_id),
        foreign key (agency_id, unit_id) references org_unit(agency_id, id),
        foreign key (agency_id, period_id) references period(agency_id, id),
        foreign key (agency_id, first_party_id) references employee(agency_id, id),
        foreign key (agency_id, second_party_id) references employee(agency_id, id)
      )`);
    this.addSql(`
      create table strategic_objective (
        id serial primary key,
        agency_id int not null references agency(id),
        agreement_id int not null,
        description text not null check (length(description) between 3 and 1000),
        ordinal int not null default 0,
        unique (agency_id, id),
        foreign key (agency_id, agreement_id) references performance_agreement(agency_id, id) on delete cascade
      )`);
    this.addSql(`create index strategic_objective_agency_agreement_idx on strategic_objective (agency_id, agreement_id)`);
    this.addSql(`
      create table key_indicator (
        id serial primary key,
        agency_id int not null references agency(id),
        objective_id int not null,
        description text not null check (length(description) between 3 and 1000),
        target_value numeric,
        unit text check (length(unit) <= 50),
        ordinal int not null default 0,
        unique (agency_id, id),
        foreign key (agency_id, objective_id) references strategic_objective(agency_id, id) on delete cascade
      )`);
    this.addSql(`create index key_indicator_agency_objective_idx on key_indicator (agency_id, objective_id)`);

    this.addSql(`
      create table performance_plan (
        id serial primary key,
        agency_id int not null references agency(id),
        employee_id int not null,
        period_id int not null,
        position_id int,
        unit_id int,
        approach text not null check (approach in ('QUANTITATIVE', 'QUALITATIVE')),
        appraiser_id int,
        appraiser_superior_id int,
        appraiser_source text not null default 'REPORTING_LINE' check (appraiser_source in ('REPORTING_LINE', 'OVERRIDE', 'ROUTED')),
        status text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REVISION_SUBMITTED', 'REVISION_REJECTED')),
        version int not null default 1,
        start_date date not null,
        end_date date,
        closed_reason text,
        return_reason text,
        submitted_at timestamptz,
        approved_at timestamptz,
        approved_by_id int,
        resource_support text check (length(resource_support) <= 4000),
        accountability_scheme text check (length(accountability_scheme) <= 4000),
        consequences text check (length(consequences) <= 4000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, employee_id) references employee(agency_id, id),
        foreign key (agency_id, period_id) references period(agency_id, id),
        foreign key (agency_id, position_id) references position(agency_id, id),
        foreign key (agency_id, unit_id) references org_unit(agency_id, id),
        foreign key (agency_id, appraiser_id) references employee(agency_id, id),
        foreign key (agency_id, appraiser_superior_id) references employee(agency_id, id),
        check (end_date is null or end_date >= start_date),
        exclude using gist (employee_id with =, period_id with =, daterange(start_date, end_date, '[]') with &&)
      )`);
    this.addSql(`create index performance_plan_agency_employee_idx on performance_plan (agency_id, employee_id, period_id)`);
    this.addSql(`create index performance_plan_agency_appraiser_idx on performance_plan (agency_id, appraiser_id, status)`);
    this.addSql(`create index performance_plan_agency_period_status_idx on performance_plan (agency_id, period_id, status)`);
    this.addSql(`create index performance_plan_agency_updated_idx on performance_plan (agency_id, updated_at, id)`);

    this.addSql(`
      create table goal (
        id serial primary key,
        agency_id int not null references agency(id),
        plan_id int not null,
        owner_id int not null,
        period_id int not null,
        kind text not null check (kind in ('MAIN', 'ADDITIONAL')),
        assigned_by text check (length(assigned_by) <= 200),
        classification text not null default 'INDIVIDUAL' check (classification in ('ORGANIZATION', 'INDIVIDUAL')),
        description text not null check (length(description) between 3 and 2000),
        parent_goal_id int,
        cascade_type text check (cascade_type in ('DIRECT', 'INDIRECT')),
        lock_source text check (lock_source in ('SUPERIOR', 'AGREEMENT')),
        objective_id int,
        key_indicator_id int,
        ordinal int not null default 0,
        depth int not null default 0,
        path text collate "C" not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, plan_id) references performance_plan(agency_id, id) on delete cascade,
        foreign key (agency_id, owner_id) references employee(agency_id, id),
        foreign key (agency_id, parent_goal_id) references goal(agency_id, id),
        foreign key (agency_id, objective_id) references strategic_objective(agency_id, id),
        foreign key (agency_id, key_indicator_id) references key_indicator(agency_id, id),
        check (kind = 'ADDITIONAL' or assigned_by is null),
        check ((parent_goal_id is null) = (cascade_type is null)),
        check (parent_goal_id is null or parent_goal_id <> id)
      )`);
    this.addSql(`create index goal_agency_path_idx on goal (agency_id, path)`);
    this.addSql(`create index goal_agency_plan_idx on goal (agency_id, plan_id, ordinal)`);
    this.addSql(`create index goal_agency_parent_idx on goal (agency_id, parent_goal_id)`);

    this.addSql(`
      create table indicator (
        id serial primary key,
        agency_id int not null references agency(id),
        goal_id int not null,
        description text not null check (length(description) between 3 and 1000),
        aspect text check (aspect in ('QUANTITY', 'QUALITY', 'TIME', 'COST')),
        target_value numeric check (target_value >= 0),
        target_min numeric,
        target_max numeric,
        unit text check (length(unit) <= 50),
        lower_is_better boolean not null default false,
        perspective text check (perspective in ('SERVICE_RECIPIENTS', 'BUSINESS_PROCESS', 'INTERNAL_STRENGTHENING', 'BUDGET')),
        parent_indicator_id int,
        locked boolean not null default false,
        ordinal int not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, goal_id) references goal(agency_id, id) on delete cascade,
        foreign key (agency_id, parent_indicator_id) references indicator(agency_id, id),
        check (target_min is null or target_max is null or target_min <= target_max),
        check (target_value is null or unit is not null)
      )`);
    this.addSql(`create index indicator_agency_goal_idx on indicator (agency_id, goal_id, ordinal)`);
    this.addSql(`create index indicator_agency_parent_idx on indicator (agency_id, parent_indicator_id)`);

    this.addSql(`
      create table core_value_guide (
        core_value text not null check (core_value in ('SERVICE_ORIENTED', 'ACCOUNTABLE', 'COMPETENT', 'HARMONIOUS', 'LOYAL', 'ADAPTIVE', 'COLLABORATIVE')),
        ordinal int not null check (ordinal between 1 and 3),
        name text not null,
        guide text not null,
        primary key (core_value, ordinal)
      )`);
    const guides: [string, string, string[]][] = [
      ['SERVICE_ORIENTED', 'Berorientasi Pelayanan', ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti']],
      ['ACCOUNTABLE', 'Akuntabel', ['Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi', 'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien', 'Tidak menyalahgunakan kewenangan jabatan']],
      ['COMPETENT', 'Kompeten', ['Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', 'Membantu orang lain belajar', 'Melaksanakan tugas dengan kualitas terbaik']],
      ['HARMONIOUS', 'Harmonis', ['Menghargai setiap orang apa pun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif']],
      ['LOYAL', 'Loyal', ['Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah', 'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara', 'Menjaga rahasia jabatan dan negara']],
      ['ADAPTIVE', 'Adaptif', ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif']],
      ['COLLABORATIVE', 'Kolaboratif', ['Memberi kesempatan kepada berbagai pihak untuk berkontribusi', 'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah', 'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama']],
    ];
    for (const [code, name, items] of guides) {
      items.forEach((g, i) => {
        this.addSql(`insert into core_value_guide (core_value, ordinal, name, guide) values ('${code}', ${i + 1}, '${name}', '${g.replace(/'/g, "''")}')`);
      });
    }

    this.addSql(`
      create table behavior_expectation (
        id serial primary key,
        agency_id int not null references agency(id),
        plan_id int not null,
        core_value text not null check (core_value in ('SERVICE_ORIENTED', 'ACCOUNTABLE', 'COMPETENT', 'HARMONIOUS', 'LOYAL', 'ADAPTIVE', 'COLLABORATIVE')),
        specific_expectation text check (length(specific_expectation) <= 2000),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, plan_id, core_value),
        foreign key (agency_id, plan_id) references performance_plan(agency_id, id) on delete cascade
      )`);
  }
}
