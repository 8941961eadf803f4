import { describe, expect, it } from 'vitest';
import { upcomingEvents } from '../campaign/calendar.js';
import { mondayOf, planWeek, type ManagerInputs } from './plan.js';

const trolley = { id: 'P-TROLLEY', name: '户外折叠露营手拉车', category: '露营车', attributes: { 材质: '牛津布', 承重: '150kg', 折叠尺寸: '80x20x18cm' } };
const box = { id: 'P-BOX-L', name: '加厚透明收纳箱 60L', category: '收纳箱', attributes: { 材质: 'PP', 容量: '60L' } };

const inputs = (over: Partial<ManagerInputs> = {}): ManagerInputs => ({
  today: '2026-11-20',
  products: [trolley, box],
  painPoints: [
    { productId: 'P-TROLLEY', painPoints: [{ label: '拉杆 角度不能调', share: 0.12, growth: 1.4, reviews: 40 }] },
    { productId: 'P-BOX-L', painPoints: [{ label: '盖子 太紧', share: 0.03, growth: 0.1, reviews: 9 }] },
  ],
  rising: [
    { kind: 'keyword', key: '可调节拉杆露营车', growth: 0.8, qValue: 0.01 },
    { kind: 'keyword', key: '猫砂盆', growth: 3, qValue: 0.001 },
    { kind: 'term', key: '衣柜收纳', growth: 0.5, qValue: 0.4 },
  ],
  upcomingEvents: upcomingEvents('2026-11-20', 60),
  activeAdCampaigns: 1,
  questionsWaiting: 0,
  ...over,
});

describe('store manager weekly plan', () => {
  it('starts the week on Monday', () => {
    expect(mondayOf('2026-11-20')).toBe('2026-11-16');
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
  });

  it('assigns each specialist the work the data calls for, urgent first, with reasons', () => {
    const plan = planWeek(inputs());
    expect(plan.assignments.map((a) => [a.role, a.task, a.input.productId ?? '', a.priority])).toEqual([
      ['product', 'listing', 'P-TROLLEY', 1],
      ['campaign', 'campaigns', '', 1],
      ['product', 'listing', 'P-BOX-L', 2],
      ['promotion', 'keywords', '', 2],
    ]);
    expect(plan.assignments[0].reason).toBe('户外折叠露营手拉车：差评点「拉杆 角度不能调」占评价12%，近期增长140%');
    // The box's complaint is rare and flat; it gets a task because 颜色 is missing.
    expect(plan.assignments[2].reason).toBe('加厚透明收纳箱 60L：缺少属性：颜色');
    // 猫砂盆 rises fastest but the shop sells none; 衣柜收纳 is not significant.
    expect(plan.assignments[3].reason).toBe('搜索词在涨：「可调节拉杆露营车」+80%');
    expect(plan.assignments[1].reason).toBe('平台活动：双12（2026-11-26截止报名）、年货节（2026-12-31截止报名）');
  });

  it('falls back to a weekly budget check, and hands the owner the questions waiting', () => {
    const plan = planWeek(inputs({ rising: [], painPoints: [], products: [trolley], upcomingEvents: [], questionsWaiting: 3 }));
    expect(plan.assignments).toEqual([{ role: 'promotion', task: 'keywords', input: {}, priority: 3, reason: '1 个推广计划在跑：每周检查出价和预算' }]);
    expect(plan.forOwner).toEqual(['3 个买家问题客服答不了，等你回复']);
  });
});
