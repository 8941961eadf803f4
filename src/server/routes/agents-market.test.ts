import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../demo/generate.js';
import { insertDemoRows } from '../../demo/load.js';
import { storesUnderTest } from '../../store/testing.js';
import { useTestApi } from '../testing.js';

// The jobs the customers and markets pages hand to the digital employees: win a buyer back, plan one market's campaigns.
describe.each(storesUnderTest())('agents asked from the customers and markets pages on $name', (under) => {
  const { product, sales_order, order_line } = generateDemo('a');
  const api = useTestApi(under, ['a', 'b'], { seed: (store) => insertDemoRows(store, { product, sales_order, order_line }) });

  it('交给客服: drafts a message for a lapsing buyer from their own orders, for the owner to send', async () => {
    const buyerId = String(sales_order[0].buyer_id);
    const orders = sales_order.filter((o) => o.buyer_id === buyerId);
    const res = await api.as('a').post('/api/agents/service/winBack', { buyerId });
    expect(res.status).toBe(201);
    const task = await res.json();
    expect(task).toMatchObject({ role: 'service', task: 'winBack', outcome: 'needs_human' });
    expect(task.output).toMatchObject({ kind: 'winBack', buyerId, orders: orders.length });
    expect(task.output.answer).toContain('好久不见');
    expect((await api.as('b').post('/api/agents/service/winBack', { buyerId })).status).toBe(404);
  });

  it('plans campaigns from one channel’s orders only when the markets page asks for that channel', async () => {
    const channels = [...new Set(sales_order.map((o) => o.channel as string | null).filter((c): c is string => !!c))];
    expect(channels.length).toBeGreaterThan(1);
    const task = await (await api.as('a').post('/api/agents/campaign/campaigns', { channel: channels[0] })).json();
    expect(task.output.scope).toEqual({ channel: channels[0] });
    expect(task.output.campaigns.length).toBeGreaterThan(0);
    for (const c of task.output.campaigns) expect(c.platform).toBe(channels[0]);
    const everywhere = await (await api.as('a').post('/api/agents/campaign/campaigns', {})).json();
    expect(everywhere.output.campaigns.length).toBeGreaterThanOrEqual(task.output.campaigns.length);
  });
});
