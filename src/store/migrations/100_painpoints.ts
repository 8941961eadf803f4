import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

export const migration: Migration = {
  name: '100_painpoints',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('review_extraction')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('review_id', col.text, (c) => c.notNull())
      .addColumn('model_version', col.text, (c) => c.notNull())
      .addColumn('extracted_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('review_extraction_pk', ['merchant_id', 'review_id'])
      .execute();
    await db.schema
      .createTable('aspect_opinion')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('review_id', col.text, (c) => c.notNull())
      .addColumn('seq', col.int, (c) => c.notNull())
      .addColumn('aspect', col.text, (c) => c.notNull())
      .addColumn('aspect_group', col.text, (c) => c.notNull())
      .addColumn('opinion', col.text, (c) => c.notNull())
      .addColumn('polarity', col.text, (c) => c.notNull())
      .addColumn('clause', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('aspect_opinion_pk', ['merchant_id', 'review_id', 'seq'])
      .execute();
    // Pain points are counted per group; the gap view and trends filter by it.
    await db.schema
      .createIndex('aspect_opinion_group_ix')
      .ifNotExists()
      .on('aspect_opinion')
      .columns(['merchant_id', 'aspect_group', 'polarity'])
      .execute();
  },
};
