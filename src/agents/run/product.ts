import { painPointReportFor } from '../../store/painpoints.js';
import { draftListing, reviewCopy, reviewTitle } from '../product/listing.js';
import { ownProduct, risingKeywords } from './facts.js';
import type { TaskInputs } from './inputs.js';
import { polish } from './polish.js';
import type { AgentWorkplace, TaskResult } from './workplace.js';

/** The few pain points a title and copy can speak to; the rest are in the pain-point page. */
const PAIN_POINTS_CONSIDERED = 5;

/** Product specialist: title and copy from the product's facts, rising searches and its buyers' complaints. */
export async function writeListing(place: AgentWorkplace, merchantId: string, input: TaskInputs['product']['listing']): Promise<TaskResult> {
  const product = await ownProduct(place.store, merchantId, input.productId);
  const report = await painPointReportFor(place.store, merchantId, { productId: product.id });
  const painPoints = report.painPoints.slice(0, PAIN_POINTS_CONSIDERED);
  const trending = await risingKeywords(place.store, merchantId);
  const draft = draftListing(product, trending, painPoints);

  const facts = Object.entries(product.attributes).map(([k, v]) => `${k}：${v}`).join('；');
  const title = await polish(place.llm, 'product.title', [
    {
      role: 'system',
      content: '你是淘宝、拼多多的资深运营。只输出一个商品标题，不要解释。标题不超过30个汉字；不得使用广告法禁用词（最、第一、国家级、顶级等）；必须保留草稿里的属性值；不得写资料里没有的功能。',
    },
    {
      role: 'user',
      content: [
        `商品：${product.name}（${product.category}）`,
        `属性：${facts || '无'}`,
        `上升的搜索词：${draft.title.trendingUsed.join('、') || '无'}`,
        `买家常见抱怨：${painPoints.map((p) => p.label).join('、') || '无'}`,
        `草稿标题：${draft.title.title}`,
        '请在草稿基础上改写成更通顺、更容易被搜到的标题。',
      ].join('\n'),
    },
  ], draft.title.title, (candidate) => reviewTitle(candidate, draft, product));

  const copy = await polish(place.llm, 'product.copy', [
    {
      role: 'system',
      content: '你是淘宝、拼多多的详情页文案。把卖点改写得更打动买家，每行一条，以【】开头。必须保留每个属性值；不得使用广告法禁用词；不得写资料里没有的功能或数字。只输出卖点。',
    },
    { role: 'user', content: `商品：${product.name}（${product.category}）\n属性：${facts || '无'}\n草稿卖点：\n${draft.copy.join('\n')}` },
  ], draft.copy.join('\n'), (candidate) => reviewCopy(candidate, draft, product));

  return {
    output: {
      ...draft,
      finalTitle: title.text,
      titleBy: title.by,
      finalCopy: copy.text.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
      copyBy: copy.by,
      painPointsUsed: painPoints.map((p) => ({ label: p.label, reviews: p.reviews })),
    },
    outcome: 'done',
    note: [title.note, copy.note].filter(Boolean).join('；') || null,
  };
}
