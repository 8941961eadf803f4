/**
 * The decision chain as links that carry data: pain point → product idea → launch risk (and a selling product → launch risk). Each link names where it
 * came from (`from`, `fromName`) so the next page can say so, and carries only values that are known, never a
 * placeholder like "undefined".
 */

/** Where a page was opened from, as its link said. */
export interface ChainOrigin {
  from: 'painpoint' | 'idea' | 'trend' | 'product';
  name: string;
}

const query = (values: Record<string, string | number | null | undefined>) =>
  new URLSearchParams(Object.entries(values).flatMap(([k, v]) => (v === undefined || v === null || v === '' ? [] : [[k, String(v)]]))).toString();

/** 做成新款想法: the idea form opens with the pain point as what the idea fixes. */
export const ideaFromPainPoint = (p: { group: string; label: string }) =>
  `/opportunities?${query({ fixes: p.group, from: 'painpoint', fromName: p.label })}#idea`;

/** 测算开模风险: the calculator opens with the idea's category, price and unit cost. */
export const launchFromIdea = (idea: { name: string; category: string; price: number; unitCost: number | null }) =>
  `/launch?${query({ category: idea.category, price: idea.price > 0 ? idea.price : undefined, unitCost: idea.unitCost, from: 'idea', fromName: idea.name })}`;

/** 经营分析 → 测算开模风险: a sibling of a selling product, with its category, price and unit cost. */
export const launchFromProduct = (product: { name: string; category: string | null; price: number | null; unitCost: number | null }) =>
  `/launch?${query({ category: product.category, price: product.price !== null && product.price > 0 ? product.price : undefined, unitCost: product.unitCost, from: 'product', fromName: product.name })}`;

/** 看相关的买家痛点: the pain points page opens showing only the ones that mention the rising term. */
export const painPointsOf = (term: string) => `/painpoints?${query({ term, from: 'trend', fromName: term })}`;

/** 先做款式测试: the concept test page opens with a new test named after the idea. */
export const conceptTestOf = (idea: string) => `/concepts?${query({ from: 'idea', fromName: idea })}#new-test`;

/** What the current page's link carried. */
export function readChainLink(search: string): { values: URLSearchParams; origin: ChainOrigin | null } {
  const values = new URLSearchParams(search);
  const from = values.get('from');
  const name = values.get('fromName');
  const origin: ChainOrigin | null = (from === 'painpoint' || from === 'idea' || from === 'trend' || from === 'product') && name ? { from, name } : null;
  return { values, origin };
}

/**
 * Whether a pain point is about a term the trend radar saw rising: its name, its group, how buyers phrase it or the
 * reviews quoted for it contain the term.
 */
export function painPointMentions(
  p: { label: string; group: string; phrasings: { text: string }[]; evidence: { text: string }[] },
  term: string,
): boolean {
  const texts = [p.label, p.group, ...p.phrasings.map((ph) => ph.text), ...p.evidence.map((e) => e.text)];
  return texts.some((text) => text.includes(term) || (text.length >= 2 && term.includes(text)));
}
