import { col, type Migration } from './migration.js';

/**
 * The decision a concept test leads to (开模 / 再测 / 放弃), kept with the test's result at the time, so the idea it
 * was about shows what was decided and why.
 */
export const migration: Migration = {
  name: '860_launch_decisions',
  async up(db) {
    await db.schema
      .createTable('selection_launch_decision')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('idea', col.text, (c) => c.notNull())
      .addColumn('test_id', col.text, (c) => c.notNull())
      .addColumn('decision', col.text, (c) => c.notNull())
      .addColumn('result', col.text, (c) => c.notNull())
      .addColumn('decided_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('selection_launch_decision_pk', ['merchant_id', 'id'])
      .execute();
  },
};
