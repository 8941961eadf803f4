import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * Per-review extraction results, so pain points update from new reviews alone: a review is extracted
 * once per model version and its triples are kept; ranking reads these rows instead of re-reading text.
 */
export interface ReviewExtractionTable {
  merchant_id: string;
  review_id: string;
  /** Which committed model produced the rows; a new model re-extracts lazily. */
  model_version: string;
  extracted_at: string;
}

export interface AspectOpinionTable {
  merchant_id: string;
  review_id: string;
  seq: number;
  aspect: string;
  aspect_group: string;
  opinion: string;
  polarity: 'positive' | 'negative' | 'neutral';
  clause: string;
}

export interface PainPointsTables {
  review_extraction: ReviewExtractionTable;
  aspect_opinion: AspectOpinionTable;
}

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
