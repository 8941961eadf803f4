import { sql, type Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

const APPEND_ONLY_MESSAGE = 'audit_event is append-only';

async function makeAuditAppendOnly(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'sqlite') {
    for (const event of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER IF NOT EXISTS audit_event_no_${event.toLowerCase()} BEFORE ${event} ON audit_event ` +
            `BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY_MESSAGE}'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS ` +
        `$$ BEGIN RAISE EXCEPTION '${APPEND_ONLY_MESSAGE}'; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      'CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event ' +
        'FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()',
    )
    .execute(db);
}

export const migration: Migration = {
  name: '600_approvals',
  async up(db, dialect) {
    await db.schema
      .createTable('spend_proposal')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('agent', col.text, (c) => c.notNull())
      .addColumn('action', col.text, (c) => c.notNull())
      .addColumn('amount_yuan', col.money, (c) => c.notNull())
      .addColumn('channel', col.text, (c) => c.notNull())
      .addColumn('description', col.text, (c) => c.notNull())
      .addColumn('payload', col.text, (c) => c.notNull())
      .addColumn('idempotency_key', col.text)
      .addColumn('layer', col.text, (c) => c.notNull())
      .addColumn('status', col.text, (c) => c.notNull())
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addColumn('expires_at', col.text, (c) => c.notNull())
      .addColumn('first_confirmed_by', col.text)
      .addColumn('first_confirmed_at', col.text)
      .addColumn('second_confirm_opens_at', col.text)
      .addColumn('second_confirmed_by', col.text)
      .addColumn('second_confirmed_at', col.text)
      .addColumn('approved_at', col.text)
      .addColumn('closed_by', col.text)
      .addColumn('closed_at', col.text)
      .addColumn('reason', col.text)
      .addPrimaryKeyConstraint('spend_proposal_pk', ['merchant_id', 'id'])
      .execute();
    // NULL keys are distinct on both databases, so proposals without a key never collide.
    await db.schema
      .createIndex('spend_proposal_idempotency_uq')
      .unique()
      .on('spend_proposal')
      .columns(['merchant_id', 'idempotency_key'])
      .execute();
    await db.schema.createIndex('spend_proposal_status_ix').on('spend_proposal').columns(['merchant_id', 'status']).execute();
    await db.schema.createIndex('spend_proposal_approved_ix').on('spend_proposal').columns(['merchant_id', 'approved_at']).execute();

    await db.schema
      .createTable('spend_execution')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('proposal_id', col.text, (c) => c.notNull())
      .addColumn('channel', col.text, (c) => c.notNull())
      .addColumn('amount_yuan', col.money, (c) => c.notNull())
      .addColumn('status', col.text, (c) => c.notNull())
      .addColumn('channel_reference', col.text)
      .addColumn('started_at', col.text, (c) => c.notNull())
      .addColumn('finished_at', col.text)
      .addColumn('undo_until', col.text)
      .addColumn('undone_at', col.text)
      .addColumn('error', col.text)
      .addPrimaryKeyConstraint('spend_execution_pk', ['merchant_id', 'proposal_id'])
      .execute();

    await db.schema
      .createTable('budget')
      .addColumn('merchant_id', col.text, (c) => c.primaryKey())
      .addColumn('second_confirm_above_yuan', col.money)
      .addColumn('cap_yuan', col.money)
      .addColumn('second_confirm_delay_minutes', col.real)
      .addColumn('daily_budget_yuan', col.money)
      .addColumn('monthly_budget_yuan', col.money)
      .addColumn('proposal_ttl_hours', col.real)
      .addColumn('updated_at', col.text, (c) => c.notNull())
      .addColumn('updated_by', col.text)
      .execute();

    await db.schema
      .createTable('audit_event')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('at', col.text, (c) => c.notNull())
      .addColumn('actor', col.text, (c) => c.notNull())
      .addColumn('actor_label', col.text)
      .addColumn('action', col.text, (c) => c.notNull())
      .addColumn('subject', col.text)
      .addColumn('amount_yuan', col.money)
      .addColumn('details', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_event_pk', ['merchant_id', 'id'])
      .execute();
    await db.schema.createIndex('audit_event_subject_ix').on('audit_event').columns(['merchant_id', 'subject']).execute();
    await makeAuditAppendOnly(db, dialect);

    await db.schema
      .createTable('ad_channel_spend')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('reference', col.text, (c) => c.notNull())
      .addColumn('proposal_id', col.text, (c) => c.notNull())
      .addColumn('channel', col.text, (c) => c.notNull())
      .addColumn('amount_yuan', col.money, (c) => c.notNull())
      .addColumn('kind', col.text, (c) => c.notNull())
      .addColumn('booked_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('ad_channel_spend_pk', ['merchant_id', 'id'])
      .execute();
  },
};
