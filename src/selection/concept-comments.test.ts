import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { asksToBuy } from './concept-comments.js';
import { toConceptVariant } from './concept-input.js';
import { compareConcepts } from './concept-test.js';

describe('comments that ask to buy', () => {
  it('spots the usual ways viewers ask for the link, the price or the launch', () => {
    for (const comment of ['好看！求链接', '多少錢？', '蹲一个上架', '這個哪裡買', 'Where can I buy this?', '已下单，等发货']) {
      expect(asksToBuy(comment), comment).toBe(true);
    }
  });

  it('leaves plain praise and complaints alone', () => {
    for (const comment of ['颜色好看', '太丑了', '拉杆看起来不结实', 'nice colour']) {
      expect(asksToBuy(comment), comment).toBe(false);
    }
  });
});

describe('comment warmth from the sentiment model', () => {
  /** Real clothing reviews (online_shopping_10_cats), the closest public stand-in for comments under a design post. */
  const clothing = (parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).filter(
    (r) => r.cat === '衣服' && r.review,
  );
  const sample = (label: string, size: number) => {
    const rows = clothing.filter((r) => r.label === label);
    return Array.from({ length: size }, (_, i) => rows[Math.floor((i * rows.length) / size)].review);
  };

  it('prefers the design whose comments are really positive, with warm and cold rates where they belong', () => {
    const counts = { views: 0, likes: 0, saves: 0, intentAsked: 0, intentYes: 0 };
    const verdict = compareConcepts(
      [
        toConceptVariant({ name: 'liked', counts, comments: sample('1', 150) }),
        toConceptVariant({ name: 'disliked', counts, comments: sample('0', 150) }),
      ],
      { decideBy: 'warmComment' },
    );
    const [liked, disliked] = verdict.variants;
    expect(verdict.leader).toBe('liked');
    expect(liked.chanceBest).toBeGreaterThan(0.999);
    expect(liked.rates.warmComment.mean).toBeGreaterThan(0.7);
    expect(disliked.rates.warmComment.mean).toBeLessThan(0.3);
    expect(verdict.stop).toBe(true);
  });
});
