import { describe, expect, it, vi } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { cli, useDemoShop } from '../testing.js';

// `kaikuan customers` and `kaikuan markets` end to end through the CLI, on the demo shop in a fresh database.
describe('kaikuan customers / markets', () => {
  useDemoShop();

  it('prints the customer report as JSON for the demo shop', async () => {
    const { code, out } = await cli('customers', '--merchant', 'demo', '--top', '3', '--json');
    expect(code).toBe(0);
    const { report } = JSON.parse(out);
    expect(report.buyers).toBe(new Set(generateDemo('demo').sales_order.map((o) => o.buyer_id)).size);
    expect(report.topBuyers).toHaveLength(3);
  });

  it('prints segments, the model and actions for a person, in Chinese unless KAIKUAN_LANG=en', async () => {
    const zh = await cli('customers', '--merchant', 'demo');
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/^demo：买家 \d+ 人，订单 \d+ 笔，截至 /);
    expect(zh.out).toMatch(/RFM 分群\n  (忠诚客户|核心客户|有流失风险) +\d+ 人 +¥\d+  距上次下单平均 \d+ 天\n/);
    expect(zh.out).toMatch(/终身价值模型（按周）：BG\/NBD r=/);
    expect(zh.out).toMatch(/未来 \d+ 周怎么做\n  维护 +\d+ 人  预计价值 ¥\d+/);
    vi.stubEnv('KAIKUAN_LANG', 'en');
    const en = await cli('customers', '--merchant', 'demo');
    vi.stubEnv('KAIKUAN_LANG', '');
    expect(en.out).toMatch(/^demo: \d+ buyers, \d+ orders, as of /);
    expect(en.out).toMatch(/RFM segments\n  (loyal|champions|at risk) +\d+ buyers +¥\d+  \d+ days since last order\n/);
    expect(en.out).toMatch(/Actions over the next \d+ weeks\n  keep +\d+ buyers  expected ¥\d+/);
    expect(en.out).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('ranks markets in every dimension', async () => {
    const { code, out } = await cli('markets', '--merchant', 'demo', '--json');
    expect(code).toBe(0);
    const dimensions = new Set(JSON.parse(out).report.rankings.map((r: { dimension: string }) => r.dimension));
    expect(dimensions).toEqual(new Set(['region', 'channel', 'category']));
  });

  it('fails with a code for an unknown merchant or a bad option', async () => {
    const unknown = await cli('markets', '--merchant', 'nobody', '--json');
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.out).error.code).toBe('not_found');
    const bad = await cli('customers', '--merchant', 'demo', '--horizon=-3', '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out).error).toMatchObject({ key: 'option_whole_number', message: '--horizon 要填正整数' });
  });
});
