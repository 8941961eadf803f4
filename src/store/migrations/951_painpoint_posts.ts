import { sql, type Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * Social posts (小红书, B站 notes) as evidence beside reviews (issue 15): each post is read by the same
 * tagger once per model, and the report counts notes per set of complained groups and day, as it counts
 * reviews (830), so a card can say "评价 120 条 · 笔记 8 篇" without reading posts.
 *
 * - `social_post.extraction_pending`: 1 until the current model has read the post (a partial index finds them);
 *   `complaints` the set it complained about as last counted (to take it away when a new model reads it again),
 *   `extraction_version` the model that did.
 * - `painpoint_post_count`: posts per (day, set of complained committed groups).
 */
export const migration: Migration = {
  name: '951_painpoint_posts',
  async up(db: Kysely<any>) {
    await db.schema.alterTable('social_post').addColumn('extraction_pending', col.int, (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('social_post').addColumn('complaints', col.text).execute();
    await db.schema.alterTable('social_post').addColumn('extraction_version', col.text).execute();
    await sql`create index if not exists social_post_pending_ix on social_post (merchant_id, posted_at, id) where extraction_pending = 1`.execute(db);
    await db.schema.createIndex('social_post_version_ix').ifNotExists().on('social_post').columns(['merchant_id', 'extraction_version']).execute();
    await db.schema
      .createTable('painpoint_post_count')
      .ifNotExists()
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('day', col.text, (c) => c.notNull())
      .addColumn('complaints', col.text, (c) => c.notNull())
      .addColumn('posts', col.int, (c) => c.notNull())
      .addPrimaryKeyConstraint('painpoint_post_count_pk', ['merchant_id', 'day', 'complaints'])
      .execute();
  },
};
