import { sql, type Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * Pain points of a million reviews without reading them (issue 14): counts kept up to date by every
 * extraction, so a report is a GROUP BY over a few thousand rows per product instead of a pass over all
 * reviews and their triples.
 *
 * - `review.extraction_pending`: 1 from import until extraction; a partial index over the pending rows
 *   makes the next batch an index range scan instead of an anti-join with `review_extraction`.
 * - count tables keyed (merchant, product, platform, day, …): reviews per set of complained aspect groups
 *   (exact distinct counts and rating regression after groups merge), mentions per group, negative
 *   phrasings per group; per shop: opinion words per group and named groups per product, for learning
 *   the merchant's aspect groups.
 * - `painpoint_complaint`: one row per review and complained group, ordered as evidence is picked, so
 *   quotes are the first rows of an index.
 *
 * Stored extractions made before these tables existed are dropped, so the next request extracts again
 * and the counts start complete (extraction is deterministic for a model version).
 */
export const migration: Migration = {
  name: '830_painpoint_counts',
  async up(db: Kysely<any>) {
    await db.schema.alterTable('review').addColumn('extraction_pending', col.int, (c) => c.notNull().defaultTo(1)).execute();
    await db.deleteFrom('aspect_opinion').execute();
    await db.deleteFrom('review_extraction').execute();
    await sql`create index if not exists review_pending_ix on review (merchant_id, reviewed_at, id) where extraction_pending = 1`.execute(db);
    // A new model marks its predecessor's reviews pending again; finding them must not read every extraction.
    await db.schema.createIndex('review_extraction_version_ix').ifNotExists().on('review_extraction').columns(['merchant_id', 'model_version']).execute();

    const cell = [['product_key', col.text], ['platform', col.text], ['day', col.text]] as const;
    const table = async (name: string, keys: readonly (readonly [string, string])[], counts: readonly (readonly [string, string])[]) => {
      let t = db.schema.createTable(name).ifNotExists().addColumn('merchant_id', col.text, (c) => c.notNull());
      for (const [column, type] of [...keys, ...counts]) t = t.addColumn(column, type as typeof col.text, (c) => c.notNull());
      await t.addPrimaryKeyConstraint(`${name}_pk`, ['merchant_id', ...keys.map(([k]) => k)] as any).execute();
    };
    await table('painpoint_review_count', [...cell, ['complaints', col.text]], [['reviews', col.int], ['rated', col.int], ['rating_sum', col.real]]);
    await table('painpoint_mention_count', [...cell, ['aspect_group', col.text]], [['mentions', col.int], ['negative_mentions', col.int]]);
    await table('painpoint_phrasing_count', [...cell, ['aspect_group', col.text], ['phrasing', col.text]], [['mentions', col.int]]);
    // The same summed over all days, with each row's last day: a report without `since` reads these.
    await table('painpoint_review_total', [['product_key', col.text], ['platform', col.text], ['complaints', col.text]], [
      ['reviews', col.int], ['rated', col.int], ['rating_sum', col.real], ['last_day', col.text],
    ]);
    await table('painpoint_mention_total', [['product_key', col.text], ['platform', col.text], ['aspect_group', col.text]], [
      ['mentions', col.int], ['negative_mentions', col.int],
    ]);
    // Reviews per month and complained set: the trend charts read these when every day counts.
    await table('painpoint_review_month', [['product_key', col.text], ['platform', col.text], ['month', col.text], ['complaints', col.text]], [
      ['reviews', col.int],
    ]);
    // Phrasings over all days, read by group: the key starts with the group.
    await table('painpoint_phrasing_total', [['aspect_group', col.text], ['phrasing', col.text], ['product_key', col.text], ['platform', col.text]], [
      ['mentions', col.int],
    ]);
    await db.schema
      .createIndex('painpoint_phrasing_total_ix')
      .ifNotExists()
      .on('painpoint_phrasing_total')
      .columns(['merchant_id', 'aspect_group', 'product_key', 'platform', 'phrasing', 'mentions'])
      .execute();
    await table('painpoint_opinion_count', [['aspect_group', col.text], ['opinion', col.text]], [['mentions', col.int]]);
    await table('painpoint_named_count', [['product_key', col.text], ['complains', col.int], ['named', col.text]], [['reviews', col.int]]);
    // Bumped by every saved batch: learned aspect groups are kept until it moves.
    await table('painpoint_count_state', [], [['batches', col.int]]);
    // Phrasings are read for the few groups shown.
    await db.schema.createIndex('painpoint_phrasing_group_ix').ifNotExists().on('painpoint_phrasing_count').columns(['merchant_id', 'aspect_group']).execute();

    await table(
      'painpoint_complaint',
      [['review_id', col.text], ['aspect_group', col.text]],
      [...cell, ['evidence_rating', col.real], ['short', col.int], ['text_length', col.int]],
    );
    // Quotes of a group in evidence order; the cell columns ride along so a scope filters without reading the table.
    await db.schema
      .createIndex('painpoint_complaint_evidence_ix')
      .ifNotExists()
      .on('painpoint_complaint')
      .columns(['merchant_id', 'aspect_group', 'evidence_rating', 'short', 'text_length', 'review_id', 'product_key', 'platform', 'day'])
      .execute();
    // …and within one product (the product lists quote each product's own reviews).
    await db.schema
      .createIndex('painpoint_complaint_product_ix')
      .ifNotExists()
      .on('painpoint_complaint')
      .columns(['merchant_id', 'product_key', 'aspect_group', 'evidence_rating', 'short', 'text_length', 'review_id'])
      .execute();
  },
};
