import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../ingest/shared-data.js';
import { evaluateAbsa } from './absa-evaluation.js';
import { AspectOpinionExtractor } from '../tagger/extract.js';
import { committedAbsaModel } from '../tagger/model-file.js';
import { parseZhijiang, splitZhijiang } from '../learning/zhijiang.js';

/** The floor issue 3 sets for (aspect, opinion, polarity) pairs on held-out zhijiang reviews. */
const PAIR_F1_FLOOR = 0.6;

const reviews = parseZhijiang(readFileSync(sharedData.absaReviews, 'utf8'), readFileSync(sharedData.absaLabels, 'utf8'));
const model = committedAbsaModel();

describe('aspect-opinion extraction on zhijiang_ecom_absa', () => {
  it('parses every review and label with offsets that point at the labelled text', () => {
    expect(reviews).toHaveLength(3229);
    const labels = reviews.flatMap((r) => r.labels.map((l) => ({ text: r.text, l })));
    expect(labels).toHaveLength(6633);
    for (const { text, l } of labels) {
      if (l.aspect) expect(text.slice(l.aspect.start, l.aspect.end)).toBe(l.aspect.text);
      if (l.opinion) expect(text.slice(l.opinion.start, l.opinion.end)).toBe(l.opinion.text);
    }
  });

  it('holds out a fixed fifth of the reviews, the same one the committed model was trained without', () => {
    const { train, test } = splitZhijiang(reviews, model.split.seed, model.split.heldOut);
    expect(train.length + test.length).toBe(reviews.length);
    expect(test.length / reviews.length).toBeGreaterThan(0.17);
    expect(test.length / reviews.length).toBeLessThan(0.23);
    const again = splitZhijiang([...reviews].reverse(), model.split.seed, model.split.heldOut);
    expect(new Set(again.test.map((r) => r.id))).toEqual(new Set(test.map((r) => r.id)));
    // The tagger's aspect lexicon holds train-fold gold aspects; a held-out-only aspect must not be in it.
    const trainAspects = new Set(train.flatMap((r) => r.labels.flatMap((l) => (l.aspect ? [l.aspect.text] : []))));
    const lexicon = new Set(model.lexicons.aspects);
    const heldOutOnly = test.flatMap((r) => r.labels.flatMap((l) => (l.aspect && !trainAspects.has(l.aspect.text) ? [l.aspect.text] : [])));
    expect(heldOutOnly.length).toBeGreaterThan(0);
    expect(heldOutOnly.filter((a) => lexicon.has(a)).length).toBeLessThan(heldOutOnly.length);
  });

  it(`finds (aspect, opinion, polarity) pairs on the held-out fold with F1 ≥ ${PAIR_F1_FLOOR}`, () => {
    const { test } = splitZhijiang(reviews, model.split.seed, model.split.heldOut);
    const scores = evaluateAbsa(new AspectOpinionExtractor(model), test);
    expect(scores.pair.f1).toBeGreaterThanOrEqual(PAIR_F1_FLOOR);
    expect(scores.aspect.f1).toBeGreaterThan(0.7);
    expect(scores.opinion.f1).toBeGreaterThan(0.7);
    expect(scores.perPolarity.negative.recall).toBeGreaterThan(0.3);
  });
});
