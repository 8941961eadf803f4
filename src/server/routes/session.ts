import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import { countData, findMerchant, issueToken, login, revokeToken } from '../../store/accounts.js';
import { requireAuth } from '../auth.js';
import { parseBody } from '../body.js';
import type { Env } from '../env.js';

const LoginBody = z.object({ email: z.string().email(), password: z.string().min(1) });
const TokenBody = z.object({ label: z.string().min(1).max(80) });

/** Sign-in (open) and the signed-in merchant's own account routes. */
export function sessionRoutes() {
  const open = new Hono<Env>()
  .post('/login', async (c) => {
    const { email, password } = await parseBody(c, LoginBody);
    const session = await login(c.get('app').store, email, password);
    if (!session) throw new AppError('unauthorized', { key: 'wrong_password' });
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
    await revokeToken(c.get('app').store, c.get('merchantId'), c.req.header('authorization')!.slice(7).trim());
    return c.json({ ok: true });
  });
  return open.route('/', signedIn);
}
