import type { MiddlewareHandler } from 'hono';
import { AppError } from '../domain/errors.js';
import { resolveToken } from '../store/accounts.js';
import { recordActiveDay } from '../store/evaluation.js';
import type { Env } from './env.js';

/** Refuses any request without a valid bearer token, and scopes the rest to the token's merchant. */
export const requireAuth: MiddlewareHandler<Env> = async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const secret = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!secret) throw new AppError('unauthorized', { key: 'sign_in_first' });
  const who = await resolveToken(c.get('app').store, secret);
  if (!who) throw new AppError('unauthorized', { key: 'session_expired' });
  c.set('merchantId', who.merchantId);
  c.set('accountId', who.accountId);
  await recordActive(c.get('app').store, who.merchantId, who.accountId);
  await next();
};

/** Usage metrics need one row per merchant, account and day; remembering the last day written keeps it to one insert a day. */
const lastActive = new Map<string, string>();
async function recordActive(store: Parameters<typeof recordActiveDay>[0], merchantId: string, accountId: string) {
  const key = `${merchantId}|${accountId}`;
  const today = new Date().toISOString().slice(0, 10);
  if (lastActive.get(key) === today) return;
  await recordActiveDay(store, merchantId, accountId);
  lastActive.set(key, today);
}
