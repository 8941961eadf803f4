import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * Marketing materials: uploaded product photos and the pictures the digital employees make from them (main image,
 * poster, note cover), one row per file; the bytes live under the data dir, the row says where and what they are.
 */
export const migration: Migration = {
  name: '880_materials',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('material')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('kind', col.text, (c) => c.notNull())
      .addColumn('product_id', col.text)
      .addColumn('photo_id', col.text)
      .addColumn('task_id', col.text)
      .addColumn('variant', col.text)
      .addColumn('concept_test_id', col.text)
      .addColumn('file', col.text, (c) => c.notNull())
      .addColumn('width', col.int, (c) => c.notNull())
      .addColumn('height', col.int, (c) => c.notNull())
      .addColumn('bytes', col.int, (c) => c.notNull())
      .addColumn('copy', col.text, (c) => c.notNull())
      .addColumn('status', col.text, (c) => c.notNull())
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('material_pk', ['merchant_id', 'id'])
      .execute();
    // The gallery lists a merchant's newest materials first.
    await db.schema.createIndex('material_time_ix').ifNotExists().on('material').columns(['merchant_id', 'created_at']).execute();
  },
};
