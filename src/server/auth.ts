import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../domain/errors.js';
import { resolveToken } from '../services/accounts.js';
import { recordActiveDay } from '../store/evaluation.js';
import type { Env } from './env.js';
import { changesState } from './security/same-origin.js';
import { CSRF_HEADER, csrfMatches, sessionCookieOf } from './security/session-cookie.js';

/** How the caller signed in: a bearer header (API tokens, scripts) or the web app's session cookie. */
function credentialOf(c: Context<Env>): { secret: string; byCookie: boolean } | undefined {
  const header = c.req.header('authorization') ?? '';
  if (header.startsWith('Bearer ')) return { secret: header.slice(7).trim(), byCookie: false };
  const cookie = sessionCookieOf(c);
  return cookie ? { secret: cookie, byCookie: true } : undefined;
}

/**
 * Refuses any request without a valid session cookie or bearer token, and scopes the rest to its merchant.
 * A cookie is sent by the browser on its own, so a state-changing request signed in by cookie must also
 * carry the session's CSRF token; a bearer header is never sent on its own and needs none.
 */
export const requireAuth: MiddlewareHandler<Env> = async (c, next) => {
  const credential = credentialOf(c);
  if (!credential?.secret) throw new AppError('unauthorized', { key: 'sign_in_first' });
  const who = await resolveToken(c.get('app').store, credential.secret);
  if (!who) throw new AppError('unauthorized', { key: 'session_expired' });
  if (credential.byCookie && changesState(c.req.method) && !csrfMatches(credential.secret, c.req.header(CSRF_HEADER))) {
    throw new AppError('forbidden', { key: 'csrf_missing' });
  }
  c.set('merchantId', who.merchantId);
  c.set('accountId', who.accountId);
  c.set('credential', credential.secret);
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
