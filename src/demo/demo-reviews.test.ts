import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate.js';
import { extractAspectOpinions } from '../painpoints/tagger/extract.js';
import { rankComplaints } from '../painpoints/report/complaint-ranking.js';
import { merchantAspectGroups, regroupReviews } from '../painpoints/report/merchant-aspect-groups.js';
import type { ReviewMentions } from '../painpoints/report/review-mentions.js';

describe('the demo shop’s reviews', () => {
  const demo = generateDemo('demo');
  const trolley = demo.review.filter((r) => r.product_id === 'P-TROLLEY').map((r) => String(r.text));

  it('are written the ways buyers write: one part under several names, varied wording, praise mixed in', () => {
    const handle = trolley.filter((t) => /角度|高度/.test(t));
    for (const name of ['拉杆', '把手', '拉手', '拉竿']) expect(handle.some((t) => t.includes(name))).toBe(true);
    expect(new Set(handle).size).toBeGreaterThanOrEqual(15);
    expect(trolley.filter((t) => /就是|不过|可惜/.test(t) && /角度|轮子|卡扣|味/.test(t)).length).toBeGreaterThan(20);
  });

  it('show the handle’s angle and height as two pain points, each named as buyers say it', () => {
    const products = new Map(demo.product.map((p) => [String(p.id), p]));
    const reviews: ReviewMentions[] = demo.review
      .filter((r) => String(r.product_id).endsWith('TROLLEY'))
      .map((r) => {
        const p = products.get(String(r.product_id))!;
        return {
          reviewId: String(r.id), text: String(r.text), productId: String(p.id), productName: String(p.name), category: String(p.category),
          brand: String(p.brand), platform: String(r.platform), owner: p.owner as 'own' | 'competitor', rating: Number(r.rating),
          reviewedAt: String(r.reviewed_at), opinions: extractAspectOpinions(String(r.text)),
        };
      });
    const ranked = rankComplaints(regroupReviews(reviews, merchantAspectGroups(reviews)), { limit: 5 });
    const labels = ranked.map((p) => p.label);
    const angle = labels.findIndex((l) => l.includes('角度'));
    const height = labels.findIndex((l) => l.includes('高度'));
    expect(angle).toBe(0);
    expect(height).toBeGreaterThan(0);
    expect(labels.some((l) => l.includes('轮子'))).toBe(true);
    // Every name is a phrase a buyer could have written, never a fragment, and the first quote says it.
    for (const p of ranked) {
      expect(p.label).not.toMatch(/^(不了|整体|没有|怎么|推|疼)$/);
      expect(p.evidence[0].text.replace(/[的了\s，。！]/g, '')).toContain(p.label.replace(/[的了\s，。！]/g, ''));
    }
  }, 120_000);
});
