import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, useDemoShop } from '../testing.js';

// `kaikuan launch`, `opportunities` and `concepts` end to end through the CLI, on the demo shop in a fresh database.
const storageBox = ['--mould', '300000', '--lead-days', '45', '--moq', '5000', '--first-order', '20000', '--unit-cost', '12', '--price', '49',
  '--fee-rate', '0.08', '--fee-per-unit', '5', '--weeks', '26', '--start', '2026-03-01'];

describe('kaikuan launch / opportunities / concepts', () => {
  const dir = useDemoShop();

  it('gives the exact profit and payback of a known demand', async () => {
    // bounded-arguments: storageBox is a fixed list of flags
    const { code, out } = await cli('launch', ...storageBox, '--demand', '18000', '--draws', '200', '--json');
    expect(code).toBe(0);
    const risk = JSON.parse(out);
    expect(risk.expectedProfit).toBeCloseTo(18_000 * (49 * 0.92 - 5) - 20_000 * 12 - 300_000, 6);
    expect(risk.breakEvenUnits).toBeCloseTo((300_000 + 20_000 * 12) / (49 * 0.92 - 5), 9);
  });

  it('reads the plan from a file and lets flags override it, and names a missing field', async () => {
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify({ mouldCost: 1, leadTimeDays: 0, minimumOrder: 10, unitCost: 1, price: 3, sellingWeeks: 4, demand: { kind: 'fixed', units: 10 }, startDate: '2026-01-01' }));
    const { out } = await cli('launch', '--plan', file, '--mould', '5', '--draws', '100', '--json');
    expect(JSON.parse(out).expectedProfit).toBeCloseTo(10 * 3 - 10 * 1 - 5, 9);
    const bad = await cli('launch', '--mould', '5', '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out).error.details.map((d: { field: string }) => d.field)).toContain('unitCost');
  });

  it('uses the demo’s own first seasons as demand and says so in plain words', async () => {
    // bounded-arguments: storageBox is a fixed list of flags
    const { code, out } = await cli('launch', ...storageBox, '--weeks', '8', '--similar', '收纳箱', '--moq', '200', '--first-order', '200', '--mould', '2000');
    expect(code).toBe(0);
    expect(out).toMatch(/亏损概率\s+\d+\.\d%/);
    expect(out).toMatch(/（模拟了 [\d,]+ 个销售季，随机种子 \d+）/);
    expect(out).toMatch(/需求来自\s+\d+ 个相似商品的首季销量：/);
  });

  it('scores the demo categories and an idea that fixes the cart handle', async () => {
    const categories = JSON.parse((await cli('opportunities', '--json')).out);
    expect(categories.opportunities.map((o: { idea: { category: string } }) => o.idea.category).sort()).toEqual(['收纳箱', '露营车']);
    const idea = JSON.parse((await cli('opportunities', '--idea', '可调拉杆露营车', '--category', '露营车', '--fixes', '拉杆', '--price', '299', '--unit-cost', '150', '--json')).out);
    const relief = idea.opportunities[0].factors.find((f: { key: string }) => f.key === 'painRelief');
    expect(relief.evidence.some((e: { text: string }) => e.text.includes('拉杆'))).toBe(true);
    // For a person, each figure and gap is named in words, not by its key.
    const shown = (await cli('opportunities')).out;
    expect(shown).toContain('近 8 周平均每周搜索量');
    expect(shown).not.toMatch(/searches\/week|netPerUnit|unitCost|qValue/);
    expect((await cli('opportunities', '--weight', 'luck=1')).code).toBe(2);
  });

  it('runs a concept test from creation to a stop call', async () => {
    const created = JSON.parse((await cli('concepts', 'new', '--name', '收纳盒颜色', '--variants', '奶白,雾蓝', '--json')).out);
    expect(created.verdict.stop).toBe(false);
    await cli('concepts', 'record', created.id, '--variant', '奶白', '--views', '2000', '--asked', '300', '--yes', '120', '--comment', '好看，求链接');
    const shown = JSON.parse((await cli('concepts', 'record', created.id, '--variant', '雾蓝', '--views', '2000', '--asked', '300', '--yes', '45', '--json')).out);
    expect(shown.verdict.decidedBy).toBe('intent');
    expect(shown.verdict.leader).toBe('奶白');
    expect(shown.verdict.stop).toBe(true);
    expect(shown.verdict.variants.find((v: { name: string }) => v.name === '奶白').rates.buyingComment.successes).toBe(1);
    expect((await cli('concepts', 'show', 'nope')).code).toBe(1);
  });
});
