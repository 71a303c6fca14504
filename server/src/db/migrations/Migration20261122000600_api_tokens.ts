import { Migration } from '@mikro-orm/migrations';

/**
 * API tokens of integration clients (payroll, HR, attendance systems). Only the
 * SHA-256 of the full secret is stored; the prefix (public, unique) identifies a token
 * in lists and logs without revealing it. Scopes come from a fixed set. A rotation
 * links the new token to the one it replaces (`rotated_from_id`).
 */
export class Migration20261122000600_api_tokens extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table api_token (
        id serial primary key,
        agency_id int not null references agency(id),
        name text not null check (length(name) between 2 and 100),
        prefix text not null unique check (prefix ~ '^[a-z0-9]{8}$'),
        secret_hash bytea not null unique check (length(secret_hash) = 32),
        scopes text[] not null check (
          cardinality(scopes) between 1 and 10
          and scopes <@ array['READ_PLANS', 'READ_EVALUATIONS', 'READ_LOGBOOK', 'READ_ORG', 'WRITE_ATTENDANCE']::text[]
        ),
        expires_at timestamptz not null,
        revoked_at timestamptz,
        revoked_reason text check (length(revoked_reason) <= 500),
        last_used_at timestamptz,
        created_by_id int,
        rotated_from_id int,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (agency_id, id),
        foreign key (agency_id, created_by_id) references employee(agency_id, id),
        foreign key (agency_id, rotated_from_id) references api_token(agency_id, id)
      )`);
    this.addSql(`create index api_token_agency_created_idx on api_token (agency_id, created_at, id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists api_token`);
  }
}
