import { describe, expect, it } from 'vitest';
import { ideaFromPainPoint, launchFromIdea, launchFromProduct, painPointMentions, painPointsOf, readChainLink } from './chain.js';

describe('decision chain links', () => {
  it('carries a pain point into the idea form and says where it came from', () => {
    const link = ideaFromPainPoint({ group: '拉杆', label: '拉杆 太短' });
    expect(link.startsWith('/opportunities?')).toBe(true);
    const { values, origin } = readChainLink(link.slice(link.indexOf('?'), link.indexOf('#')));
    expect(values.get('fixes')).toBe('拉杆');
    expect(origin).toEqual({ from: 'painpoint', name: '拉杆 太短' });
  });

  it('carries an idea’s price and cost to the launch calculator, leaving out what is unknown', () => {
    const link = launchFromIdea({ name: '折叠露营车', category: '露营车', price: 299, unitCost: null });
    const { values, origin } = readChainLink(link.slice(link.indexOf('?')));
    expect(values.get('price')).toBe('299');
    expect(values.has('unitCost')).toBe(false);
    expect(link).not.toContain('undefined');
    expect(origin).toEqual({ from: 'idea', name: '折叠露营车' });
    expect(readChainLink('?from=elsewhere&fromName=x').origin).toBeNull();
  });

  it('opens the pain points behind a rising trend term, and only those that mention it', () => {
    const { values, origin } = readChainLink(painPointsOf('轮子').slice('/painpoints'.length));
    expect(values.get('term')).toBe('轮子');
    expect(origin).toEqual({ from: 'trend', name: '轮子' });
    const wheel = { label: '轮子 太响', group: '轮子', phrasings: [{ text: '轮子响' }], evidence: [{ text: '拉起来轮子咔咔响' }] };
    const handle = { label: '拉杆 太短', group: '拉杆', phrasings: [{ text: '拉杆短' }], evidence: [{ text: '拉杆只到腰' }] };
    expect(painPointMentions(wheel, '轮子')).toBe(true);
    expect(painPointMentions(handle, '轮子')).toBe(false);
    // A longer rising phrase still finds the pain point named inside it.
    expect(painPointMentions(handle, '拉杆太短了')).toBe(true);
  });
});

describe('profit analysis links', () => {
  it('carries a selling product’s price and cost to the launch calculator and names it as the origin', () => {
    const link = launchFromProduct({ name: '加厚收纳箱', category: '收纳箱', price: 39, unitCost: 12.5 });
    const { values, origin } = readChainLink(link.slice(link.indexOf('?')));
    expect([values.get('category'), values.get('price'), values.get('unitCost')]).toEqual(['收纳箱', '39', '12.5']);
    expect(origin).toEqual({ from: 'product', name: '加厚收纳箱' });
    expect(launchFromProduct({ name: '无价', category: null, price: null, unitCost: null })).not.toMatch(/category|price|unitCost/);
  });
});
