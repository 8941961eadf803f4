/**
 * The files `npm run bench -- scale` imports: one merchant's listings, reviews, social posts and orders,
 * written the way a shop's exports look, from the real Chinese reviews of online_shopping_10_cats.
 * Products take their category's reviews (a 水果 listing gets 水果 reviews), cycled in file order.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../src/ingest/shared-data.js';

const DAY_MS = 86_400_000;
/** Two years of history, ending yesterday, so every page's window (90 days, this month) has data. */
const HISTORY_DAYS = 730;
const REVIEW_PLATFORMS = ['天猫', '淘宝', '京东', '拼多多', '抖音'];
const POST_PLATFORMS = ['小红书', '抖音', '微博'];
const REGIONS = ['浙江', '江苏', '广东', '上海', '北京', '山东', '四川', '湖北', '河南', '福建'];
/** Of each category's listings, the first are the merchant's own, the rest the competitors' they watch. */
const OWN_PER_CATEGORY = 3;
/** Each buyer orders about this many times over the two years: enough repeat buyers for the lifetime-value fit. */
const ORDERS_PER_BUYER = 4;

export interface MerchantData {
  reviews: number;
  products: number;
}

export interface MerchantFiles {
  products: string;
  reviews: string;
  posts: string;
  orders: string;
  /** Reviews arriving after the first import, all dated on the last day. */
  newReviews: string;
}

interface Corpus {
  categories: string[];
  /** Review texts and labels (1 = positive) per category. */
  texts: Map<string, { text: string; positive: boolean }[]>;
}

let corpus: Corpus | undefined;
function readCorpus(): Corpus {
  if (corpus) return corpus;
  const rows = parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true, relax_quotes: true }) as Record<string, string>[];
  const texts = new Map<string, { text: string; positive: boolean }[]>();
  for (const r of rows) {
    if (!r.review?.trim()) continue;
    const list = texts.get(r.cat) ?? [];
    list.push({ text: r.review, positive: r.label === '1' });
    texts.set(r.cat, list);
  }
  return (corpus = { categories: [...texts.keys()], texts });
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Streams rows to a CSV file in 1 MB writes, so a million rows never sit in memory at once. */
async function writeCsv(path: string, header: string[], count: number, row: (i: number) => (string | number)[]): Promise<void> {
  const out = createWriteStream(path);
  let chunk = `${header.join(',')}\n`;
  for (let i = 0; i < count; i++) {
    chunk += `${row(i).map((cell) => quote(String(cell))).join(',')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(chunk, () => resolve());
  });
}

/** The history's first day and its last (yesterday), as epoch milliseconds. */
function historyDays(): { start: number; end: number } {
  const end = Math.floor(Date.now() / DAY_MS) * DAY_MS - DAY_MS;
  return { start: end - HISTORY_DAYS * DAY_MS, end };
}
/** Row `i` of `count`, spread evenly over the two years from `start`, oldest first, one distinct second each. */
const spreadFrom = (start: number, i: number, count: number) => start + Math.floor((i / count) * HISTORY_DAYS * DAY_MS);
const productIdOf = (prefix: string, product: number) => `${prefix}-P${product}`;
const priceOf = (product: number) => 20 + ((product * 37) % 180);

export const merchantFilesIn = (dir: string, prefix: string): MerchantFiles => ({
  products: join(dir, `${prefix}-products.csv`),
  reviews: join(dir, `${prefix}-reviews.csv`),
  posts: join(dir, `${prefix}-posts.csv`),
  orders: join(dir, `${prefix}-orders.csv`),
  newReviews: join(dir, `${prefix}-new-reviews.csv`),
});

/** Writes one merchant's files into `dir`; ids carry `prefix` so two merchants' files never share a key. */
export async function writeMerchantFiles(dir: string, prefix: string, size: MerchantData, newReviews: number): Promise<MerchantFiles> {
  const { categories, texts } = readCorpus();
  const files = merchantFilesIn(dir, prefix);
  const { start, end } = historyDays();
  const categoryOf = (product: number) => categories[product % categories.length];
  const productId = (product: number) => productIdOf(prefix, product);
  const spread = (i: number, count: number) => spreadFrom(start, i, count);

  await writeCsv(files.products, ['商品ID', '商品名称', '类目', '价格', '品牌', '归属'], size.products, (p) => {
    const own = Math.floor(p / categories.length) < OWN_PER_CATEGORY;
    return [productId(p), `${categoryOf(p)} ${p}号`, categoryOf(p), priceOf(p), own ? '本厂' : `竞品${p % 7}`, own ? '自有' : '竞品'];
  });

  // 31 is prime to the product counts used, so neighbouring rows land on different listings.
  const review = (i: number, at: number) => {
    const product = (i * 31) % size.products;
    const list = texts.get(categoryOf(product))!;
    const { text, positive } = list[Math.floor(i / size.products) % list.length];
    const rating = positive ? 4 + (i % 2) : 1 + (i % 2);
    return [`${prefix}-R${i}`, productId(product), rating, text, stamp(at), REVIEW_PLATFORMS[i % REVIEW_PLATFORMS.length], `买家${i % 9973}`];
  };
  const reviewHeader = ['评价ID', '商品ID', '评分', '评价内容', '评价时间', '平台', '买家昵称'];
  await writeCsv(files.reviews, reviewHeader, size.reviews, (i) => review(i, spread(i, size.reviews)));
  await writeCsv(files.newReviews, reviewHeader, newReviews, (j) => review(size.reviews + j, end + Math.floor((j / newReviews) * DAY_MS)));

  const posts = Math.ceil(size.reviews / 5);
  await writeCsv(files.posts, ['笔记ID', '平台', '作者', '正文', '点赞数', '评论数', '转发数', '发布时间'], posts, (i) => {
    const list = texts.get(categories[i % categories.length])!;
    return [`${prefix}-S${i}`, POST_PLATFORMS[i % POST_PLATFORMS.length], `博主${i % 997}`, list[(i * 7) % list.length].text, (i * 13) % 500, (i * 7) % 60, (i * 3) % 40, stamp(spread(i, posts))];
  });

  await writeOrderCsv(files.orders, prefix, Math.ceil(size.reviews / 10), size.products);
  return files;
}

/**
 * `orders` order rows over `products` listings, oldest first over the two years ending yesterday, about
 * ORDERS_PER_BUYER per buyer spread through the file: most buyers come back in later batches.
 */
export async function writeOrderCsv(path: string, prefix: string, orders: number, products: number): Promise<void> {
  const { start } = historyDays();
  const buyers = Math.max(1, Math.floor(orders / ORDERS_PER_BUYER));
  await writeCsv(path, ['订单编号', '买家ID', '下单时间', '省份', '平台', '商品ID', '数量', '单价'], orders, (i) => {
    const product = (i * 17) % products;
    return [`${prefix}-O${i}`, `${prefix}-B${(i * 7919) % buyers}`, stamp(spreadFrom(start, i, orders)), REGIONS[(i * 3) % REGIONS.length], REVIEW_PLATFORMS[i % REVIEW_PLATFORMS.length], productIdOf(prefix, product), 1 + (i % 3), priceOf(product)];
  });
}
