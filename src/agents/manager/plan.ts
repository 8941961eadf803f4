import type { PainPoint } from '../../painpoints/types.js';
import type { Product } from '../../domain/types.js';
import type { RisingItem } from '../../domain/trends.js';
import { addDays, type EventWindow } from '../campaign/calendar.js';
import { SIGNUP_CLOSES_DAYS_BEFORE } from '../campaign/advice.js';
import { checkAttributes } from '../product/attributes.js';
import { productForTerm } from '../product-match.js';
import type { AgentRole } from '../../domain/agent-roles.js';

/** A complaint this common among a product's reviews is worth a listing change this week. */
export const PAIN_SHARE_WORTH_FIXING = 0.05;
/** A complaint growing this fast (+50 %) jumps the queue even when still rare. */
export const PAIN_GROWTH_URGENT = 0.5;
/** Rising items the radar is less sure of than this (BH q-value) are not worth a task. */
export const RISING_Q_MAX = 0.1;
/** Search growth that makes keywords worth a look, the same bar the promotion specialist uses. */
export const KEYWORD_GROWTH_WORTH_A_LOOK = 0.2;
/** A sign-up closing within a week is urgent. */
const URGENT_SIGNUP_DAYS = 7;

export type Priority = 1 | 2 | 3;

export interface Assignment {
  role: Exclude<AgentRole, 'manager'>;
  task: string;
  input: Record<string, string>;
  priority: Priority;
  reason: string;
}

export interface WeeklyPlan {
  /** Monday of the planned week (ISO date). */
  weekOf: string;
  assignments: Assignment[];
  /** Things only the owner can do, e.g. answer buyers the service specialist handed over. */
  forOwner: string[];
}

export interface ManagerInputs {
  today: string;
  products: Pick<Product, 'id' | 'name' | 'category' | 'attributes'>[];
  /** Ranked pain points per own product. */
  painPoints: { productId: string; painPoints: Pick<PainPoint, 'label' | 'share' | 'growth' | 'reviews'>[] }[];
  /** From the trend radar and the keyword volumes. */
  rising: Pick<RisingItem, 'kind' | 'key' | 'growth' | 'qValue'>[];
  upcomingEvents: EventWindow[];
  activeAdCampaigns: number;
  questionsWaiting: number;
}

export function mondayOf(isoDay: string): string {
  const weekday = (new Date(isoDay.slice(0, 10)).getUTCDay() + 6) % 7;
  return addDays(isoDay, -weekday);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Plans the week: which specialist does what, most urgent first, each with the reason from the data. */
export function planWeek(inputs: ManagerInputs): WeeklyPlan {
  const assignments: Assignment[] = [
    ...listingAssignments(inputs),
    ...promotionAssignments(inputs),
    ...campaignAssignments(inputs),
  ].sort((a, b) => a.priority - b.priority);
  const forOwner = inputs.questionsWaiting > 0 ? [`${inputs.questionsWaiting} 个买家问题客服答不了，等你回复`] : [];
  return { weekOf: mondayOf(inputs.today), assignments, forOwner };
}

function listingAssignments({ products, painPoints }: ManagerInputs): Assignment[] {
  return products.flatMap((product): Assignment[] => {
    const reasons: string[] = [];
    let priority: Priority = 3;
    const top = painPoints.find((p) => p.productId === product.id)?.painPoints[0];
    if (top && (top.share >= PAIN_SHARE_WORTH_FIXING || top.growth >= PAIN_GROWTH_URGENT)) {
      priority = top.growth >= PAIN_GROWTH_URGENT ? 1 : 2;
      reasons.push(`差评点「${top.label}」占评价${pct(top.share)}${top.growth > 0 ? `，近期增长${pct(top.growth)}` : ''}`);
    }
    const check = checkAttributes(product);
    if (check.missing.length > 0 || check.conflicts.length > 0) {
      priority = Math.min(priority, 2) as Priority;
      if (check.missing.length > 0) reasons.push(`缺少属性：${check.missing.map((m) => m.split('|')[0]).join('、')}`);
      if (check.conflicts.length > 0) reasons.push('商品名和属性里的规格不一致');
    }
    if (reasons.length === 0) return [];
    return [{ role: 'product', task: 'listing', input: { productId: product.id }, priority, reason: `${product.name}：${reasons.join('；')}` }];
  });
}

function promotionAssignments({ rising, products, activeAdCampaigns }: ManagerInputs): Assignment[] {
  const keywords = rising
    .filter((r) => (r.kind === 'keyword' || r.kind === 'term') && r.qValue <= RISING_Q_MAX && r.growth >= KEYWORD_GROWTH_WORTH_A_LOOK)
    .filter((r) => productForTerm(r.key, products) !== undefined)
    .sort((a, b) => b.growth - a.growth);
  if (keywords.length > 0) {
    const named = keywords.slice(0, 3).map((k) => `「${k.key}」+${pct(k.growth)}`).join('、');
    return [{ role: 'promotion', task: 'keywords', input: {}, priority: 2, reason: `搜索词在涨：${named}` }];
  }
  return activeAdCampaigns > 0
    ? [{ role: 'promotion', task: 'keywords', input: {}, priority: 3, reason: `${activeAdCampaigns} 个推广计划在跑：每周检查出价和预算` }]
    : [];
}

function campaignAssignments({ upcomingEvents, today }: ManagerInputs): Assignment[] {
  const open = upcomingEvents
    .map((w) => ({ w, closes: addDays(w.startsOn, -SIGNUP_CLOSES_DAYS_BEFORE) }))
    .filter(({ closes }) => closes >= today.slice(0, 10));
  if (open.length === 0) return [];
  const soonest = open[0].closes;
  const urgent = soonest <= addDays(today, URGENT_SIGNUP_DAYS);
  return [{
    role: 'campaign',
    task: 'campaigns',
    input: {},
    priority: urgent ? 1 : 2,
    reason: `平台活动：${open.map(({ w, closes }) => `${w.event.name}（${closes}截止报名）`).join('、')}`,
  }];
}
