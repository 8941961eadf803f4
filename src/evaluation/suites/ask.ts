import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { DEMO_MERCHANT } from '../../demo/catalogue.js';
import { generateDemo } from '../../demo/generate.js';
import { insertDemoRows } from '../../demo/load.js';
import { offlineProvider } from '../../llm/offline.js';
import { maxOf, minOf } from '../../math/summary.js';
import { monthsBefore } from '../../profit/months.js';
import { askQuestion, type AskResult } from '../../services/ask.js';
import { createMerchant } from '../../store/accounts.js';
import { openStore, type Store } from '../../store/store.js';
import { ASK_EVAL_CASES, RIVAL_MERCHANT, type AskEvalCase, type EvalMeasure, type EvalSplit } from '../ask-questions.js';
import type { EvalSuite } from '../suite.js';

/**
 * Ask in Chinese on the demo shop: each of the 40 questions is asked offline (rules) and its answer checked
 * against a figure this file computes with its own SQL. The demo sells without refunds, so every 20th order
 * is marked refunded (with a reason) and every 29th cancelled here, giving the return questions something to find.
 */
const REASONS = ['轮子坏了', '盖子裂了', '尺寸不对'];
/** Money answers agree to within half a percent (and a fen): rounding, not a different figure. */
const TOLERANCE = 0.005;

async function seedDemoShop(store: Store) {
  await createMerchant(store, DEMO_MERCHANT);
  await createMerchant(store, RIVAL_MERCHANT);
  const demo = generateDemo(DEMO_MERCHANT.id);
  const orders = demo.sales_order.map((o, i) => {
    if (i % 20 === 0) return { ...o, status: 'refunded', refund_amount: o.total_amount, return_reason: REASONS[(i / 20) % REASONS.length] };
    return { ...o, status: i % 29 === 0 ? 'cancelled' : 'paid', refund_amount: 0, return_reason: null };
  });
  await insertDemoRows(store, { product: demo.product, buyer: demo.buyer, sales_order: orders, order_line: demo.order_line });
}

const MEASURE_SQL: Record<EvalMeasure, ReturnType<typeof sql<number>>> = {
  revenue: sql<number>`sum(l.amount)`,
  units: sql<number>`sum(l.quantity)`,
  grossProfit: sql<number>`sum(l.amount - l.quantity * p.unit_cost)`,
  orders: sql<number>`count(distinct o.id)`,
  buyers: sql<number>`count(distinct o.buyer_id)`,
  refunds: sql<number>`sum(o.refund_amount)`,
  returnedOrders: sql<number>`count(distinct o.id)`,
  averageOrderValue: sql<number>`sum(l.amount) * 1.0 / count(distinct o.id)`,
};
const SPLIT_SQL: Record<EvalSplit, ReturnType<typeof sql<string>>> = {
  product: sql<string>`p.name`, category: sql<string>`p.category`, region: sql<string>`o.region`,
  channel: sql<string>`o.channel`, month: sql<string>`substr(o.ordered_at, 1, 7)`, reason: sql<string>`o.return_reason`,
};

/** The figure per group (or one total) by plain SQL over the demo shop's stored rows. */
async function expectedFigures(store: Store, c: Exclude<AskEvalCase, { expect: 'refused' | 'unknown' }>, newest: string) {
  const returns = c.measure === 'refunds' || c.measure === 'returnedOrders';
  let q = store.db
    .selectFrom('order_line as l')
    .innerJoin('sales_order as o', (j) => j.onRef('o.merchant_id', '=', 'l.merchant_id').onRef('o.id', '=', 'l.order_id'))
    .innerJoin('product as p', (j) => j.onRef('p.merchant_id', '=', 'l.merchant_id').onRef('p.id', '=', 'l.product_id'))
    .where('l.merchant_id', '=', DEMO_MERCHANT.id)
    .where('o.status', '=', returns ? 'refunded' : 'paid');
  if (c.period) {
    q = q.where(sql<string>`substr(o.ordered_at, 1, 7)`, '>=', monthsBefore(newest, c.period[0])).where(sql<string>`substr(o.ordered_at, 1, 7)`, '<=', monthsBefore(newest, c.period[1]));
  }
  const where = 'where' in c ? c.where : undefined;
  if (where?.region) q = q.where('o.region', '=', where.region);
  if (where?.channel) q = q.where('o.channel', '=', where.channel);
  const split = c.expect === 'total' ? null : c.expect === 'newestMonth' ? SPLIT_SQL.month : SPLIT_SQL[c.by];
  const rows = await (split ? q.select([split.as('k'), MEASURE_SQL[c.measure].as('v')]).groupBy(split) : q.select([sql<string>`''`.as('k'), MEASURE_SQL[c.measure].as('v')])).execute();
  return rows.map((r) => ({ key: String(r.k), value: Number(r.v ?? 0) }));
}

const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.abs(b) + 0.01;

async function isRight(store: Store, c: AskEvalCase, result: AskResult, newest: string): Promise<boolean> {
  if (!('measure' in c)) return result.status === c.expect;
  if (result.status !== 'answered') return false;
  const a = result.answer;
  const figures = await expectedFigures(store, c, newest);
  if (c.expect === 'total') return close(a.total, figures[0]?.value ?? 0);
  if (c.expect === 'newestMonth') {
    const month = a.rows.find((r) => r.key === newest);
    return a.shape === 'chart' && !!month && close(month.value, figures.find((f) => f.key === newest)?.value ?? 0);
  }
  if (a.rows.length === 0 || figures.length === 0) return false;
  // The answer's first row must be a group whose SQL figure is the best (ties allowed) and match it.
  const best = c.expect === 'top' ? maxOf(figures, (f) => f.value) : minOf(figures, (f) => f.value);
  const first = figures.find((f) => f.key === a.rows[0].key);
  return !!first && close(first.value, best) && close(a.rows[0].value, first.value);
}

export const suite: EvalSuite = {
  name: 'ask',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'kaikuan-eval-ask-'));
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'kaikuan.db') });
    try {
      await seedDemoShop(store);
      const newestRow = await store.db.selectFrom('sales_order').select(sql<string>`max(substr(ordered_at, 1, 7))`.as('m')).where('merchant_id', '=', DEMO_MERCHANT.id).executeTakeFirstOrThrow();
      let right = 0;
      let otherMerchant = 0;
      let refused = 0;
      for (const c of ASK_EVAL_CASES) {
        const result = await askQuestion({ store, llm: offlineProvider }, DEMO_MERCHANT.id, c.question);
        if (await isRight(store, c, result, newestRow.m)) right++;
        if (c.expect === 'refused') {
          otherMerchant++;
          if (result.status === 'refused') refused++;
        }
      }
      return {
        'ask.accuracy': right / ASK_EVAL_CASES.length,
        'ask.questions': ASK_EVAL_CASES.length,
        'ask.refusedOtherMerchant': otherMerchant > 0 ? refused / otherMerchant : 0,
      };
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
