import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

export const migration: Migration = {
  name: '200_trends',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('trend_alert')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('kind', col.text, (c) => c.notNull())
      .addColumn('key', col.text, (c) => c.notNull())
      .addColumn('window_days', col.int, (c) => c.notNull())
      .addColumn('first_alerted_on', col.text, (c) => c.notNull())
      .addColumn('last_alerted_on', col.text, (c) => c.notNull())
      .addColumn('growth', col.real, (c) => c.notNull())
      .addColumn('p_value', col.real, (c) => c.notNull())
      .addColumn('q_value', col.real, (c) => c.notNull())
      .addColumn('test', col.text, (c) => c.notNull())
      .addColumn('emerging', col.int, (c) => c.notNull())
      .addColumn('recent', col.real, (c) => c.notNull())
      .addColumn('baseline', col.real, (c) => c.notNull())
      .addColumn('sparkline', col.text, (c) => c.notNull())
      .addColumn('evidence', col.text, (c) => c.notNull())
      .addColumn('updated_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('trend_alert_pk', ['merchant_id', 'kind', 'key', 'window_days'])
      .execute();
    // The page lists the latest alerts first.
    await db.schema
      .createIndex('trend_alert_recent_ix')
      .ifNotExists()
      .on('trend_alert')
      .columns(['merchant_id', 'last_alerted_on'])
      .execute();
  },
};
