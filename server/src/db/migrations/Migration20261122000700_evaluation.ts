import { Migration } from '@mikro-orm/migrations';

const CORE_VALUES = `('SERVICE_ORIENTED', 'ACCOUNTABLE', 'COMPETENT', 'HARMONIOUS', 'LOYAL', 'ADAPTIVE', 'COLLABORATIVE')`;
const EXPECTATIONS = `('ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'BELOW_EXPECTATIONS')`;
const RATINGS = `('VERY_GOOD', 'GOOD', 'NEEDS_IMPROVEMENT', 'POOR', 'VERY_POOR')`;
const ORG_RATINGS = `('OUTSTANDING', 'GOOD', 'NEEDS_IMPROVEMENT', 'POOR', 'VERY_POOR')`;
const STRATEGIES = `('PERMENPANRB_6_2022', 'PERMENPANRB_8_2021', 'PP_46_2011')`;

/**
 * The PermenPANRB 6/2022 kuadran as a CASE expression: the database refuses an evaluation whose
 * stored predikat does not follow the matrix (the service computes it with `performanceRating`
 * from rules/rating-matrix.ts; this is the second wall).
 */
const MATRIX_SQL = `case
  when result_rating = 'ABOVE_EXPECTATIONS' and behavior_rating = 'ABOVE_EXPECTATIONS' then 'VERY_GOOD'
  when result_rating in ('ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS') and behavior_rating in ('ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS') then 'GOOD'
  when result_rating in ('ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS') then 'POOR'
  when behavior_rating = 'BELOW_EXPECTATIONS' then 'VERY_POOR'
  else 'NEEDS_IMPROVEMENT' end`;

/** Umpan balik reference list (pilihan umpan balik), as skp-tulungagung's `UmpanBalik` master. */
const GOAL_OPTIONS: [string, string, string][] = [
  ['GOAL_ABOVE_TARGET', 'APPRECIATION', 'Hasil kerja melampaui target yang disepakati'],
  ['GOAL_ON_TARGET', 'APPRECIATION', 'Hasil kerja sesuai target yang disepakati'],
  ['GOAL_GOOD_QUALITY', 'APPRECIATION', 'Kualitas hasil kerja baik dan dapat dimanfaatkan'],
  ['GOAL_ON_TIME', 'APPRECIATION', 'Hasil kerja diselesaikan tepat waktu'],
  ['GOAL_IMPROVE_QUALITY', 'IMPROVEMENT', 'Kualitas hasil kerja perlu ditingkatkan'],
  ['GOAL_IMPROVE_TIMELINESS', 'IMPROVEMENT', 'Ketepatan waktu penyelesaian perlu ditingkatkan'],
  ['GOAL_BELOW_TARGET', 'IMPROVEMENT', 'Realisasi masih di bawah target; susun langkah percepatan'],
  ['GOAL_EVIDENCE_MISSING', 'IMPROVEMENT', 'Bukti dukung perlu dilengkapi'],
];

const CORE_VALUE_OPTIONS: [string, string | null, string, string][] = [
  ['VALUE_EXCEEDS', null, 'APPRECIATION', 'Perilaku kerja melebihi ekspektasi dan menjadi teladan'],
  ['VALUE_MEETS', null, 'APPRECIATION', 'Perilaku kerja sesuai pedoman dan ekspektasi'],
  ['VALUE_IMPROVE', null, 'IMPROVEMENT', 'Perilaku kerja perlu ditingkatkan sesuai pedoman'],
  ['SERVICE_ORIENTED_RESPONSIVE', 'SERVICE_ORIENTED', 'APPRECIATION', 'Cekatan dan solutif dalam melayani'],
  ['SERVICE_ORIENTED_IMPROVE', 'SERVICE_ORIENTED', 'IMPROVEMENT', 'Perlu lebih memahami kebutuhan penerima layanan'],
  ['ACCOUNTABLE_RELIABLE', 'ACCOUNTABLE', 'APPRECIATION', 'Jujur, cermat dan bertanggung jawab atas tugas'],
  ['ACCOUNTABLE_IMPROVE', 'ACCOUNTABLE', 'IMPROVEMENT', 'Perlu meningkatkan kedisiplinan dan kecermatan'],
  ['COMPETENT_LEARNS', 'COMPETENT', 'APPRECIATION', 'Aktif meningkatkan kompetensi dan membantu rekan belajar'],
  ['COMPETENT_IMPROVE', 'COMPETENT', 'IMPROVEMENT', 'Perlu mengikuti pengembangan kompetensi'],
  ['HARMONIOUS_SUPPORTIVE', 'HARMONIOUS', 'APPRECIATION', 'Menghargai rekan dan membangun suasana kerja kondusif'],
  ['HARMONIOUS_IMPROVE', 'HARMONIOUS', 'IMPROVEMENT', 'Perlu lebih terbuka dan menghargai perbedaan'],
  ['LOYAL_COMMITTED', 'LOYAL', 'APPRECIATION', 'Menjaga nama baik instansi dan rahasia jabatan'],
  ['LOYAL_IMPROVE', 'LOYAL', 'IMPROVEMENT', 'Perlu meningkatkan komitmen pada instansi'],
  ['ADAPTIVE_INNOVATIVE', 'ADAPTIVE', 'APPRECIATION', 'Cepat beradaptasi dan berinovasi'],
  ['ADAPTIVE_IMPROVE', 'ADAPTIVE', 'IMPROVEMENT', 'Perlu lebih proaktif menghadapi perubahan'],
  ['COLLABORATIVE_TEAM', 'COLLABORATIVE', 'APPRECIATION', 'Terbuka bekerja sama lintas tim'],
  ['COLLABORATIVE_IMPROVE', 'COLLABORATIVE', 'IMPROVEMENT', 'Perlu lebih melibatkan pihak lain dalam bekerja'],
];

const q = (s: string | null) => (s === null ? 'null' : `'${s.replace(/'/g, "''")}'`);

/**
 * Evaluation (PermenPANRB 6/2022, SE MenPANRB 3/2023), numeric scoring settings, credit points
 * input, TPP rule tables and attendance. Tenant tables carry `agency_id` first in their indexes
 * and composite foreign keys, as everywhere else.
 */
export class Migration20261122000700_evaluation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table feedback_option (
        id serial primary key,
        code text not null unique check (code ~ '^[A-Z0-9_]{2,60}$'),
        target text not null check (target in ('GOAL', 'CORE_VALUE')),
        core_value text check (core_value in ${CORE_VALUES}),
        tone text not null check (tone in ('APPRECIATION', 'IMPROVEMENT')),
        text text not null check (length(text) between 3 and 300),
        ordinal int not null,
        check (target = 'CORE_VALUE' or core_value is null)
      )`);
    GOAL_OPTIONS.forEach(([code, tone, text], i) => {
      this.addSql(`insert into feedback_option (code, target, core_value, tone, text, ordinal) values (${q(code)}, 'GOAL', null, ${q(tone)}, ${q(text)}, ${i + 1})`);
    });
    CORE_VALUE_OPTIONS.forEach(([code, value, tone, text], i) => {
      this.addSql(`insert into feedback_option (code, target, core_value, tone, text, ordinal) values (${q(code)}, 'CORE_VALUE', ${q(value)}, ${q(tone)}, ${q(text)}, ${i + 1})`);
    });

    this.addSql(`
      create table evaluation (
        id serial primary key,
        agency_id int not null references agency(id),
        plan_id int not null,
        evaluation_period_id int not null,
        employee_id int not null,
        appraiser_id int,
        unit_id int,
        status text not null default 'DRAFT' check (status in ('DRAFT', 'CONFIRMED')),
        result_rating text check (result_rating in ${EXPECTATIONS}),
        result_rating_source text check (result_rating_source in ('APPRAISER', 'ORG_PERFORMANCE')),
        behavior_rating text check (behavior_rating in ${EXPECTATIONS}),
        performance_rating text check (performance_rating in ${RATINGS}),
        legacy_behavior_scores numeric[] check (legacy_behavior_scores is null or cardinality(legacy_behavior_scores) in (5, 6)),
        rated_at timestamptz,
        rated_by_id int,
        confirmed_at timestamptz,
        confirmed_by_id int,
        distribution_override_reason text check (length(distribution_override_reason) between 5 and 1000),
        reopen_reason text check (length(reopen_reason) between 5 and 1000),
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, plan_id, evaluation_period_id),
        foreign key (agency_id, plan_id) references performance_plan(agency_id, id) on delete cascade,
        foreign key (agency_id, evaluation_period_id) references evaluation_period(agency_id, id),
        foreign key (agency_id, employee_id) references employee(agency_id, id),
        foreign key (agency_id, appraiser_id) references employee(agency_id, id),
        foreign key (agency_id, unit_id) references org_unit(agency_id, id),
        check ((result_rating is null) = (result_rating_source is null)),
        check ((performance_rating is not null) = (result_rating is not null and behavior_rating is not null)),
        check (performance_rating is null or performance_rating = ${MATRIX_SQL}),
        check (status = 'DRAFT' or (performance_rating is not null and confirmed_at is not null))
      )`);
    this.addSql(`create index evaluation_agency_period_unit_idx on evaluation (agency_id, evaluation_period_id, unit_id) include (status, performance_rating)`);
    this.addSql(`create index evaluation_agency_employee_idx on evaluation (agency_id, employee_id, evaluation_period_id)`);
    this.addSql(`create index evaluation_agency_appraiser_idx on evaluation (agency_id, appraiser_id, evaluation_period_id)`);

    this.addSql(`
      create table evaluation_feedback (
        id serial primary key,
        agency_id int not null references agency(id),
        evaluation_id int not null,
        goal_id int,
        core_value text check (core_value in ${CORE_VALUES}),
        option_ids int[] not null default '{}',
        note text check (length(note) between 1 and 2000),
        author_id int,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, evaluation_id) references evaluation(agency_id, id) on delete cascade,
        foreign key (agency_id, goal_id) references goal(agency_id, id) on delete cascade,
        foreign key (agency_id, author_id) references employee(agency_id, id),
        check ((goal_id is null) <> (core_value is null)),
        check (cardinality(option_ids) <= 10),
        check (cardinality(option_ids) > 0 or note is not null)
      )`);
    this.addSql(`create index evaluation_feedback_agency_evaluation_idx on evaluation_feedback (agency_id, evaluation_id)`);
    this.addSql(`create unique index evaluation_feedback_goal_uq on evaluation_feedback (agency_id, evaluation_id, goal_id) where goal_id is not null`);
    this.addSql(`create unique index evaluation_feedback_value_uq on evaluation_feedback (agency_id, evaluation_id, core_value) where core_value is not null`);

    this.addSql(`
      create table evaluation_self_assessment (
        id serial primary key,
        agency_id int not null references agency(id),
        evaluation_id int not null,
        goal_id int not null,
        note text not null check (length(note) between 1 and 2000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, evaluation_id, goal_id),
        foreign key (agency_id, evaluation_id) references evaluation(agency_id, id) on delete cascade,
        foreign key (agency_id, goal_id) references goal(agency_id, id) on delete cascade
      )`);

    this.addSql(`
      create table org_performance (
        id serial primary key,
        agency_id int not null references agency(id),
        unit_id int not null,
        evaluation_period_id int not null,
        rating text not null check (rating in ${ORG_RATINGS}),
        note text check (length(note) between 1 and 2000),
        set_by_id int,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, evaluation_period_id, unit_id),
        foreign key (agency_id, unit_id) references org_unit(agency_id, id),
        foreign key (agency_id, evaluation_period_id) references evaluation_period(agency_id, id),
        foreign key (agency_id, set_by_id) references employee(agency_id, id)
      )`);

    this.addSql(`
      create table agency_evaluation_setting (
        agency_id int primary key references agency(id),
        scoring_strategy text not null default 'PERMENPANRB_6_2022' check (scoring_strategy in ${STRATEGIES}),
        updated_by_id int,
        updated_at timestamptz not null default now()
      )`);

    this.addSql(`
      create table allowance_rule_table (
        id serial primary key,
        agency_id int not null references agency(id),
        year int not null check (year between 2000 and 2200),
        name text not null check (length(name) between 2 and 200),
        rules jsonb not null,
        base_amounts jsonb not null default '[]',
        updated_by_id int,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, year),
        check (jsonb_typeof(rules) = 'object' and jsonb_typeof(base_amounts) = 'array'),
        check ((rules ->> 'performanceWeight')::numeric + (rules ->> 'disciplineWeight')::numeric = 100)
      )`);

    this.addSql(`
      create table attendance_record (
        id bigserial primary key,
        agency_id int not null references agency(id),
        employee_id int not null,
        work_date date not null,
        late_minutes numeric check (late_minutes >= 0 and late_minutes <= 1440),
        early_leave_minutes numeric check (early_leave_minutes >= 0 and early_leave_minutes <= 1440),
        absent boolean not null default false,
        document_kind text check (document_kind ~ '^[A-Z0-9_]{2,50}$'),
        source text check (length(source) between 1 and 100),
        recorded_by_id int,
        recorded_by_token_id int,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        unique (agency_id, employee_id, work_date),
        foreign key (agency_id, employee_id) references employee(agency_id, id),
        check (not absent or (late_minutes is null and early_leave_minutes is null))
      )`);
    this.addSql(`create index attendance_record_agency_date_idx on attendance_record (agency_id, work_date, employee_id)`);
    // Allowance totals read only the days that can carry a deduction (a small share of all days).
    this.addSql(`create index attendance_record_deductible_idx on attendance_record (agency_id, employee_id, work_date)
      where absent or late_minutes is distinct from 0 or early_leave_minutes is distinct from 0`);

    // Monitoring reads plans by unit inside a period (one range scan on the unit path, then this).
    this.addSql(`create index performance_plan_agency_period_unit_idx on performance_plan (agency_id, period_id, unit_id) include (status, employee_id)`);
    this.addSql(`create index logbook_entry_agency_date_idx on logbook_entry (agency_id, entry_date) include (employee_id)`);
  }
}
