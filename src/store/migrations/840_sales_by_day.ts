import type { Kysely } from 'kysely';
import type { Migration } from './migration.js';

/**
 * Orders by day within a merchant: the customers' and markets' windows and the data version read
 * orders by date, which without this index means scanning every order of the merchant (issue 14).
 */
export const migration: Migration = {
  name: '840_sales_by_day',
  async up(db: Kysely<any>) {
    await db.schema.createIndex('sales_order_time_ix').ifNotExists().on('sales_order').columns(['merchant_id', 'ordered_at']).execute();
  },
};
