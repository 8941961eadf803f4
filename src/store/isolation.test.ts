import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.js';
import { insertDemoRows } from '../demo/load.js';
import { login, createAccount, resolveToken } from '../services/accounts.js';
import { countData } from './accounts.js';
import { listOrders, listReviews } from './merchant-data.js';
import { SHOPS_A_AND_B, useFreshStore } from './test-hooks.js';
import { storesUnderTest } from './testing.js';

describe.each(storesUnderTest())('store on $name', (under) => {
  const store = useFreshStore(under, {
    merchants: SHOPS_A_AND_B,
    seed: async (store) => {
      const rows = generateDemo('a');
      await insertDemoRows(store, { review: rows.review.slice(0, 50), sales_order: rows.sales_order.slice(0, 10), order_line: rows.order_line.slice(0, 10) });
    },
  });

  it('keeps one merchant from reading another merchant’s rows', async () => {
    expect(await listReviews(store, 'a')).toHaveLength(50);
    expect(await listReviews(store, 'b')).toHaveLength(0);
    expect((await countData(store, 'b')).reviews).toBe(0);
    expect(await listOrders(store, 'b')).toHaveLength(0);
    const orders = await listOrders(store, 'a');
    expect(orders).toHaveLength(10);
    expect(orders[0].lines[0].quantity).toBeGreaterThan(0);
  });

  it('skips rows that are already there, so a repeated load adds nothing twice', async () => {
    const again = generateDemo('a').review.slice(0, 60);
    expect(await store.insertMany('review', again, ['merchant_id', 'id'])).toBe(10);
    expect((await countData(store, 'a')).reviews).toBe(60);
  });

  it('rolls back everything a failed transaction wrote', async () => {
    const before = (await countData(store, 'b')).reviews;
    const rows = generateDemo('b').review.slice(0, 5);
    await expect(
      store.transaction(async (tx) => {
        await tx.insertMany('review', rows, ['merchant_id', 'id']);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect((await countData(store, 'b')).reviews).toBe(before);
  });

  it('signs in with the right password only and resolves the session to its merchant', async () => {
    await createAccount(store, 'b', { email: 'Boss@B.cn', password: 'correct horse' });
    expect(await login(store, 'boss@b.cn', 'wrong')).toBeUndefined();
    const session = await login(store, 'boss@b.cn', 'correct horse');
    expect(session?.merchantId).toBe('b');
    expect((await resolveToken(store, session!.token))?.merchantId).toBe('b');
    expect(await resolveToken(store, `${session!.token}x`)).toBeUndefined();
  });
});
