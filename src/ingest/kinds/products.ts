import { z } from 'zod';
import { cells } from '../fields.js';
import { defineKind } from '../kind.js';
import { canonicalPlatform } from '../platforms.js';
import { PLATFORM_HEADERS } from './synonyms.js';

/** Category for rows that give none; products still count, and the merchant can sort them later. */
export const UNCATEGORIZED = '未分类';

const OWNER_WORDS: Record<string, 'own' | 'competitor'> = {
  own: 'own', 自有: 'own', 我方: 'own', 本店: 'own', 自营: 'own',
  competitor: 'competitor', 竞品: 'competitor', 竞店: 'competitor', 对手: 'competitor',
};

const owner = z
  .unknown()
  .transform((value, ctx): 'own' | 'competitor' | null => {
    if (value === null || value === undefined || String(value).trim() === '') return null;
    const word = OWNER_WORDS[String(value).trim().toLowerCase()];
    if (word) return word;
    ctx.addIssue({ code: 'custom', message: 'notOwner', params: { value: String(value) } });
    return z.NEVER;
  });

/**
 * The merchant's listings and the competitors' they watch. Columns no field claims (颜色, 材质,
 * 容量 …) become attributes, since every factory describes its goods differently.
 */
export const products = defineKind({
  kind: 'products',
  keepsExtras: true,
  fields: [
    { name: 'id', synonyms: ['商品ID', '宝贝ID', '商品编号', '产品ID', '产品编号', 'product id', 'item id', 'id'] },
    { name: 'sku', synonyms: ['SKU', 'SKU编码', '商家编码', '货号', '款号', '商品编码', 'sku id', 'article number'] },
    { name: 'name', synonyms: ['商品名称', '宝贝名称', '商品标题', '宝贝标题', '产品名称', '名称', '商品', '产品', 'product name', 'title', 'name', 'product'], required: true },
    { name: 'category', synonyms: ['类目', '品类', '分类', '商品类目', '产品类别', 'category', 'cat', 'type'] },
    { name: 'price', synonyms: ['价格', '售价', '单价', '一口价', '零售价', 'price', 'sale price'] },
    { name: 'unitCost', synonyms: ['成本', '成本价', '进价', '采购价', '单位成本', 'unit cost', 'cost'] },
    { name: 'brand', synonyms: ['品牌', '店铺', '店铺名称', 'brand', 'shop', 'store'] },
    { name: 'platform', synonyms: PLATFORM_HEADERS },
    { name: 'owner', synonyms: ['归属', '自有/竞品', '类型', 'owner'] },
  ],
  row: z
    .object({
      id: cells.optionalId,
      sku: cells.optionalId,
      name: cells.text,
      category: cells.optionalText,
      price: cells.optionalMoney,
      unitCost: cells.optionalMoney,
      brand: cells.optionalText,
      platform: cells.optionalText,
      owner,
    })
    .refine((p) => p.id !== null || p.sku !== null, { message: 'needsIdOrSku', path: ['id'] }),
  keyOf: (p) => p.id,
  dates: [],
  start: ({ merchantId, defaults }) => ({ value: p, extras }) => {
    const id = (p.id ?? p.sku) as string;
    return {
      merchantId,
      id,
      sku: p.sku ?? id,
      name: p.name,
      category: p.category ?? UNCATEGORIZED,
      price: p.price,
      unitCost: p.unitCost,
      attributes: extras,
      owner: p.owner ?? defaults.owner ?? 'own',
      brand: p.brand,
      platform: p.platform === null && !defaults.platform ? null : canonicalPlatform(p.platform ?? defaults.platform),
    };
  },
});
