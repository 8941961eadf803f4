import { describe, expect, it } from 'vitest';
import { assembleApp } from '../../app.js';
import { configFromEnv } from '../../config.js';
import { storesUnderTest } from '../../store/testing.js';
import { createHttp } from '../http.js';
import { TEST_PASSWORD, testEmail, useTestApi } from '../testing.js';
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS } from './login-throttle.js';
import { CSRF_HEADER } from './session-cookie.js';

const json = { 'content-type': 'application/json' };

describe.each(storesUnderTest())('security baseline on $name', (under) => {
  const api = useTestApi(under, ['a', 'b', 'c', 'd']);
  const post = (http: ReturnType<typeof createHttp>, path: string, body: unknown, headers: Record<string, string> = {}) =>
    http.request(path, { method: 'POST', body: JSON.stringify(body), headers: { ...json, ...headers } });
  const signIn = (http: ReturnType<typeof createHttp>, email: string, password: string, headers: Record<string, string> = {}) =>
    post(http, '/api/login', { email, password }, headers);
  /** The cookies a browser would send back after this answer. */
  const cookiesOf = (res: Response) => Object.fromEntries(res.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]));

  it('sets an HttpOnly, SameSite=Lax session cookie, Secure only over HTTPS, and a readable CSRF cookie', async () => {
    const plain = await signIn(api.http, testEmail('a'), TEST_PASSWORD);
    const [session, csrf] = plain.headers.getSetCookie();
    expect(session).toMatch(/^kaikuan_session=kk_[^;]+; Max-Age=1209600; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(csrf).toMatch(/^kaikuan_csrf=[^;]+; Max-Age=1209600; Path=\/; SameSite=Lax$/);
    const proxied = await signIn(api.http, testEmail('a'), TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
    for (const cookie of proxied.headers.getSetCookie()) expect(cookie).toMatch(/; Secure/);
  });

  it('asks a cookie-signed request that changes state for its CSRF token; bearer tokens need none', async () => {
    const cookies = cookiesOf(await signIn(api.http, testEmail('a'), TEST_PASSWORD));
    const cookie = `kaikuan_session=${cookies.kaikuan_session}; kaikuan_csrf=${cookies.kaikuan_csrf}`;
    expect((await api.http.request('/api/counts', { headers: { cookie } })).status).toBe(200);
    const feedback = { capability: 'painpoints', subjectId: 'x', verdict: 'useful' };
    const forged = await post(api.http, '/api/evaluation/feedback', feedback, { cookie });
    expect(forged.status).toBe(403);
    expect((await forged.json()).error.message).toBe('请求缺少安全校验，请刷新页面后再试。');
    expect((await post(api.http, '/api/evaluation/feedback', feedback, { cookie, [CSRF_HEADER]: 'guess' })).status).toBe(403);
    expect((await post(api.http, '/api/evaluation/feedback', feedback, { cookie, [CSRF_HEADER]: cookies.kaikuan_csrf! })).status).toBe(201);
    expect((await api.as('a').post('/api/evaluation/feedback', feedback)).status).toBe(201);
    // An upload is a state change too, whatever its content type.
    const upload = await api.http.request('/api/imports?kind=reviews&filename=a.csv', { method: 'POST', body: 'x', headers: { cookie, 'content-type': 'text/plain' } });
    expect(upload.status).toBe(403);
  });

  it('refuses a state change a browser says came from another site, sign-in included', async () => {
    const res = await signIn(api.http, testEmail('a'), TEST_PASSWORD, { origin: 'https://evil.example', host: 'localhost' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe('这个请求来自别的网站，已拒绝。');
    expect((await signIn(api.http, testEmail('a'), TEST_PASSWORD, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await signIn(api.http, testEmail('a'), TEST_PASSWORD, { origin: 'http://localhost:8080', host: 'localhost:8080' })).status).toBe(200);
  });

  it('ends the cookie session on logout and clears its cookies', async () => {
    const cookies = cookiesOf(await signIn(api.http, testEmail('a'), TEST_PASSWORD));
    const cookie = `kaikuan_session=${cookies.kaikuan_session}`;
    const out = await api.http.request('/api/logout', { method: 'POST', headers: { cookie, [CSRF_HEADER]: cookies.kaikuan_csrf! } });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().every((c) => /Max-Age=0/.test(c))).toBe(true);
    expect((await api.http.request('/api/counts', { headers: { cookie } })).status).toBe(401);
  });

  it('changes a password only with the current one, and ends every session of the account', async () => {
    const first = (await (await signIn(api.http, testEmail('b'), TEST_PASSWORD)).json()).token;
    const second = (await (await signIn(api.http, testEmail('b'), TEST_PASSWORD)).json()).token;
    const change = (body: unknown, headers: Record<string, string> = {}) =>
      post(api.http, '/api/password', body, { authorization: `Bearer ${first}`, ...headers });
    const wrong = await change({ currentPassword: 'not-it', newPassword: 'new-password-1' });
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error.message).toBe('当前密码不对，密码没有修改。');
    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'short' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(short.status).toBe(400);
    expect((await short.json()).error.message).toBe('The new password needs at least 8 characters.');
    const changed = await change({ currentPassword: TEST_PASSWORD, newPassword: 'new-password-1' });
    expect(changed.status).toBe(200);
    const { token, endedSessions } = await changed.json();
    expect(endedSessions).toBeGreaterThanOrEqual(2);
    for (const old of [first, second]) expect((await api.http.request('/api/me', { headers: { authorization: `Bearer ${old}` } })).status).toBe(401);
    expect((await api.http.request('/api/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await signIn(api.http, testEmail('b'), TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(api.http, testEmail('b'), 'new-password-1')).status).toBe(200);
  });

  it('pauses sign-in to an account after ten wrong passwords, in Chinese or English, even for the right one', async () => {
    const http = createHttp(api.app);
    for (let i = 0; i < FAILURES_PER_ACCOUNT; i++) expect((await signIn(http, testEmail('c'), `wrong-${i}`)).status).toBe(401);
    const locked = await signIn(http, testEmail('c'), TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect((await locked.json()).error).toMatchObject({ code: 'too_many', message: '登录尝试次数太多，为保护账号已暂停登录，请 15 分钟后再试。' });
    const english = await signIn(http, testEmail('c'), TEST_PASSWORD, { 'accept-language': 'en' });
    expect((await english.json()).error.message).toMatch(/^Too many sign-in attempts.*15 minutes/);
    // Another account is not stopped by them.
    expect((await signIn(http, testEmail('d'), TEST_PASSWORD)).status).toBe(200);
  });

  it('pauses password changes after ten wrong current passwords', async () => {
    const http = createHttp(api.app);
    const { token } = await (await signIn(http, testEmail('d'), TEST_PASSWORD)).json();
    const change = (currentPassword: string) => post(http, '/api/password', { currentPassword, newPassword: 'new-password-2' }, { authorization: `Bearer ${token}` });
    for (let i = 0; i < FAILURES_PER_ACCOUNT; i++) expect((await change(`wrong-${i}`)).status).toBe(403);
    expect((await change(TEST_PASSWORD)).status).toBe(429);
  });

  it('pauses sign-in from an address that guesses at many accounts', async () => {
    const http = createHttp(api.app);
    for (let i = 0; i < FAILURES_PER_ADDRESS; i++) await signIn(http, `nobody-${i}@shop.cn`, 'guess');
    expect((await signIn(http, testEmail('d'), TEST_PASSWORD)).status).toBe(429);
  });

  it('caps JSON bodies at 1 MB and uploads at the configured size, with a 413 in Chinese', async () => {
    const big = await api.as('a').post('/api/selection/opportunities', { ideas: [{ name: 'x'.repeat(1024 ** 2), category: 'y' }] });
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatchObject({ code: 'too_large', message: '请求内容太大（上限 1 MB），请减少一次提交的数据。' });

    const http = createHttp(assembleApp(configFromEnv({ KAIKUAN_UPLOAD_LIMIT_MB: '1' }), api.app.store));
    const { token } = await (await signIn(http, testEmail('a'), TEST_PASSWORD)).json();
    const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
      http.request('/api/imports?kind=reviews&filename=a.csv', { method: 'POST', body, headers: { authorization: `Bearer ${token}`, ...headers }, duplex: 'half' } as RequestInit);
    const rows = `商品,星级,评论,评价时间\n${'收纳箱,5,好用,2024-06-01 09:00\n'.repeat(40_000)}`;
    const declared = await upload(rows);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.message).toBe('文件超过 1 MB，请拆成几个小文件，或用命令行导入');
    // Without a declared length the body is counted as it streams to disk.
    const bytes = new TextEncoder().encode(rows);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
    const counted = await upload(streamed);
    expect(counted.status).toBe(413);
    expect((await (await api.as('a').get('/api/imports')).json()).imports.filter((i: { status: string }) => i.status === 'done')).toEqual([]);
  });
});

describe('security headers', () => {
  const [sqlite] = storesUnderTest();
  const api = useTestApi(sqlite!, ['a']);

  it('sends CSP, nosniff and frame refusal on API answers and the web app', async () => {
    for (const path of ['/api/health', '/api/counts', '/']) {
      const res = await api.http.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});
