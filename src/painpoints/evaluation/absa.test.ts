import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../ingest/shared-data.js';
import { evaluateAbsa } from './absa-evaluation.js';
import { AspectOpinionExtractor } from '../tagger/extract.js';
import { committedAbsaModel } from '../tagger/model-file.js';
import { parseZhijiang, splitZhijiang } from '../learning/zhijiang.js';
import { readGoldClauses } from '../../ingest/gold-clauses.js';
import { GOLD_HELD_OUT_SHARE, GOLD_SPLIT_SEED, splitGoldClauses } from '../learning/gold-clauses.js';
import { scoreNegativePairs } from './negative-pairs.js';

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

/**
 * Complaint pairs on the held-out part of the hand-labelled clauses: 0.40 span-exact F1 when the model was trained
 * (the model before them scored 0.17). Issue 15 asks for 0.6; this floor only stops a regression.
 */
const NEGATIVE_PAIR_F1_FLOOR = 0.38;

describe('complaint pairs on hand-labelled clauses of ten categories', () => {
  const clauses = readGoldClauses();

  it('was trained without the held-out part of every category, as the model file records', () => {
    expect(model.goldSplit).toMatchObject({ seed: GOLD_SPLIT_SEED, heldOut: GOLD_HELD_OUT_SHARE });
    const { train, test } = splitGoldClauses(clauses, model.goldSplit.seed, model.goldSplit.heldOut);
    expect(model.goldSplit.clauses).toBe(train.length);
    expect(model.goldSplit.trainedOn.filter((c) => test.some((t) => t.category === c && t.source === 'online_shopping_10_cats')).length).toBeGreaterThanOrEqual(8);
    // Aspects named only in held-out clauses must not have reached the tagger's lexicon through training.
    const seen = new Set(train.flatMap((c) => c.labels.flatMap((l) => (l.aspect ? [l.aspect.text] : []))));
    const zhijiangAspects = new Set(reviews.flatMap((r) => r.labels.flatMap((l) => (l.aspect ? [l.aspect.text] : []))));
    const heldOutOnly = test.flatMap((c) => c.labels.flatMap((l) => (l.aspect && !seen.has(l.aspect.text) && !zhijiangAspects.has(l.aspect.text) ? [l.aspect.text] : [])));
    expect(heldOutOnly.length).toBeGreaterThan(20);
    expect(heldOutOnly.filter((a) => model.lexicons.aspects.includes(a)).length).toBeLessThan(heldOutOnly.length / 2);
  });

  it(`finds complaint pairs in held-out clauses with F1 ≥ ${NEGATIVE_PAIR_F1_FLOOR}, in every category above zero`, () => {
    const { test } = splitGoldClauses(clauses, model.goldSplit.seed, model.goldSplit.heldOut);
    const scores = scoreNegativePairs(new AspectOpinionExtractor(model), test);
    expect(scores.overall.f1).toBeGreaterThanOrEqual(NEGATIVE_PAIR_F1_FLOOR);
    for (const [category, s] of Object.entries(scores.perCategory)) expect(s.f1, category).toBeGreaterThan(0.15);
  });
});
