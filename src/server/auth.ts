import type { MiddlewareHandler } from 'hono';
import { AppError } from '../domain/errors.js';
import { resolveToken } from '../store/accounts.js';
import type { Env } from './env.js';

/** Refuses any request without a valid bearer token, and scopes the rest to the token's merchant. */
export const requireAuth: MiddlewareHandler<Env> = async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const secret = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!secret) throw new AppError('unauthorized', 'sign in first: send Authorization: Bearer <token>');
  const who = await resolveToken(c.get('app').store, secret);
  if (!who) throw new AppError('unauthorized', 'this token is unknown or has expired; sign in again');
  c.set('merchantId', who.merchantId);
  c.set('accountId', who.accountId);
  await next();
};
