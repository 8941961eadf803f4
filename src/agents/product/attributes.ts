import type { Product } from '../../domain/types.js';

/**
 * What buyers need to see before they buy, per category: a listing missing one of these draws
 * questions, returns and "与描述不符" reviews. Alternatives are separated by "|" (either counts).
 * Toys for under-14s need CCC (3C) certification by law, so 3C认证 is required there.
 */
export const REQUIRED_ATTRIBUTES: Record<string, string[]> = {
  收纳箱: ['材质', '容量|尺寸|层数', '颜色'],
  收纳盒: ['材质', '尺寸|层数', '颜色'],
  露营车: ['材质', '承重', '折叠尺寸|尺寸'],
  文具: ['规格|尺寸', '颜色', '数量|件数'],
  笔: ['笔尖|规格', '颜色', '数量|支数'],
  玩具: ['适用年龄', '材质', '3C认证'],
};
/** Any other category: material and size are what every physical product is asked about first. */
const DEFAULT_REQUIRED = ['材质', '尺寸|规格|容量'];

export interface AttributeCheck {
  /** Required attributes the product has, by the key found. */
  present: { key: string; value: string }[];
  /** Required attributes with no value; each entry lists the accepted keys. */
  missing: string[];
  /** Numbers with units in the name that no attribute states, e.g. name says 60L, 容量 says 55L. */
  conflicts: { inName: string; attributes: string[] }[];
}

export function requiredAttributes(category: string): string[] {
  const exact = REQUIRED_ATTRIBUTES[category];
  if (exact) return exact;
  const partial = Object.keys(REQUIRED_ATTRIBUTES).find((c) => category.includes(c));
  return partial ? REQUIRED_ATTRIBUTES[partial] : DEFAULT_REQUIRED;
}

const MEASURE = /\d+(?:\.\d+)?\s*(?:l|升|ml|kg|g|cm|mm|米|个|层|支|件)/gi;

const measures = (text: string) => (text.match(MEASURE) ?? []).map((m) => m.replace(/\s+/g, '').toLowerCase());

export function checkAttributes(product: Pick<Product, 'name' | 'category' | 'attributes'>): AttributeCheck {
  const present: AttributeCheck['present'] = [];
  const missing: string[] = [];
  for (const spec of requiredAttributes(product.category)) {
    const key = spec.split('|').find((k) => (product.attributes[k] ?? '').trim() !== '');
    if (key) present.push({ key, value: product.attributes[key].trim() });
    else missing.push(spec);
  }
  const stated = Object.values(product.attributes).flatMap(measures);
  const conflicts = measures(product.name)
    .filter((m) => !stated.includes(m) && stated.some((s) => unitOf(s) === unitOf(m)))
    .map((inName) => ({ inName, attributes: stated.filter((s) => unitOf(s) === unitOf(inName)) }));
  return { present, missing, conflicts };
}

const unitOf = (measure: string) => measure.replace(/[\d.]/g, '');
