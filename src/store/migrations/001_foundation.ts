import type { Kysely } from 'kysely';
import { col, type Migration } from './migration.js';

/** Creates a merchant-owned table whose key starts with merchant_id. */
async function merchantTable(
  db: Kysely<any>,
  name: string,
  columns: [string, string, boolean][],
  key: string[],
): Promise<void> {
  let table = db.schema.createTable(name).ifNotExists().addColumn('merchant_id', col.text, (c) => c.notNull());
  for (const [column, type, required] of columns) {
    table = table.addColumn(column, type as 'text', (c) => (required ? c.notNull() : c));
  }
  await table.addPrimaryKeyConstraint(`${name}_pk`, ['merchant_id', ...key] as never).execute();
}

export const migration: Migration = {
  name: '001_foundation',
  async up(db) {
    await db.schema
      .createTable('merchant')
      .ifNotExists()
      .addColumn('id', col.text, (c) => c.primaryKey())
      .addColumn('name', col.text, (c) => c.notNull())
      .addColumn('created_at', col.text, (c) => c.notNull())
      .execute();
    await merchantTable(db, 'account', [
      ['id', col.text, true], ['email', col.text, true], ['password_hash', col.text, true],
      ['display_name', col.text, false], ['created_at', col.text, true],
    ], ['id']);
    await db.schema.createIndex('account_email_uq').ifNotExists().unique().on('account').column('email').execute();
    await merchantTable(db, 'access_token', [
      ['token_hash', col.text, true], ['account_id', col.text, true], ['kind', col.text, true],
      ['label', col.text, false], ['created_at', col.text, true], ['expires_at', col.text, false],
    ], ['token_hash']);
    // Tokens are looked up before the merchant is known.
    await db.schema.createIndex('access_token_hash_uq').ifNotExists().unique().on('access_token').column('token_hash').execute();
    await merchantTable(db, 'product', [
      ['id', col.text, true], ['sku', col.text, true], ['name', col.text, true], ['category', col.text, true],
      ['price', col.money, false], ['unit_cost', col.money, false], ['attributes', col.text, true],
      ['owner', col.text, true], ['brand', col.text, false], ['platform', col.text, false],
    ], ['id']);
    await merchantTable(db, 'review', [
      ['id', col.text, true], ['platform', col.text, true], ['product_id', col.text, false], ['rating', col.real, false],
      ['text', col.text, true], ['language', col.text, true], ['reviewed_at', col.text, true],
      ['helpful_votes', col.int, true], ['author', col.text, false],
    ], ['id']);
    await db.schema.createIndex('review_time_ix').ifNotExists().on('review').columns(['merchant_id', 'reviewed_at']).execute();
    await merchantTable(db, 'social_post', [
      ['id', col.text, true], ['platform', col.text, true], ['author', col.text, false], ['text', col.text, true],
      ['likes', col.int, true], ['comments', col.int, true], ['shares', col.int, true],
      ['posted_at', col.text, true], ['url', col.text, false],
    ], ['id']);
    await merchantTable(db, 'buyer', [
      ['id', col.text, true], ['name', col.text, false], ['region', col.text, false], ['channel', col.text, false],
      ['first_seen_at', col.text, false],
    ], ['id']);
    await merchantTable(db, 'sales_order', [
      ['id', col.text, true], ['buyer_id', col.text, true], ['ordered_at', col.text, true], ['region', col.text, false],
      ['channel', col.text, false], ['total_amount', col.money, true],
    ], ['id']);
    await db.schema.createIndex('sales_order_buyer_ix').ifNotExists().on('sales_order').columns(['merchant_id', 'buyer_id']).execute();
    await merchantTable(db, 'order_line', [
      ['order_id', col.text, true], ['line_no', col.int, true], ['product_id', col.text, false], ['sku', col.text, false],
      ['quantity', col.real, true], ['unit_price', col.money, true], ['amount', col.money, true],
    ], ['order_id', 'line_no']);
    await merchantTable(db, 'keyword_volume', [
      ['keyword', col.text, true], ['platform', col.text, true], ['bucket', col.text, true],
      ['bucket_start', col.text, true], ['volume', col.real, true],
    ], ['keyword', 'platform', 'bucket', 'bucket_start']);
    await merchantTable(db, 'ad_campaign', [
      ['id', col.text, true], ['platform', col.text, true], ['name', col.text, true], ['status', col.text, true],
      ['daily_budget', col.money, true], ['keywords', col.text, true], ['started_at', col.text, false],
    ], ['id']);
  },
};
