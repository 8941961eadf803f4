import { hashPassword, hashToken, newTokenSecret, verifyPassword } from '../accounts/password.js';
import { deleteToken, findAccountByEmail, findToken, insertAccount, insertToken } from '../store/accounts.js';
import type { Store } from '../store/store.js';

/** Sign-in use cases: accounts with hashed passwords, sessions and API tokens stored only as hashes. */

/** Sessions last a working fortnight; API tokens do not expire until revoked. */
export const SESSION_DAYS = 14;

export async function createAccount(
  store: Store,
  merchantId: string,
  account: { email: string; password: string; displayName?: string },
): Promise<{ id: string; email: string }> {
  return insertAccount(store, merchantId, {
    email: account.email.toLowerCase(),
    passwordHash: await hashPassword(account.password),
    displayName: account.displayName ?? null,
  });
}

/** Checks a password and opens a session; undefined when the email or password is wrong. */
export async function login(
  store: Store,
  email: string,
  password: string,
): Promise<{ token: string; merchantId: string; accountId: string } | undefined> {
  const account = await findAccountByEmail(store, email.toLowerCase());
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
  await insertToken(store, merchantId, { tokenHash: hashToken(secret), accountId, kind, label, expiresAt });
  return secret;
}

/** Who a bearer token speaks for, or undefined if it is unknown or expired. */
export async function resolveToken(
  store: Store,
  secret: string,
): Promise<{ merchantId: string; accountId: string; kind: 'session' | 'api' } | undefined> {
  const row = await findToken(store, hashToken(secret));
  if (!row || (row.expires_at && row.expires_at < new Date().toISOString())) return undefined;
  return { merchantId: row.merchant_id, accountId: row.account_id, kind: row.kind };
}

export async function revokeToken(store: Store, merchantId: string, secret: string): Promise<void> {
  await deleteToken(store, merchantId, hashToken(secret));
}
