import { randomUUID } from 'node:crypto';
import type { DataCounts, Merchant } from '../domain/types.js';
import { hashPassword, hashToken, newTokenSecret, verifyPassword } from '../accounts/password.js';
import type { Store } from './store.js';

/** Sessions last a working fortnight; API tokens do not expire until revoked. */
export const SESSION_DAYS = 14;

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

export async function createAccount(
  store: Store,
  merchantId: string,
  account: { email: string; password: string; displayName?: string },
): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  await store.db
    .insertInto('account')
    .values({
      merchant_id: merchantId,
      id,
      email: account.email.toLowerCase(),
      password_hash: await hashPassword(account.password),
      display_name: account.displayName ?? null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return { id, email: account.email.toLowerCase() };
}

/** Checks a password and opens a session; undefined when the email or password is wrong. */
export async function login(
  store: Store,
  email: string,
  password: string,
): Promise<{ token: string; merchantId: string; accountId: string } | undefined> {
  const account = await store.db.selectFrom('account').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  if (!account || !(await verifyPassword(password, account.password_hash))) return undefined;
  const token = await openSession(store, account.merchant_id, account.id);
  return { token, merchantId: account.merchant_id, accountId: account.id };
}

/** A new signed-in session for the account, lasting `SESSION_DAYS`. */
export async function openSession(store: Store, merchantId: string, accountId: string): Promise<string> {
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  return issueToken(store, merchantId, accountId, 'session', null, expires);
}

export async function issueToken(
  store: Store,
  merchantId: string,
  accountId: string,
  kind: 'session' | 'api',
  label: string | null,
  expiresAt: string | null = null,
): Promise<string> {
  const secret = newTokenSecret();
  await store.db
    .insertInto('access_token')
    .values({
      merchant_id: merchantId,
      token_hash: hashToken(secret),
      account_id: accountId,
      kind,
      label,
      created_at: new Date().toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return secret;
}

/** Who a bearer token speaks for, or undefined if it is unknown or expired. */
export async function resolveToken(
  store: Store,
  secret: string,
): Promise<{ merchantId: string; accountId: string; kind: 'session' | 'api' } | undefined> {
  const row = await store.db
    .selectFrom('access_token')
    .select(['merchant_id', 'account_id', 'kind', 'expires_at'])
    .where('token_hash', '=', hashToken(secret))
    .executeTakeFirst();
  if (!row || (row.expires_at && row.expires_at < new Date().toISOString())) return undefined;
  return { merchantId: row.merchant_id, accountId: row.account_id, kind: row.kind };
}

export async function revokeToken(store: Store, merchantId: string, secret: string): Promise<void> {
  await store.db.deleteFrom('access_token').where('merchant_id', '=', merchantId).where('token_hash', '=', hashToken(secret)).execute();
}

/** The account signing in with this email, if any (emails are stored lower-case). */
export async function findAccountByEmail(store: Store, email: string) {
  const row = await store.db.selectFrom('account').select(['merchant_id', 'id', 'password_hash']).where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row && { merchantId: row.merchant_id, id: row.id, passwordHash: row.password_hash };
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
