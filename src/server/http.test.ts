import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.js';
import { insertDemoRows } from '../demo/load.js';
import { storesUnderTest } from '../store/testing.js';
import { useTestApi } from './testing.js';

describe.each(storesUnderTest())('HTTP API on $name', (under) => {
  const api = useTestApi(under, ['a', 'b'], { seed: (store) => insertDemoRows(store, { review: generateDemo('a').review.slice(0, 7) }) });
  const signIn = async (email: string, password: string) =>
    api.http.request('/api/login', { method: 'POST', body: JSON.stringify({ email, password }), headers: { 'content-type': 'application/json' } });

  it('refuses unauthenticated and unknown-token requests with JSON errors', async () => {
    const none = await api.http.request('/api/counts');
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('unauthorized');
    const bad = await api.http.request('/api/counts', { headers: { authorization: 'Bearer kk_nope' } });
    expect(bad.status).toBe(401);
  });

  it('names the bad field when the login body is invalid', async () => {
    const res = await signIn('not-an-email', '');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.details.map((d: { field: string }) => d.field)).toEqual(['email', 'password']);
  });

  it('shows each merchant only its own data, through sessions and API tokens', async () => {
    const a = await (await signIn('a@shop.cn', 'password-123')).json();
    const b = await (await signIn('b@shop.cn', 'password-123')).json();
    const counts = async (token: string) => (await api.http.request('/api/counts', { headers: { authorization: `Bearer ${token}` } })).json();
    expect((await counts(a.token)).reviews).toBe(7);
    expect((await counts(b.token)).reviews).toBe(0);
    const created = await api.http.request('/api/tokens', {
      method: 'POST', body: JSON.stringify({ label: 'erp' }), headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json' },
    });
    expect(created.status).toBe(201);
    expect((await counts((await created.json()).token)).reviews).toBe(0);
  });

  it('rejects a wrong password and ends a session on logout', async () => {
    expect((await signIn('a@shop.cn', 'password-124')).status).toBe(401);
    const { token } = await (await signIn('a@shop.cn', 'password-123')).json();
    const headers = { authorization: `Bearer ${token}` };
    expect((await api.http.request('/api/logout', { method: 'POST', headers })).status).toBe(200);
    expect((await api.http.request('/api/me', { headers })).status).toBe(401);
  });
});
