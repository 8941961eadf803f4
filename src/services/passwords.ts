import { endSessions, findPasswordHash, setPasswordHash } from '../store/accounts.js';
import type { Store } from '../store/store.js';
import { hashPassword, verifyPassword } from '../accounts/password.js';

/** Shorter passwords fall to guessing even at ten tries per quarter hour. */
export const MIN_PASSWORD_LENGTH = 8;

/**
 * Sets a new password and ends every session of the account in one transaction: whoever signed in with
 * the old password is signed out. Returns how many sessions ended. The caller checks the length
 * (`MIN_PASSWORD_LENGTH`) and, when the owner changes it, the current password (`passwordIs`).
 */
export async function setPassword(store: Store, merchantId: string, accountId: string, password: string): Promise<number> {
  const hash = await hashPassword(password);
  return store.transaction(async (tx) => {
    await setPasswordHash(tx, merchantId, accountId, hash);
    return endSessions(tx, merchantId, accountId);
  });
}

export async function passwordIs(store: Store, merchantId: string, accountId: string, password: string): Promise<boolean> {
  const stored = await findPasswordHash(store, merchantId, accountId);
  return stored !== undefined && verifyPassword(password, stored);
}
