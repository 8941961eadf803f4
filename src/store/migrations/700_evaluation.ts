import { col, type Migration } from './migration.js';

export const migration: Migration = {
  name: '700_evaluation',
  async up(db) {
    await db.schema.createTable('eval_run').ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('at', col.text, (c) => c.notNull())
      .addColumn('scores', col.text, (c) => c.notNull())
      .addColumn('failures', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('eval_run_pk', ['merchant_id', 'id'])
      .execute();
    await db.schema.createTable('feedback').ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('capability', col.text, (c) => c.notNull())
      .addColumn('subject_id', col.text, (c) => c.notNull())
      .addColumn('verdict', col.text, (c) => c.notNull())
      .addColumn('reason', col.text)
      .addColumn('account_id', col.text)
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('feedback_pk', ['merchant_id', 'id'])
      .execute();
    await db.schema.createTable('active_day').ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('day', col.text, (c) => c.notNull())
      .addColumn('account_id', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('active_day_pk', ['merchant_id', 'day', 'account_id'])
      .execute();
  },
};
