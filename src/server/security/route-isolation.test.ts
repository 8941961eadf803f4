import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposalSubject } from '../../approvals/index.js';
import { generateDemo } from '../../demo/generate.js';
import { insertDemoRows } from '../../demo/load.js';
import { productPhoto } from '../../materials/testing.js';
import { storesUnderTest } from '../../store/testing.js';
import { TEST_PASSWORD, testEmail, useTestApi } from '../testing.js';

/** B's objects, made through the API as B before A tries to reach them. */
interface ObjectsOfB {
  productId: string;
  category: string;
  proposalId: string;
  conceptId: string;
  variant: string;
  taskId: string;
  importId: string;
  materialId: string;
}

type Attempt = { path: string; body?: unknown };

/**
 * Every API route, with the request merchant A makes aiming at merchant B's objects (ids in the path,
 * the query or the body). A route missing here fails the test: a new route is added to this table when
 * it is written, and so is checked for isolation from its first day.
 */
const ATTEMPTS: Record<string, (b: ObjectsOfB) => Attempt> = {
  'GET /api/health': () => ({ path: '/api/health' }),
  'POST /api/login': () => ({ path: '/api/login', body: { email: testEmail('b'), password: 'not-b-password' } }),
  'GET /api/me': () => ({ path: '/api/me' }),
  'GET /api/counts': () => ({ path: '/api/counts' }),
  'POST /api/tokens': () => ({ path: '/api/tokens', body: { label: 'erp' } }),
  'POST /api/logout': () => ({ path: '/api/logout' }),
  'POST /api/password': () => ({ path: '/api/password', body: { currentPassword: 'not-a-password', newPassword: 'another-password' } }),
  'GET /api/evaluation/scorecard': () => ({ path: '/api/evaluation/scorecard' }),
  'POST /api/evaluation/feedback': () => ({ path: '/api/evaluation/feedback', body: { capability: 'painpoints', subjectId: 'own-insight', verdict: 'wrong' } }),
  'GET /api/evaluation/feedback': () => ({ path: '/api/evaluation/feedback' }),
  'GET /api/approvals': () => ({ path: '/api/approvals?view=all' }),
  'POST /api/approvals': () => ({ path: '/api/approvals', body: { agent: 'promotion', action: 'raise_daily_budget', amountYuan: 20, channel: 'ad:淘宝', description: '甲厂自己的预算', payload: {} } }),
  'GET /api/approvals/audit': (b) => ({ path: `/api/approvals/audit?subject=${encodeURIComponent(proposalSubject(b.proposalId))}` }),
  'GET /api/approvals/settings': () => ({ path: '/api/approvals/settings' }),
  'PUT /api/approvals/settings': () => ({ path: '/api/approvals/settings', body: { capYuan: 5 } }),
  'GET /api/approvals/:id': (b) => ({ path: `/api/approvals/${b.proposalId}` }),
  'POST /api/approvals/:id/confirm': (b) => ({ path: `/api/approvals/${b.proposalId}/confirm` }),
  'POST /api/approvals/:id/reject': (b) => ({ path: `/api/approvals/${b.proposalId}/reject`, body: { reason: '甲厂拒绝' } }),
  'POST /api/approvals/:id/undo': (b) => ({ path: `/api/approvals/${b.proposalId}/undo` }),
  'GET /api/customers': () => ({ path: '/api/customers' }),
  'GET /api/markets': () => ({ path: '/api/markets' }),
  'GET /api/profit': () => ({ path: '/api/profit' }),
  'POST /api/ask': () => ({ path: '/api/ask', body: { question: '上个月哪个款最赚钱？' } }),
  'PUT /api/profit/settings': () => ({ path: '/api/profit/settings', body: { shippingPerOrder: 3 } }),
  'PUT /api/profit/costs/:productId': (b) => ({ path: `/api/profit/costs/${encodeURIComponent(b.productId)}`, body: { unitCost: 1 } }),
  'GET /api/trends': () => ({ path: '/api/trends?window=365d' }),
  'GET /api/trends/series': (b) => ({ path: `/api/trends/series?kind=product&key=${b.productId}&window=365d` }),
  'GET /api/painpoints': (b) => ({ path: `/api/painpoints?product=${b.productId}` }),
  'POST /api/selection/launch': (b) => ({ path: '/api/selection/launch', body: { plan: { ...PLAN, sellingWeeks: 8, demand: { kind: 'similar', category: b.category } }, draws: 200 } }),
  'GET /api/selection/launch/plans': () => ({ path: '/api/selection/launch/plans' }),
  'GET /api/selection/launch/similar': (b) => ({ path: `/api/selection/launch/similar?category=${encodeURIComponent(b.category)}&sellingWeeks=8` }),
  'POST /api/selection/launch/plans': (b) => ({ path: '/api/selection/launch/plans', body: { name: '甲厂计划', plan: { ...PLAN, sellingWeeks: 8, demand: { kind: 'similar', category: b.category } } } }),
  'GET /api/selection/opportunities': (b) => ({ path: `/api/selection/opportunities?category=${encodeURIComponent(b.category)}` }),
  'POST /api/selection/opportunities': (b) => ({ path: '/api/selection/opportunities', body: { ideas: [{ name: '甲厂新品', category: b.category }] } }),
  'GET /api/selection/opportunities/weights': () => ({ path: '/api/selection/opportunities/weights' }),
  'PUT /api/selection/opportunities/weights': () => ({ path: '/api/selection/opportunities/weights', body: {} }),
  'GET /api/selection/concepts': () => ({ path: '/api/selection/concepts' }),
  'POST /api/selection/concepts': () => ({ path: '/api/selection/concepts', body: { name: '甲厂测试', variants: ['一', '二'] } }),
  'POST /api/selection/concepts/compare': () => ({ path: '/api/selection/concepts/compare', body: { variants: [{ name: '一', views: 10, clicks: 1 }, { name: '二', views: 10, clicks: 2 }] } }),
  'GET /api/selection/concepts/:id': (b) => ({ path: `/api/selection/concepts/${b.conceptId}` }),
  'POST /api/selection/concepts/:id/decision': (b) => ({ path: `/api/selection/concepts/${b.conceptId}/decision`, body: { decision: 'drop', idea: '甲厂想法' } }),
  'GET /api/selection/decisions': () => ({ path: '/api/selection/decisions' }),
  'PUT /api/selection/concepts/:id/variants/:variant': (b) => ({
    path: `/api/selection/concepts/${b.conceptId}/variants/${encodeURIComponent(b.variant)}`, body: { counts: { views: 99, clicks: 99 }, comments: ['甲厂写的'] },
  }),
  'GET /api/agents': () => ({ path: '/api/agents' }),
  'GET /api/agents/products': () => ({ path: '/api/agents/products' }),
  'GET /api/agents/tasks': () => ({ path: '/api/agents/tasks' }),
  'GET /api/agents/tasks/:id': (b) => ({ path: `/api/agents/tasks/${b.taskId}` }),
  'POST /api/agents/tasks/:id/review': (b) => ({ path: `/api/agents/tasks/${b.taskId}/review`, body: { outcome: 'rejected', answer: '甲厂改的' } }),
  'POST /api/agents/:role/:task': (b) => ({ path: '/api/agents/service/answer', body: { productId: b.productId, question: '多少钱？' } }),
  'POST /api/imports': () => ({ path: '/api/imports?kind=reviews&filename=a.csv', body: 'raw:商品,星级,评论,评价时间\n甲厂盒,5,好,2024-06-01 09:00\n' }),
  'GET /api/imports': () => ({ path: '/api/imports' }),
  'GET /api/imports/progress': () => ({ path: '/api/imports/progress' }),
  'GET /api/imports/:id': (b) => ({ path: `/api/imports/${b.importId}` }),
  'GET /api/imports/:id/rejects': (b) => ({ path: `/api/imports/${b.importId}/rejects` }),
  'GET /api/imports/:id/rejects.csv': (b) => ({ path: `/api/imports/${b.importId}/rejects.csv` }),
  'POST /api/materials/photos': (b) => ({ path: `/api/materials/photos?productId=${b.productId}`, body: 'raw:not a photo' }),
  'GET /api/materials': (b) => ({ path: `/api/materials?conceptTestId=${b.conceptId}` }),
  'GET /api/materials/zip': () => ({ path: '/api/materials/zip' }),
  'GET /api/materials/:id': (b) => ({ path: `/api/materials/${b.materialId}` }),
  'GET /api/materials/:id/file': (b) => ({ path: `/api/materials/${b.materialId}/file?format=jpg` }),
};

const PLAN = { mouldCost: 80_000, leadTimeDays: 30, minimumOrder: 1_000, unitCost: 20, price: 59, channelFeeRate: 0.05, startDate: '2026-12-01' };

/** Words only B's objects carry: any of them in an answer to A is a leak. */
const B_SECRET = '乙厂机密';

/** What B reads back of its own objects; A's attempts must leave all of it as it was. */
const B_VIEWS = [
  '/api/approvals?view=all', '/api/approvals/settings', '/api/selection/concepts', '/api/selection/launch/plans', '/api/selection/decisions',
  '/api/selection/opportunities/weights', '/api/agents/tasks', '/api/imports', '/api/evaluation/feedback', '/api/counts', '/api/profit', '/api/materials',
];

describe.each(storesUnderTest())('every API route keeps merchant B from merchant A on $name', (under) => {
  const demo = generateDemo('b');
  const api = useTestApi(under, ['a', 'b'], {
    seed: (store) => insertDemoRows(store, {
      product: demo.product, review: demo.review.slice(0, 400), buyer: demo.buyer.slice(0, 100),
      sales_order: demo.sales_order.slice(0, 400), order_line: demo.order_line.slice(0, 400), keyword_volume: demo.keyword_volume.slice(0, 200),
    }),
  });
  let b: ObjectsOfB;
  let markers: string[];

  beforeAll(async () => {
    const asB = api.as('b');
    const ok = async (res: Response | Promise<Response>) => {
      const r = await res;
      expect(r.status, await r.clone().text()).toBeLessThan(300);
      return r.json();
    };
    const product = demo.product.find((p) => p.owner === 'own')!;
    const proposal = await ok(asB.post('/api/approvals', {
      agent: 'promotion', action: 'raise_daily_budget', amountYuan: 88, channel: 'ad:淘宝', description: `${B_SECRET}：加预算`, payload: {},
    }));
    const concept = await ok(asB.post('/api/selection/concepts', { name: `${B_SECRET}新品`, variants: ['乙一', '乙二'] }));
    await ok(asB.post(`/api/selection/concepts/${concept.test.id}/decision`, { decision: 'launch', idea: `${B_SECRET}想法` }));
    await ok(asB.post('/api/selection/launch/plans', { name: `${B_SECRET}计划`, plan: { ...PLAN, sellingWeeks: 12, demand: { kind: 'fixed', units: 900 } } }));
    const task = await ok(asB.post('/api/agents/service/answer', { productId: product.id, question: `${B_SECRET}：能放进衣柜吗？` }));
    await ok(asB.post('/api/evaluation/feedback', { capability: 'painpoints', subjectId: `${B_SECRET}洞察`, verdict: 'useful' }));
    await ok(asB.put('/api/approvals/settings', { capYuan: 777 }));
    const { token } = await ok(api.http.request('/api/login', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: testEmail('b'), password: TEST_PASSWORD }),
    }));
    const imported = await ok(api.http.request(`/api/imports?kind=reviews&filename=${encodeURIComponent(`${B_SECRET}.csv`)}`, {
      method: 'POST', headers: { authorization: `Bearer ${token}` }, body: `商品,星级,评论,评价时间\n${B_SECRET}盒,5,好用,2024-06-01 09:00\n,,,\n`,
    }));
    api.app.config.materialsDir = mkdtempSync(join(tmpdir(), 'kaikuan-isolation-'));
    const photo = await ok(api.http.request(`/api/materials/photos?productId=${product.id}`, {
      method: 'POST', headers: { authorization: `Bearer ${token}` }, body: new Uint8Array(await productPhoto(400, 400)),
    }));
    b = {
      productId: String(product.id), category: product.category as string, proposalId: proposal.id, conceptId: concept.test.id, variant: '乙一', taskId: task.id,
      importId: imported.jobId, materialId: photo.id,
    };
    markers = [B_SECRET, b.proposalId, b.conceptId, b.taskId, b.importId, b.materialId, ...demo.product.map((p) => p.id as string), ...demo.review.slice(0, 400).map((r) => String(r.author))];
  });

  it('lists every route of the API', () => {
    const routes = new Set(api.http.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`));
    expect([...routes].sort()).toEqual(Object.keys(ATTEMPTS).sort());
  });

  it('refuses A, or answers A with nothing of B, and leaves B’s objects as they were', async () => {
    const viewsOfB = async () => Promise.all(B_VIEWS.map(async (path) => (await api.as('b').get(path)).json()));
    const before = await viewsOfB();
    // A's session is signed in fresh, so its own logout or password change does not cut the attempts short.
    const signInA = async () => (await (await api.http.request('/api/login', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: testEmail('a'), password: TEST_PASSWORD }),
    })).json()).token as string;
    for (const [route, attempt] of Object.entries(ATTEMPTS)) {
      const { path, body } = attempt(b);
      const method = route.split(' ')[0]!;
      const raw = typeof body === 'string' && body.startsWith('raw:');
      const res = await api.http.request(path, {
        method,
        headers: { authorization: `Bearer ${await signInA()}`, ...(raw ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: raw ? (body as string).slice(4) : JSON.stringify(body) }),
      });
      const text = await res.text();
      expect(res.status, `${route}: ${text}`).toBeLessThan(500);
      if (res.status < 400) {
        for (const marker of markers) expect(text.includes(marker), `${route} answered A with B's "${marker}": ${text.slice(0, 300)}`).toBe(false);
      }
    }
    expect(await viewsOfB()).toEqual(before);
  });
});
