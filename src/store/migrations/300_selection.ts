import { col, type Migration } from './migration.js';

export const migration: Migration = {
  name: '300_selection',
  async up(db) {
    await db.schema
      .createTable('selection_launch_plan')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('name', col.text, (c) => c.notNull())
      .addColumn('plan', col.text, (c) => c.notNull())
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('selection_launch_plan_pk', ['merchant_id', 'id'])
      .execute();
    await db.schema
      .createTable('selection_concept_test')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('name', col.text, (c) => c.notNull())
      .addColumn('decide_by', col.text)
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('selection_concept_test_pk', ['merchant_id', 'id'])
      .execute();
    await db.schema
      .createTable('selection_concept_variant')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('test_id', col.text, (c) => c.notNull())
      .addColumn('name', col.text, (c) => c.notNull())
      .addColumn('views', col.int, (c) => c.notNull())
      .addColumn('likes', col.int, (c) => c.notNull())
      .addColumn('saves', col.int, (c) => c.notNull())
      .addColumn('intent_asked', col.int, (c) => c.notNull())
      .addColumn('intent_yes', col.int, (c) => c.notNull())
      .addColumn('updated_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('selection_concept_variant_pk', ['merchant_id', 'test_id', 'name'])
      .execute();
    await db.schema
      .createTable('selection_concept_comment')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('test_id', col.text, (c) => c.notNull())
      .addColumn('id', col.text, (c) => c.notNull())
      .addColumn('variant', col.text, (c) => c.notNull())
      .addColumn('text', col.text, (c) => c.notNull())
      .addColumn('sentiment', col.real, (c) => c.notNull())
      .addColumn('created_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('selection_concept_comment_pk', ['merchant_id', 'test_id', 'id'])
      .execute();
    await db.schema
      .createTable('selection_weights')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('weights', col.text, (c) => c.notNull())
      .addColumn('updated_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('selection_weights_pk', ['merchant_id'])
      .execute();
  },
};
