import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleApp, type App } from '../../app.js';
import { configFromEnv } from '../../config.js';
import { generateDemo } from '../../demo/generate.js';
import { createAccount, createMerchant, login } from '../../store/accounts.js';
import { storesUnderTest } from '../../store/testing.js';
import { createHttp } from '../http.js';

// /api/agents: jobs run as the signed-in merchant, the inbox is scoped to it, reviews happen once.
describe.each(storesUnderTest())('agents API on $name', (under) => {
  let dispose: () => Promise<void>;
  let http: ReturnType<typeof createHttp>;
  const tokens: Record<string, string> = {};
  const call = (method: string, path: string, merchant: string, body?: unknown) =>
    http.request(path, {
      method,
      headers: { authorization: `Bearer ${tokens[merchant]}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    const store = await under.open();
    dispose = store.dispose;
    const app: App = assembleApp(configFromEnv({}), store);
    for (const id of ['a', 'b']) {
      await createMerchant(store, { id, name: id });
      await createAccount(store, id, { email: `${id}@shop.cn`, password: 'password-123' });
      tokens[id] = (await login(store, `${id}@shop.cn`, 'password-123'))!.token;
    }
    await store.insertMany('product', generateDemo('a').product, ['merchant_id', 'id']);
    http = createHttp(app);
  });
  afterAll(() => dispose());

  it('answers a buyer question as the signed-in merchant and lists it in that merchant\'s inbox only', async () => {
    const res = await call('POST', '/api/agents/service/answer', 'a', { productId: 'P-BOX-L', question: '这个多少钱？' });
    expect(res.status).toBe(201);
    const task = await res.json();
    expect(task).toMatchObject({ role: 'service', outcome: 'done', askedBy: expect.stringMatching(/^account:/) });
    expect(task.output.answer).toContain('价格是59元');

    const inboxA = await (await call('GET', '/api/agents/tasks', 'a')).json();
    expect(inboxA.map((t: { id: string }) => t.id)).toEqual([task.id]);
    expect(await (await call('GET', '/api/agents/tasks', 'b')).json()).toEqual([]);
    expect((await call('GET', `/api/agents/tasks/${task.id}`, 'b')).status).toBe(404);
    // Merchant b has no such product: the job is refused, not run on a's data.
    expect((await call('POST', '/api/agents/service/answer', 'b', { productId: 'P-BOX-L', question: '多少钱' })).status).toBe(404);
  });

  it('lists only the shop\'s own products for the job forms', async () => {
    const products = await (await call('GET', '/api/agents/products', 'a')).json();
    expect(products.map((p: { id: string }) => p.id)).toEqual(['P-BOX-L', 'P-BOX-S', 'P-TROLLEY']);
    expect(await (await call('GET', '/api/agents/products', 'b')).json()).toEqual([]);
  });

  it('reviews a task once', async () => {
    const task = await (await call('POST', '/api/agents/service/answer', 'a', { productId: 'P-BOX-L', question: '能放进衣柜吗' })).json();
    expect(task.outcome).toBe('needs_human');
    const first = await call('POST', `/api/agents/tasks/${task.id}/review`, 'a', { outcome: 'rejected', answer: '箱子高33cm，标准衣柜可以放。' });
    expect(first.status).toBe(200);
    expect((await first.json()).outcome).toBe('rejected');
    expect((await call('POST', `/api/agents/tasks/${task.id}/review`, 'a', { outcome: 'accepted' })).status).toBe(409);
    expect((await call('POST', `/api/agents/tasks/${task.id}/review`, 'b', { outcome: 'accepted' })).status).toBe(404);
    const needing = await (await call('GET', '/api/agents/tasks?outcome=needs_human', 'a')).json();
    expect(needing).toEqual([]);
  });

  it('names what is wrong with a bad job', async () => {
    const unknownRole = await call('POST', '/api/agents/cashier/pay', 'a', {});
    expect(unknownRole.status).toBe(400);
    expect((await unknownRole.json()).error.message).toContain('unknown agent "cashier"');
    const noQuestion = await call('POST', '/api/agents/service/answer', 'a', { productId: 'P-BOX-L' });
    expect(noQuestion.status).toBe(400);
    expect((await noQuestion.json()).error.details[0].field).toBe('question');
    expect((await call('GET', '/api/agents/tasks?limit=0', 'a')).status).toBe(400);
  });
});
