import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import { issueToken, login, openSession, revokeToken, SESSION_DAYS } from '../../services/accounts.js';
import { MIN_PASSWORD_LENGTH, passwordIs, setPassword } from '../../services/passwords.js';
import { countData, findMerchant } from '../../store/accounts.js';
import { requireAuth } from '../auth.js';
import { parseBody } from '../body.js';
import type { Env } from '../env.js';
import { clientAddress } from '../security/client-address.js';
import type { LoginAttempt, LoginThrottle } from '../security/login-throttle.js';
import { clearSessionCookies, setSessionCookies } from '../security/session-cookie.js';

const LoginBody = z.object({ email: z.string().email(), password: z.string().min(1) });
const TokenBody = z.object({ label: z.string().min(1).max(80) });
const PasswordBody = z.object({ currentPassword: z.string().min(1), newPassword: z.string().max(200) });

const SESSION_SECONDS = SESSION_DAYS * 86_400;

/** 429 with Retry-After while the attempt's account or address has failed too often. */
function refuseWhileThrottled(c: Context<Env>, throttle: LoginThrottle, attempt: LoginAttempt): void {
  const wait = throttle.waitFor(attempt);
  if (wait <= 0) return;
  c.header('retry-after', String(Math.ceil(wait / 1000)));
  throw new AppError('too_many', { key: 'too_many_logins', params: { minutes: Math.ceil(wait / 60_000) } });
}

/** Sign-in (open, throttled) and the signed-in merchant's own account routes. */
export function sessionRoutes(throttle: LoginThrottle) {
  const open = new Hono<Env>()
  .post('/login', async (c) => {
    const { email, password } = await parseBody(c, LoginBody);
    const attempt = { email, address: clientAddress(c) };
    refuseWhileThrottled(c, throttle, attempt);
    const session = await login(c.get('app').store, email, password);
    if (!session) {
      throttle.recordFailure(attempt);
      throw new AppError('unauthorized', { key: 'wrong_password' });
    }
    throttle.recordSuccess(attempt);
    setSessionCookies(c, session.token, SESSION_SECONDS);
    const merchant = await findMerchant(c.get('app').store, session.merchantId);
    return c.json({ token: session.token, merchant });
  });

  const signedIn = new Hono<Env>().use(requireAuth)
  .get('/me', async (c) => {
    const merchant = await findMerchant(c.get('app').store, c.get('merchantId'));
    return c.json({ merchant, accountId: c.get('accountId') });
  })
  .get('/counts', async (c) => c.json(await countData(c.get('app').store, c.get('merchantId'))))
  .post('/tokens', async (c) => {
    const { label } = await parseBody(c, TokenBody);
    const token = await issueToken(c.get('app').store, c.get('merchantId'), c.get('accountId'), 'api', label);
    return c.json({ token, label }, 201);
  })
  .post('/logout', async (c) => {
    await revokeToken(c.get('app').store, c.get('merchantId'), c.get('credential'));
    clearSessionCookies(c);
    return c.json({ ok: true });
  })
  // Every session of the account ends, this one too; the caller gets a fresh one so the owner stays signed in here.
  .post('/password', async (c) => {
    const { currentPassword, newPassword } = await parseBody(c, PasswordBody);
    const { store } = c.get('app');
    const [merchantId, accountId] = [c.get('merchantId'), c.get('accountId')];
    if (newPassword.length < MIN_PASSWORD_LENGTH) throw new AppError('bad_input', { key: 'password_too_short', params: { min: MIN_PASSWORD_LENGTH } });
    // Guessing the current password through a stolen session is throttled like guessing at sign-in.
    const attempt = { email: `account-id:${accountId}`, address: clientAddress(c) };
    refuseWhileThrottled(c, throttle, attempt);
    if (!(await passwordIs(store, merchantId, accountId, currentPassword))) {
      throttle.recordFailure(attempt);
      throw new AppError('forbidden', { key: 'wrong_current_password' });
    }
    const ended = await setPassword(store, merchantId, accountId, newPassword);
    const token = await openSession(store, merchantId, accountId);
    setSessionCookies(c, token, SESSION_SECONDS);
    return c.json({ token, endedSessions: ended });
  });
  return open.route('/', signedIn);
}
