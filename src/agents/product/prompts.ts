import type { Prompt } from '../prompt.js';
import type { ListingDraft } from './listing.js';
import type { ListingPainPoint, ListingProduct } from './title.js';

const factsLine = (product: ListingProduct) => Object.entries(product.attributes).map(([k, v]) => `${k}：${v}`).join('；') || '无';

/** Asks for a smoother title; the rules repeat what reviewTitle enforces, so a compliant model passes. */
export function titlePrompt(product: ListingProduct, draft: ListingDraft, painPoints: ListingPainPoint[]): Prompt {
  return {
    system: '你是淘宝、拼多多的资深运营。只输出一个商品标题，不要解释。标题不超过30个汉字；不得使用广告法禁用词（最、第一、国家级、顶级等）；必须保留草稿里的属性值；不得写资料里没有的功能。',
    user: [
      `商品：${product.name}（${product.category}）`,
      `属性：${factsLine(product)}`,
      `上升的搜索词：${draft.title.trendingUsed.join('、') || '无'}`,
      `买家常见抱怨：${painPoints.map((p) => p.label).join('、') || '无'}`,
      `草稿标题：${draft.title.title}`,
      '请在草稿基础上改写成更通顺、更容易被搜到的标题。',
    ].join('\n'),
  };
}

/** Asks for livelier selling points; reviewCopy checks the same rules. */
export function copyPrompt(product: ListingProduct, draft: ListingDraft): Prompt {
  return {
    system: '你是淘宝、拼多多的详情页文案。把卖点改写得更打动买家，每行一条，以【】开头。必须保留每个属性值；不得使用广告法禁用词；不得写资料里没有的功能或数字。只输出卖点。',
    user: `商品：${product.name}（${product.category}）\n属性：${factsLine(product)}\n草稿卖点：\n${draft.copy.join('\n')}`,
  };
}
