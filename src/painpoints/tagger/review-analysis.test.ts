import { describe, expect, it } from 'vitest';
import { analyseSentiment } from '../../text/sentiment.js';
import { chineseReviews, englishReviews } from '../../ingest/corpora.js';
import { spreadSample } from '../../text/testing.js';
import { extractAspectOpinions } from './extract.js';
import { analyseReview } from './review-analysis.js';

describe('analyseReview', () => {
  it('reads each review once and finds what sentiment and extraction find separately', () => {
    const reviews = [...spreadSample(chineseReviews(), 400), ...spreadSample(englishReviews(), 100)];
    let triples = 0;
    for (const { text } of reviews) {
      const analysis = analyseReview(text);
      expect(analysis.sentiment).toEqual(analyseSentiment(text));
      expect(analysis.aspects).toEqual(extractAspectOpinions(text));
      triples += analysis.aspects.length;
    }
    expect(triples).toBeGreaterThan(reviews.length / 2);
  });

  it('finds the seed complaint with its clause sentiment', () => {
    const { sentiment, aspects } = analyseReview('拉杆角度不能调，弯腰拉很累');
    expect(aspects[0]).toMatchObject({ aspectGroup: '拉杆', polarity: 'negative' });
    expect(sentiment.clauses[0]).toMatchObject({ clause: '拉杆角度不能调', label: 'negative' });
  });
});
