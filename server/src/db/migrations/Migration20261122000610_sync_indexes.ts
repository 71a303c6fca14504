import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the integrations' incremental sync feeds (keyset on updated_at, id per
 * agency): employees, and logbook deletions read from the audit log. Logbook entries
 * and plans already have theirs.
 */
export class Migration20261122000610_sync_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists employee_agency_updated_idx on employee (agency_id, updated_at, id)`);
    this.addSql(`create index if not exists audit_log_agency_action_created_idx on audit_log (agency_id, action, created_at, id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists audit_log_agency_action_created_idx`);
    this.addSql(`drop index if exists employee_agency_updated_idx`);
  }
}
