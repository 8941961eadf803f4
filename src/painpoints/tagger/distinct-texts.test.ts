import { describe, expect, it } from 'vitest';
import { chineseReviews } from '../../ingest/corpora.js';
import { spreadSample } from '../../text/testing.js';
import { distinctTexts, perText } from './distinct-texts.js';
import { extractAspectOpinions, extractManyAspectOpinions } from './extract.js';

describe('reading each distinct text of a batch once', () => {
  it('gives every review of a batch with repeated texts the triples it gives it alone', () => {
    // Real reviews as a shop repeats them: each text three times, interleaved.
    const sample = spreadSample(chineseReviews(), 150).map((r) => r.text);
    const texts = [...sample, ...sample.slice().reverse(), ...sample];
    const batch = distinctTexts(texts);
    expect(batch.distinct).toEqual([...new Set(texts)]);
    expect(perText(batch, batch.distinct)).toEqual(texts);
    expect(extractManyAspectOpinions(texts)).toEqual(texts.map((text) => extractAspectOpinions(text)));
  });

  it('keeps texts apart that differ only where normalising would join them: the triples quote the buyer', () => {
    const batch = distinctTexts(['發貨很快', '发货很快', '發貨很快']);
    expect(batch.distinct).toEqual(['發貨很快', '发货很快']);
    expect(extractManyAspectOpinions(['發貨很快', '发货很快']).map((found) => found.map((o) => o.aspect))).toEqual([['發貨'], ['发货']]);
  });
});
