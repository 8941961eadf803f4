import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_LOGIN } from '../../demo/catalogue.js';
import { login, resolveToken } from '../../services/accounts.js';
import { openStore } from '../../store/store.js';
import { cli, useDemoShop } from '../testing.js';

describe('kaikuan password', () => {
  const dir = useDemoShop();

  it('sets a new password and signs the account out everywhere', async () => {
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'kaikuan.db') });
    try {
      const session = await login(store, DEMO_LOGIN.email, DEMO_LOGIN.password);
      const { code, out } = await cli('password', '--email', DEMO_LOGIN.email.toUpperCase(), '--password', 'a-new-password', '--json');
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual({ email: DEMO_LOGIN.email, endedSessions: 1 });
      expect(await resolveToken(store, session!.token)).toBeUndefined();
      expect(await login(store, DEMO_LOGIN.email, DEMO_LOGIN.password)).toBeUndefined();
      expect(await login(store, DEMO_LOGIN.email, 'a-new-password')).toBeDefined();
    } finally {
      await store.close();
    }
  });

  it('refuses a short password and an unknown account', async () => {
    expect((await cli('password', '--email', DEMO_LOGIN.email, '--password', 'short', '--json')).code).not.toBe(0);
    const unknown = await cli('password', '--email', 'nobody@shop.cn', '--password', 'long-enough-1', '--json');
    expect(JSON.parse(unknown.out).error.code).toBe('not_found');
  });
});
