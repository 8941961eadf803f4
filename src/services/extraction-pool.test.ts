import { afterAll, describe, expect, it } from 'vitest';
import { chineseReviews } from '../ingest/corpora.js';
import { extractManyAspectOpinions } from '../painpoints/tagger/extract.js';
import { spreadSample } from '../text/testing.js';
import { startExtractionPool } from './extraction-pool.js';

describe('extraction on worker threads', () => {
  const pool = startExtractionPool(2);
  afterAll(() => pool.close());

  it('gives the triples the in-process extraction gives, in the batch order, repeats included', async () => {
    const sample = spreadSample(chineseReviews(), 400).map((r) => r.text);
    const texts = [...sample, ...sample.slice(0, 100)];
    expect(await pool.extract(texts)).toEqual(extractManyAspectOpinions(texts));
    // A batch smaller than the pool leaves a thread idle and still answers in order.
    expect(await pool.extract(texts.slice(0, 1))).toEqual(extractManyAspectOpinions(texts.slice(0, 1)));
    expect(await pool.extract([])).toEqual([]);
  });
});
