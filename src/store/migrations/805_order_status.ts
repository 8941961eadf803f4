import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * What became of an order: platform exports list unpaid, cancelled and refunded orders beside the
 * paid ones, and only paid money is a sale. Refunds and the buyer's return reason feed profit per product.
 * Orders stored before this column existed were all counted as sales, so they default to paid.
 */
export const migration: Migration = {
  name: '805_order_status',
  async up(db: Kysely<any>) {
    await db.schema.alterTable('sales_order').addColumn('status', col.text, (c) => c.notNull().defaultTo('paid')).execute();
    await db.schema.alterTable('sales_order').addColumn('refund_amount', col.money, (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('sales_order').addColumn('return_reason', col.text).execute();
  },
};
