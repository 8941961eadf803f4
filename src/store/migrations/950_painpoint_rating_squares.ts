import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * Each pain-point card shows how many stars its buyers give less than the others with a 95 % range
 * (issue 15, `src/painpoints/report/figures.ts`): a range needs the spread of the ratings, so the review
 * counts keep the ratings' squares summed beside their sum. Stored counts cannot be split back into
 * reviews, so they are counted again: every review waits for extraction once more, as in 830.
 */
const COUNT_TABLES = [
  'painpoint_review_count', 'painpoint_mention_count', 'painpoint_phrasing_count', 'painpoint_review_total', 'painpoint_mention_total',
  'painpoint_review_month', 'painpoint_phrasing_total', 'painpoint_opinion_count', 'painpoint_named_count', 'painpoint_count_state',
  'painpoint_complaint', 'painpoint_learned_groups',
  // The trend radar's counts are added as reviews are extracted: counting every review again restarts them too.
  'trend_count', 'trend_series', 'trend_count_state',
];

export const migration: Migration = {
  name: '950_painpoint_rating_squares',
  async up(db: Kysely<any>) {
    for (const table of ['painpoint_review_count', 'painpoint_review_total']) {
      await db.schema.alterTable(table).addColumn('rating_squares', col.real, (c) => c.notNull().defaultTo(0)).execute();
    }
    for (const table of COUNT_TABLES) await db.deleteFrom(table).execute();
    await db.deleteFrom('aspect_opinion').execute();
    await db.deleteFrom('review_extraction').execute();
    await db.updateTable('review').set({ extraction_pending: 1 }).execute();
    await db.updateTable('social_post').set({ trend_pending: 1 }).execute();
  },
};
