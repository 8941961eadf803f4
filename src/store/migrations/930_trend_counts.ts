import { sql, type Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * The trend radar of a million reviews without reading them (issue 14): counts per day kept up to date as
 * reviews are extracted and posts counted, so building the radar is a GROUP BY per bucket of its window.
 *
 * - `trend_count`: weight per (kind, key, day) — words, listings, platforms, documents, and reviews per
 *   set of aspect groups named or complained about (merged into the merchant's groups when read).
 * - `trend_series`: per series fed by reviews and posts, its first day (emerging, year-ago checks) and its
 *   newest evidence ids (JSON), so drill-down never searches the texts.
 * - `trend_count_state`: reviews and posts counted and the days they span; moves with every batch.
 * - `social_post.trend_pending`: 1 until the post's words are counted; a partial index finds them.
 *
 * Stored extractions and pain-point counts made before these tables existed are dropped (as 830 did), so the
 * next request extracts again and both sets of counts start complete and agree.
 */
export const migration: Migration = {
  name: '930_trend_counts',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('trend_count')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('kind', col.text, (c) => c.notNull())
      .addColumn('key', col.text, (c) => c.notNull())
      .addColumn('day', col.int, (c) => c.notNull())
      .addColumn('weight', col.real, (c) => c.notNull())
      .addPrimaryKeyConstraint('trend_count_pk', ['merchant_id', 'kind', 'key', 'day'])
      .execute();
    // A window's rows are a range of days; the index carries what the GROUP BY reads.
    await db.schema.createIndex('trend_count_day_ix').ifNotExists().on('trend_count').columns(['merchant_id', 'day', 'kind', 'key', 'weight']).execute();
    await db.schema
      .createTable('trend_series')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('kind', col.text, (c) => c.notNull())
      .addColumn('key', col.text, (c) => c.notNull())
      .addColumn('first_day', col.int, (c) => c.notNull())
      .addColumn('evidence', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('trend_series_pk', ['merchant_id', 'kind', 'key'])
      .execute();
    await db.schema
      .createTable('trend_count_state')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('batches', col.int, (c) => c.notNull())
      .addColumn('reviews', col.int, (c) => c.notNull())
      .addColumn('posts', col.int, (c) => c.notNull())
      .addColumn('first_day', col.int, (c) => c.notNull())
      .addColumn('last_day', col.int, (c) => c.notNull())
      .addPrimaryKeyConstraint('trend_count_state_pk', ['merchant_id'])
      .execute();
    await db.schema.alterTable('social_post').addColumn('trend_pending', col.int, (c) => c.notNull().defaultTo(1)).execute();
    await sql`create index if not exists social_post_trend_pending_ix on social_post (merchant_id, posted_at, id) where trend_pending = 1`.execute(db);

    for (const table of [
      'aspect_opinion', 'review_extraction', 'painpoint_count_state', 'painpoint_review_count', 'painpoint_mention_count',
      'painpoint_review_total', 'painpoint_mention_total', 'painpoint_phrasing_total', 'painpoint_review_month',
      'painpoint_phrasing_count', 'painpoint_opinion_count', 'painpoint_named_count', 'painpoint_complaint',
      'painpoint_learned_groups',
    ]) {
      await db.deleteFrom(table).execute();
    }
    await db.updateTable('review').set({ extraction_pending: 1 }).where('extraction_pending', '=', 0).execute();
  },
};
