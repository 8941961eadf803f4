import { describe, expect, it } from 'vitest';
import { storesUnderTest } from '../store/testing.js';
import { testEmail, useTestApi } from './testing.js';

const [sqlite] = storesUnderTest();

/** Errors reach the reader in her language: Chinese unless the web app asks for English. */
describe('error answers', () => {
  const api = useTestApi(sqlite!, ['a']);
  const send = async (path: string, body: unknown, language?: string, token?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (language) headers['accept-language'] = language;
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await api.http.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, error: (await res.json()).error };
  };

  it('says a failed sign-in in Chinese by default and in English when asked', async () => {
    const wrong = { email: testEmail('a'), password: 'not-the-password' };
    expect(await send('/api/login', wrong)).toMatchObject({ status: 401, error: { code: 'unauthorized', key: 'wrong_password', message: '邮箱或密码不对' } });
    expect((await send('/api/login', wrong, 'en-US,en;q=0.9')).error.message).toBe('wrong email or password');
  });

  it('names a wrong launch price and concept count by their Chinese field names', async () => {
    const price = await api.as('a').post('/api/selection/launch', {
      plan: { mouldCost: 8_000, leadTimeDays: 30, minimumOrder: 500, unitCost: 20, price: 0, sellingWeeks: 12, demand: { kind: 'fixed', units: 900 }, startDate: '2026-12-01' },
    });
    const priceError = (await price.json()).error;
    expect(priceError.message).toBe('开款测算填写有误：售价要大于 0');
    expect(priceError.fields).toEqual([{ field: 'price', problem: 'above', text: '售价要大于 0' }]);

    const test = await (await api.as('a').post('/api/selection/concepts', { name: '收纳箱', variants: ['A', 'B'] })).json();
    const counts = await api.as('a').put(`/api/selection/concepts/${test.id}/variants/A`, { counts: { intentAsked: 3, intentYes: 5 } });
    expect(counts.status).toBe(400);
    expect((await counts.json()).error.message).toBe('提交的内容填写有误：说愿意买的人数不能多于问过的人数');
  });
});
