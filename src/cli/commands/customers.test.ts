import { describe, expect, it } from 'vitest';
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

  it('prints segments, the model and actions for a person', async () => {
    const { code, out } = await cli('customers', '--merchant', 'demo');
    expect(code).toBe(0);
    expect(out).toMatch(/RFM segments/);
    expect(out).toMatch(/BG\/NBD r=/);
    expect(out).toMatch(/keep\s+\d+ buyers/);
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
    const bad = await cli('customers', '--merchant', 'demo', '--horizon', '-3', '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out).error.message).toContain('--horizon');
  });
});
