import type { Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * Reviews per day by the day first: growth reads each list's last 60 days, and a `since` scope its days,
 * of every product at once. The key (merchant, product, platform, day, …) puts the day third, so both read
 * all of the merchant's days (every row of two years); this index reads only the days asked for, and
 * covers what they sum, so the table itself is not touched.
 */
export const migration: Migration = {
  name: '911_painpoint_count_days',
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('painpoint_review_count_day_ix')
      .ifNotExists()
      .on('painpoint_review_count')
      .columns(['merchant_id', 'day', 'product_key', 'platform', 'complaints', 'reviews'])
      .execute();
  },
};
