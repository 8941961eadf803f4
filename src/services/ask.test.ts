import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAiCompatibleProvider } from '../llm/openai-compatible.js';
import { offlineProvider } from '../llm/offline.js';
import { completion, sendJson, startTestLlmServer } from '../llm/test-server.js';
import { SHOPS_A_AND_B, useFreshStore } from '../store/test-hooks.js';
import { storesUnderTest } from '../store/testing.js';
import { askQuestion } from './ask.js';

/** Shop a: three orders in May and June 2026 (one refunded with a reason); shop b: one big order that must never show. */
const product = (merchant: string, id: string, name: string, category: string, unitCost: number) => ({
  merchant_id: merchant, id, sku: id, name, category, price: 50, unit_cost: unitCost, attributes: '{}', owner: 'own' as const, brand: null, platform: null,
});
const order = (merchant: string, id: string, day: string, region: string, status = 'paid', reason: string | null = null) => ({
  merchant_id: merchant, id, buyer_id: `${merchant}-${id}`, ordered_at: `${day}T09:00:00.000Z`, region, channel: '淘宝', total_amount: 0,
  status, refund_amount: status === 'refunded' ? 100 : 0, return_reason: reason,
});
const line = (merchant: string, orderId: string, productId: string, quantity: number, unitPrice: number) => ({
  merchant_id: merchant, order_id: orderId, line_no: 1, product_id: productId, sku: productId, quantity, unit_price: unitPrice, amount: quantity * unitPrice,
});

let llm: Awaited<ReturnType<typeof startTestLlmServer>>;
beforeAll(async () => {
  llm = await startTestLlmServer((_req, res) => sendJson(res, 200, completion('{}')));
});
afterAll(() => llm.close());

describe.each(storesUnderTest())('ask in Chinese on $name', (under) => {
  const store = useFreshStore(under, {
    merchants: SHOPS_A_AND_B,
    seed: async (s) => {
      await s.insertMany('product', [product('a', 'BOX', '收纳箱', '收纳', 20), product('a', 'CART', '露营车', '户外', 100), product('b', 'BOX', '乙厂秘密箱', '收纳', 1)], ['merchant_id', 'id']);
      await s.insertMany('sales_order', [
        order('a', 'O1', '2026-05-03', '浙江'), order('a', 'O2', '2026-06-04', '广东'), order('a', 'O3', '2026-06-05', '浙江'),
        order('a', 'O4', '2026-06-06', '浙江', 'refunded', '轮子坏了'), order('b', 'O1', '2026-05-20', '浙江'),
      ], ['merchant_id', 'id']);
      await s.insertMany('order_line', [
        line('a', 'O1', 'BOX', 4, 50), line('a', 'O2', 'CART', 1, 300), line('a', 'O3', 'BOX', 2, 50), line('a', 'O4', 'CART', 1, 100), line('b', 'O1', 'BOX', 9999, 50),
      ], ['merchant_id', 'order_id', 'line_no']);
    },
  });
  const offline = () => ({ store, llm: offlineProvider });

  it('answers "上个月哪个款最赚钱" from the shop’s own June orders (the newest order’s month is "this month")', async () => {
    // Newest order is in June, so last month is May: only O1, 收纳箱 4 × (50 − 20) = 120.
    const r = await askQuestion(offline(), 'a', '上个月哪个款最赚钱？');
    expect(r.status).toBe('answered');
    if (r.status !== 'answered') return;
    expect([r.answer.from, r.answer.to, r.answer.shape, r.source]).toEqual(['2026-05', '2026-05', 'table', 'rules']);
    expect(r.answer.rows).toEqual([{ key: '收纳箱', value: 120 }]);
  });

  it('says which product is returned most and why', async () => {
    const r = await askQuestion(offline(), 'a', '退货最多的是哪个款，为什么？');
    if (r.status !== 'answered') throw new Error(r.status);
    expect(r.answer.rows[0]).toEqual({ key: '露营车', value: 1 });
    expect(r.answer.reasons).toEqual([{ reason: '轮子坏了', orders: 1 }]);
  });

  it('answers "浙江的买家买什么" with units by product, never counting shop b’s 9,999 boxes', async () => {
    const r = await askQuestion(offline(), 'a', '浙江的买家买什么？');
    if (r.status !== 'answered') throw new Error(r.status);
    expect(r.answer.rows).toEqual([{ key: '收纳箱', value: 6 }]);
    expect(r.answer.query.filters).toEqual({ region: '浙江' });
  });

  it('refuses a question naming another merchant, and does not guess at one it cannot read', async () => {
    expect((await askQuestion(offline(), 'a', 'B 厂上个月卖了多少钱？')).status).toBe('refused');
    expect((await askQuestion(offline(), 'a', '其他商家哪个款最赚钱？')).status).toBe('refused');
    const unknown = await askQuestion(offline(), 'a', '明天会下雨吗？');
    expect(unknown.status).toBe('unknown');
    if (unknown.status === 'unknown') expect(unknown.suggestions).toContain('上个月哪个款最赚钱？');
  });

  it('uses the model’s query when it is valid, and falls back to the rules when it is not', async () => {
    const model = { store, llm: openAiCompatibleProvider({ url: llm.url, model: 'test-model', timeoutMs: 2_000 }) };
    llm.setReply((_req, res) => sendJson(res, 200, completion('```json\n{"measure":"revenue","dimensions":["region"],"period":"all","limit":5,"order":"desc"}\n```')));
    const byModel = await askQuestion(model, 'a', '钱都是从哪儿来的？');
    if (byModel.status !== 'answered') throw new Error(byModel.status);
    expect(byModel.source).toBe('model');
    expect(byModel.answer.rows).toEqual([{ key: '广东', value: 300 }, { key: '浙江', value: 300 }]);
    expect(llm.requests.at(-1)!.body.messages![1].content).toBe('钱都是从哪儿来的？');

    // SQL, an extra merchant field or prose: refused by the schema, and the rules answer instead.
    for (const reply of ['SELECT * FROM sales_order', '{"measure":"revenue","dimensions":[],"period":"all","merchantId":"b"}', '我觉得是浙江']) {
      llm.setReply((_req, res) => sendJson(res, 200, completion(reply)));
      const r = await askQuestion(model, 'a', '一共卖了多少钱？');
      if (r.status !== 'answered') throw new Error(r.status);
      expect([r.source, r.answer.total]).toEqual(['rules', 600]);
    }
    llm.setReply((_req, res) => sendJson(res, 500, '{}'));
    expect((await askQuestion(model, 'a', '一共卖了多少钱？')).status).toBe('answered');
  });
});
