import { col, type Migration } from './migration.js';

/** Saved launch calculations: the plan as the merchant entered it, so it can be rerun as data changes. */
export interface SelectionLaunchPlanTable {
  merchant_id: string;
  id: string;
  name: string;
  plan: string;
  created_at: string;
}

export interface SelectionConceptTestTable {
  merchant_id: string;
  id: string;
  name: string;
  /** The rate that decides (like, save, warmComment, intent); null lets the comparison pick. */
  decide_by: string | null;
  created_at: string;
}

/** Reaction totals of one design variant, as the platform dashboards show them (overwritten, not summed). */
export interface SelectionConceptVariantTable {
  merchant_id: string;
  test_id: string;
  name: string;
  views: number;
  likes: number;
  saves: number;
  intent_asked: number;
  intent_yes: number;
  updated_at: string;
}

/** Comments on a variant with the sentiment model's P(positive), scored once when recorded. */
export interface SelectionConceptCommentTable {
  merchant_id: string;
  test_id: string;
  id: string;
  variant: string;
  text: string;
  sentiment: number;
  created_at: string;
}

/** The merchant's opportunity-score weights (JSON of factor → weight). */
export interface SelectionWeightsTable {
  merchant_id: string;
  weights: string;
  updated_at: string;
}

export interface SelectionTables {
  selection_launch_plan: SelectionLaunchPlanTable;
  selection_concept_test: SelectionConceptTestTable;
  selection_concept_variant: SelectionConceptVariantTable;
  selection_concept_comment: SelectionConceptCommentTable;
  selection_weights: SelectionWeightsTable;
}

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
