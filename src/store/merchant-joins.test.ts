import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every join and every subquery in src/store ties the two sides by merchant_id, so each query stays
 * inside one merchant: on Citus (tables distributed by merchant_id, see DEVELOPERS.md) each becomes a
 * single-shard query, and no query can ever pair one merchant's rows with another's.
 */

const STORE_DIR = new URL('.', import.meta.url).pathname;

/** The text of the call whose opening parenthesis is at `open`, up to its matching close. */
function callText(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

/** Kysely joins (`.innerJoin('t', (j) => j.onRef(…))`) and raw SQL templates that read another table. */
function crossMerchantSuspects(source: string): string[] {
  const suspects: string[] = [];
  for (const match of source.matchAll(/\.(inner|left|right|full|cross)Join\(/g)) {
    const call = callText(source, match.index + match[0].length - 1);
    // Both sides' merchant_id in the join condition: `onRef('a.merchant_id', '=', 'b.merchant_id')`.
    if (!/onRef\(\s*'[\w.]*merchant_id',\s*'=',\s*'[\w.]*merchant_id'\s*\)/.test(call)) suspects.push(call.slice(0, 160));
  }
  for (const match of source.matchAll(/sql(<[^`]*?>)?`([^`]*)`/g)) {
    const text = match[2];
    if (/\b(from|join)\s+\w+/i.test(text) && !/merchant_id\s*=/.test(text)) suspects.push(text.slice(0, 160));
  }
  return suspects;
}

describe('queries stay inside one merchant', () => {
  it('finds a join or subquery that does not tie merchant_id (the check can fail)', () => {
    expect(crossMerchantSuspects(`db.selectFrom('review as r').innerJoin('product as p', (j) => j.onRef('p.id', '=', 'r.product_id'))`)).toHaveLength(1);
    expect(crossMerchantSuspects('const x = sql`(select min(ordered_at) from sales_order o where o.buyer_id = buyer.id)`;')).toHaveLength(1);
    expect(crossMerchantSuspects(`db.selectFrom('review as r').innerJoin('product as p', (j) => j.onRef('p.merchant_id', '=', 'r.merchant_id').onRef('p.id', '=', 'r.product_id'))`)).toEqual([]);
  });

  it('holds in every query file of src/store', () => {
    const files = readdirSync(STORE_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => crossMerchantSuspects(readFileSync(join(STORE_DIR, f), 'utf8')).map((s) => `${f}: ${s}`));
    expect(found).toEqual([]);
  });
});
