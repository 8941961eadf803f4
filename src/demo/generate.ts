import { pick, seededRandom } from '../math/random.js';
import type { Row } from '../store/store.js';
import {
  demoChannels, demoKeywords, demoPlatforms, demoProducts, demoRegions, praise, socialPlatforms,
} from './catalogue.js';

/** A fixed seed: everyone who runs the demo sees the same shop. */
const DEMO_SEED = 20261125;
const DAY = 86_400_000;
/** Half a year of history, ending on a fixed date so the demo is reproducible. */
const HISTORY_DAYS = 180;
const HISTORY_END = Date.UTC(2026, 10, 20);
/** Mean days a buyer keeps ordering: shoppers drift off within a season, wholesale accounts last longer. */
const SHOPPER_LIFETIME_DAYS = 90;
const WHOLESALE_LIFETIME_DAYS = 150;

export interface DemoRows {
  product: Row[];
  review: Row[];
  social_post: Row[];
  buyer: Row[];
  sales_order: Row[];
  order_line: Row[];
  keyword_volume: Row[];
  ad_campaign: Row[];
}

/** Generates the demo merchant's data as table rows: deterministic, clearly synthetic. */
export function generateDemo(merchantId: string): DemoRows {
  const random = seededRandom(DEMO_SEED);
  const dayWith = (rng: () => number) => (d: number) =>
    new Date(HISTORY_END - (HISTORY_DAYS - d) * DAY + Math.floor(rng() * DAY)).toISOString();
  const day = dayWith(random);
  // How each complaint is worded is drawn from its own stream, so every other demo row stays as it was.
  const wording = seededRandom(DEMO_SEED + 3);
  const rows: DemoRows = {
    product: [], review: [], social_post: [], buyer: [], sales_order: [], order_line: [], keyword_volume: [], ad_campaign: [],
  };

  for (const p of demoProducts) {
    rows.product.push({
      merchant_id: merchantId, id: p.id, sku: p.sku, name: p.name, category: p.category, price: p.price,
      unit_cost: p.owner === 'own' ? p.unitCost : null, attributes: JSON.stringify(p.attributes), owner: p.owner,
      brand: p.brand, platform: pick(random, demoPlatforms),
    });
    let n = 0;
    for (let d = 0; d < HISTORY_DAYS; d++) {
      // The trolley's handle complaint grows over the last two months: a pain point the radar should catch.
      const perDay = 2 + Math.floor(random() * 3);
      for (let k = 0; k < perDay; k++) {
        const negative = random() < 0.3;
        const growing = p.category === '露营车' && d > HISTORY_DAYS - 60 && random() < 0.25;
        const text =
          negative || growing
            ? complaintReview(wording, complaintText(random, p.complaints, growing), praise[p.category])
            : `${pick(random, praise[p.category])}，${pick(random, praise[p.category])}`;
        rows.review.push({
          merchant_id: merchantId, id: `${p.id}-R${++n}`, platform: pick(random, demoPlatforms), product_id: p.id,
          rating: negative || growing ? 1 + Math.floor(random() * 3) : 4 + Math.floor(random() * 2), text, language: 'zh',
          reviewed_at: day(d), helpful_votes: Math.floor(random() * 20), author: `买家${Math.floor(random() * 9000) + 1000}`,
        });
      }
    }
  }

  for (let i = 0; i < 240; i++) {
    const p = pick(random, demoProducts);
    const text = random() < 0.5
      ? `露营装备分享｜${p.name}用了一个月，${pick(random, praise[p.category])}，但是${pick(wording, pick(random, p.complaints)[0])}`
      : `${p.category}避坑指南：${pick(wording, pick(random, p.complaints)[0])}，大家买之前注意`;
    rows.social_post.push({
      merchant_id: merchantId, id: `POST-${i + 1}`, platform: pick(random, socialPlatforms), author: `博主${i % 37}`, text,
      likes: Math.floor(random() * 3000), comments: Math.floor(random() * 300), shares: Math.floor(random() * 200),
      posted_at: day(Math.floor(random() * HISTORY_DAYS)), url: null,
    });
  }

  const own = demoProducts.filter((p) => p.owner === 'own');
  // Lifetimes come from their own stream so the rest of the demo (keywords, campaigns) stays as it was.
  const churn = seededRandom(DEMO_SEED + 1);
  for (let b = 1; b <= 400; b++) {
    const buyerId = `B${String(b).padStart(4, '0')}`;
    const region = pick(random, demoRegions);
    const channel = pick(random, demoChannels);
    // Wholesale buyers order rarely but in bulk; shoppers often and small: the mix the customers page explains.
    const wholesale = channel === '1688批发';
    const firstDay = Math.floor(random() * HISTORY_DAYS * 0.7);
    rows.buyer.push({ merchant_id: merchantId, id: buyerId, name: `客户${b}`, region, channel, first_seen_at: day(firstDay) });
    const orders = 1 + Math.floor(-Math.log(1 - random()) * (wholesale ? 1.5 : 2.5));
    const placed = Array.from({ length: orders }, () => {
      const d = Math.min(HISTORY_DAYS - 1, firstDay + Math.floor(random() * (HISTORY_DAYS - firstDay)));
      const p = pick(random, own);
      const quantity = wholesale ? 50 + Math.floor(random() * 450) : 1 + Math.floor(random() * 3);
      return { d, at: day(d), p, quantity, unitPrice: wholesale ? Math.round(p.price * 0.62) : p.price };
    }).sort((x, y) => x.at.localeCompare(y.at));
    // Real buyers drift away: each stays for an exponential lifetime, so some go quiet and the customers page has someone to win back.
    const activeUntil = firstDay - Math.log(1 - churn()) * (wholesale ? WHOLESALE_LIFETIME_DAYS : SHOPPER_LIFETIME_DAYS);
    const kept = placed.filter((o, i) => i === 0 || o.d <= activeUntil);
    kept.forEach(({ at, p, quantity, unitPrice }, o) => {
      const orderId = `${buyerId}-O${o + 1}`;
      rows.sales_order.push({
        merchant_id: merchantId, id: orderId, buyer_id: buyerId, ordered_at: at, region, channel, total_amount: quantity * unitPrice,
      });
      rows.order_line.push({
        merchant_id: merchantId, order_id: orderId, line_no: 1, product_id: p.id, sku: p.sku, quantity, unit_price: unitPrice, amount: quantity * unitPrice,
      });
    });
  }

  for (const keyword of demoKeywords) {
    const rising = keyword.includes('可调节');
    for (let w = 0; w < HISTORY_DAYS / 7; w++) {
      const base = 800 + Math.floor(random() * 400);
      const volume = rising ? Math.round(200 * Math.pow(1.12, w)) : base;
      rows.keyword_volume.push({
        merchant_id: merchantId, keyword, platform: '淘宝', bucket: 'week',
        bucket_start: new Date(HISTORY_END - (HISTORY_DAYS - w * 7) * DAY).toISOString().slice(0, 10) + 'T00:00:00.000Z', volume,
      });
    }
  }

  rows.ad_campaign.push(
    { merchant_id: merchantId, id: 'AD-1', platform: '淘宝', name: '露营车直通车', status: 'active', daily_budget: 150, keywords: JSON.stringify(['露营车', '折叠拉车']), started_at: day(100) },
    { merchant_id: merchantId, id: 'AD-2', platform: '拼多多', name: '收纳箱搜索推广', status: 'paused', daily_budget: 80, keywords: JSON.stringify(['收纳箱']), started_at: day(40) },
  );
  addHandleComplaintSurge(rows, merchantId, dayWith);
  return rows;
}

/** Days over which the trolley-handle complaint climbs: recent enough for the default 90-day trend window. */
const SURGE_DAYS = 45;
/** Extra complaints a day per trolley listing by the last day of the surge. */
const SURGE_PEAK_PER_DAY = 4;
/** What buyers call the handle: one part under three names, so the demo shows them merged into one pain point. */
const handleNames = ['拉杆', '把手', '拉手'];
const handleComplaints = [
  (handle: string) => `${handle}角度调不了，弯腰拉很累`,
  (handle: string) => `${handle}高度不能调，个子高的拉着难受`,
  (handle: string) => `车子挺结实的，就是${handle}的角度不能调，拉久了手腕疼`,
  (handle: string) => `${handle}太矮了，高度又调不了，上坡很费劲`,
  (handle: string) => `装东西很能装，可惜${handle}角度没法调，一直弯着腰`,
  (handle: string) => `${handle}高度不能调节！！我们家都是高个子，拉着难受`,
];

/**
 * The demo's story: buyers of both trolleys increasingly complain that the handle cannot be adjusted (angle, height).
 * Drawn from its own stream so every other demo row stays the same.
 */
function addHandleComplaintSurge(rows: DemoRows, merchantId: string, dayWith: (rng: () => number) => (d: number) => string): void {
  const surge = seededRandom(DEMO_SEED + 2);
  const day = dayWith(surge);
  for (const p of demoProducts.filter((x) => x.category === '露营车')) {
    let n = 0;
    for (let d = HISTORY_DAYS - SURGE_DAYS; d < HISTORY_DAYS; d++) {
      const expected = (SURGE_PEAK_PER_DAY * (d - (HISTORY_DAYS - SURGE_DAYS) + 1)) / SURGE_DAYS;
      const count = Math.floor(expected + surge());
      for (let k = 0; k < count; k++) {
        // Taken in turn rather than drawn, so the surge stream (and every row drawn from it) stays as it was.
        const handle = handleNames[n % handleNames.length];
        rows.review.push({
          merchant_id: merchantId, id: `${p.id}-S${++n}`, platform: pick(surge, demoPlatforms), product_id: p.id,
          rating: 1 + Math.floor(surge() * 2), text: pick(surge, handleComplaints)(handle), language: 'zh', reviewed_at: day(d),
          helpful_votes: Math.floor(surge() * 30), author: `买家${Math.floor(surge() * 9000) + 1000}`,
        });
      }
    }
  }
}

/** Which complaint a review makes (the ways buyers say it); one draw from `random`, as before the wording varied. */
function complaintText(random: () => number, complaints: [string[], number][], growing: boolean): string[] {
  if (growing) return complaints[0][0];
  let roll = random() * complaints.reduce((s, [, w]) => s + w, 0);
  for (const [text, weight] of complaints) {
    roll -= weight;
    if (roll <= 0) return text;
  }
  return complaints[complaints.length - 1][0];
}

/**
 * One complaining review as buyers write it: the common wording most often, else another; some say what
 * they like first or after (好是好，就是…), some add a second thought.
 */
function complaintReview(wording: () => number, ways: string[], liked: string[]): string {
  const said = wording() < 0.5 ? ways[0] : pick(wording, ways);
  const mood = wording();
  if (mood < 0.2) return `${pick(wording, liked)}，就是${said}`;
  if (mood < 0.3) return `${said}。不过${pick(wording, liked)}`;
  if (mood < 0.4) return `${said}，有点失望`;
  return said;
}
