import { randomUUID } from 'node:crypto';
import type { DataCounts, Merchant } from '../domain/types.js';
import type { Store } from './store.js';

export async function createMerchant(store: Store, merchant: { id: string; name: string }): Promise<Merchant> {
  const createdAt = new Date().toISOString();
  await store.db.insertInto('merchant').values({ id: merchant.id, name: merchant.name, created_at: createdAt }).execute();
  return { id: merchant.id, name: merchant.name, createdAt };
}

export async function findMerchant(store: Store, merchantId: string): Promise<Merchant | undefined> {
  const row = await store.db.selectFrom('merchant').selectAll().where('id', '=', merchantId).executeTakeFirst();
  return row && { id: row.id, name: row.name, createdAt: row.created_at };
}

/** Operators' view (CLI `kaikuan merchants`); the API never exposes other merchants. */
export async function listMerchants(store: Store): Promise<Merchant[]> {
  const rows = await store.db.selectFrom('merchant').selectAll().orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
}

/** A new sign-in for the merchant; the password arrives already hashed. */
export async function insertAccount(
  store: Store,
  merchantId: string,
  account: { email: string; passwordHash: string; displayName: string | null },
): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  await store.db
    .insertInto('account')
    .values({
      merchant_id: merchantId,
      id,
      email: account.email,
      password_hash: account.passwordHash,
      display_name: account.displayName,
      created_at: new Date().toISOString(),
    })
    .execute();
  return { id, email: account.email };
}

/** The account signing in with this email, whichever merchant it belongs to (emails are unique across merchants). */
export async function findAccountByEmail(store: Store, email: string) {
  return store.db.selectFrom('account').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertToken(
  store: Store,
  merchantId: string,
  token: { tokenHash: string; accountId: string; kind: 'session' | 'api'; label: string | null; expiresAt: string | null },
): Promise<void> {
  await store.db
    .insertInto('access_token')
    .values({
      merchant_id: merchantId,
      token_hash: token.tokenHash,
      account_id: token.accountId,
      kind: token.kind,
      label: token.label,
      created_at: new Date().toISOString(),
      expires_at: token.expiresAt,
    })
    .execute();
}

/** The token with this hash, whichever merchant it belongs to: a bearer token is how a request says who it is. */
export async function findToken(store: Store, tokenHash: string) {
  return store.db
    .selectFrom('access_token')
    .select(['merchant_id', 'account_id', 'kind', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function deleteToken(store: Store, merchantId: string, tokenHash: string): Promise<void> {
  await store.db.deleteFrom('access_token').where('merchant_id', '=', merchantId).where('token_hash', '=', tokenHash).execute();
}

export async function findPasswordHash(store: Store, merchantId: string, accountId: string): Promise<string | undefined> {
  const row = await store.db.selectFrom('account').select('password_hash')
    .where('merchant_id', '=', merchantId).where('id', '=', accountId).executeTakeFirst();
  return row?.password_hash;
}

export async function setPasswordHash(store: Store, merchantId: string, accountId: string, passwordHash: string): Promise<void> {
  await store.db.updateTable('account').set({ password_hash: passwordHash })
    .where('merchant_id', '=', merchantId).where('id', '=', accountId).execute();
}

/** Ends every signed-in session of one account; its API tokens (scripts, an ERP) stay until revoked on their own. */
export async function endSessions(store: Store, merchantId: string, accountId: string): Promise<number> {
  const result = await store.db.deleteFrom('access_token')
    .where('merchant_id', '=', merchantId).where('account_id', '=', accountId).where('kind', '=', 'session').executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countData(store: Store, merchantId: string): Promise<DataCounts> {
  const count = async (table: 'product' | 'review' | 'social_post' | 'buyer' | 'sales_order' | 'keyword_volume' | 'ad_campaign') => {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('merchant_id', '=', merchantId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    products: await count('product'),
    reviews: await count('review'),
    posts: await count('social_post'),
    buyers: await count('buyer'),
    orders: await count('sales_order'),
    keywordVolumes: await count('keyword_volume'),
    campaigns: await count('ad_campaign'),
  };
}
