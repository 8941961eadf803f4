import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/**
 * The merchant's own cost assumptions for profit per product (经营分析): the platform's fee as a share of
 * sales, shipping per paid order, and how much of its sales a product loses per star its reviews lose.
 * One row per merchant; no row means the defaults, which the page says were not entered.
 */
export const migration: Migration = {
  name: '870_profit_settings',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('profit_settings')
      .addColumn('merchant_id', col.text, (c) => c.notNull())
      .addColumn('platform_fee_rate', col.real, (c) => c.notNull())
      .addColumn('shipping_per_order', col.money, (c) => c.notNull())
      .addColumn('sales_lost_per_star', col.real, (c) => c.notNull())
      .addColumn('updated_at', col.text, (c) => c.notNull())
      .addPrimaryKeyConstraint('profit_settings_pk', ['merchant_id'])
      .execute();
  },
};
