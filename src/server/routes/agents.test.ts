import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { insertDemoRows } from '../../demo/load.js';
import { storesUnderTest } from '../../store/testing.js';
import { useTestApi } from '../testing.js';

// /api/agents: jobs run as the signed-in merchant, the inbox is scoped to it, reviews happen once.
describe.each(storesUnderTest())('agents API on $name', (under) => {
  const api = useTestApi(under, ['a', 'b'], { seed: (store) => insertDemoRows(store, { product: generateDemo('a').product }) });

  it('answers a buyer question as the signed-in merchant and lists it in that merchant\'s inbox only', async () => {
    const res = await api.as('a').post('/api/agents/service/answer', { productId: 'P-BOX-L', question: '这个多少钱？' });
    expect(res.status).toBe(201);
    const task = await res.json();
    expect(task).toMatchObject({ role: 'service', outcome: 'done', askedBy: expect.stringMatching(/^account:/) });
    expect(task.output.answer).toContain('价格是59元');

    const inboxA = await (await api.as('a').get('/api/agents/tasks')).json();
    expect(inboxA.map((t: { id: string }) => t.id)).toEqual([task.id]);
    expect(await (await api.as('b').get('/api/agents/tasks')).json()).toEqual([]);
    expect((await api.as('b').get(`/api/agents/tasks/${task.id}`)).status).toBe(404);
    // Merchant b has no such product: the job is refused, not run on a's data.
    expect((await api.as('b').post('/api/agents/service/answer', { productId: 'P-BOX-L', question: '多少钱' })).status).toBe(404);
  });

  it('lists only the shop\'s own products for the job forms', async () => {
    const products = await (await api.as('a').get('/api/agents/products')).json();
    expect(products.map((p: { id: string }) => p.id)).toEqual(['P-BOX-L', 'P-BOX-S', 'P-TROLLEY']);
    expect(await (await api.as('b').get('/api/agents/products')).json()).toEqual([]);
  });

  it('reviews a task once', async () => {
    const task = await (await api.as('a').post('/api/agents/service/answer', { productId: 'P-BOX-L', question: '能放进衣柜吗' })).json();
    expect(task.outcome).toBe('needs_human');
    const first = await api.as('a').post(`/api/agents/tasks/${task.id}/review`, { outcome: 'rejected', answer: '箱子高33cm，标准衣柜可以放。' });
    expect(first.status).toBe(200);
    expect((await first.json()).outcome).toBe('rejected');
    expect((await api.as('a').post(`/api/agents/tasks/${task.id}/review`, { outcome: 'accepted' })).status).toBe(409);
    expect((await api.as('b').post(`/api/agents/tasks/${task.id}/review`, { outcome: 'accepted' })).status).toBe(404);
    const needing = await (await api.as('a').get('/api/agents/tasks?outcome=needs_human')).json();
    expect(needing).toEqual([]);
  });

  it('names what is wrong with a bad job', async () => {
    const unknownRole = await api.as('a').post('/api/agents/cashier/pay', {});
    expect(unknownRole.status).toBe(400);
    const unknown = (await unknownRole.json()).error;
    expect(unknown.key).toBe('unknown_agent');
    expect(unknown.message).toContain('没有叫“cashier”的数字员工');
    const noQuestion = await api.as('a').post('/api/agents/service/answer', { productId: 'P-BOX-L' });
    expect(noQuestion.status).toBe(400);
    const missing = (await noQuestion.json()).error;
    expect(missing.details[0].field).toBe('question');
    expect(missing.message).toBe('交给数字员工的内容填写有误：问题没有填');
    expect((await api.as('a').get('/api/agents/tasks?limit=0')).status).toBe(400);
  });
});
