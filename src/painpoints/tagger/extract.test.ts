import { describe, expect, it } from 'vitest';
import { reviewFeatures } from '../../text/review-features.js';
import { chineseReviews } from '../../ingest/corpora.js';
import { spreadSample } from '../../text/testing.js';
import { extractAspectOpinions, extractManyAspectOpinions, readReviewOf } from './extract.js';

const triples = (text: string) => extractAspectOpinions(text).map((o) => [o.aspect, o.opinion, o.polarity]);
const polarityOf = (text: string, opinion: string) => extractAspectOpinions(text).find((o) => o.opinion.includes(opinion))?.polarity;

describe('extractAspectOpinions', () => {
  // Rows of zhijiang_ecom_absa (ids 3 and 13) with their gold triples.
  it('reads gold zhijiang triples, explicit and implicit', () => {
    expect(triples('包装太随便了，连个包装盒都没有，第一感觉很不好')).toEqual(
      expect.arrayContaining([['包装', '太随便了', 'negative']]),
    );
    const logistics = extractAspectOpinions('一直在**买东西，质量值得信赖物流还快，以后还会继续关注的。');
    expect(logistics.some((o) => o.aspect === '物流' && o.opinion.includes('快') && o.polarity === 'positive')).toBe(true);
  });

  it('finds the seed pain point of a camping-trolley maker', () => {
    const [first] = extractAspectOpinions('拉杆角度不能调，弯腰拉很累');
    expect(first.aspectGroup).toBe('拉杆');
    expect(`${first.aspect}${first.opinion}`).toBe('拉杆角度不能调');
    expect(first.polarity).toBe('negative');
    expect(first.clause).toBe('拉杆角度不能调');
  });

  it('reads negation: a missing bad thing is praise, a missing good one a complaint', () => {
    expect(polarityOf('没有异味，质量很好', '没有')).toBe('positive');
    expect(polarityOf('包装太随便了，连个包装盒都没有', '没有')).toBe('negative');
    expect(polarityOf('抽屉拉起来很涩，不顺滑', '不顺滑')).toBe('negative');
    expect(polarityOf('轮子顺滑，拉起来轻松', '顺滑')).toBe('positive');
    // An aspect buyers mostly praise does not turn a complaint about it into praise.
    expect(polarityOf('样式也不好', '不好')).toBe('negative');
  });

  it('names the aspect of an opinion that never wrote it', () => {
    const [price] = extractAspectOpinions('很划算，买一送一');
    expect(price.aspectGroup).toBe('价格');
    expect(price.opinion).toContain('划算');
  });

  it('analyses traditional characters like simplified ones and quotes the original', () => {
    const found = extractAspectOpinions('發貨很快，包裝很好');
    expect(found.map((o) => o.aspect)).toEqual(['發貨', '包裝']);
    expect(found.map((o) => o.aspectGroup)).toEqual(
      extractAspectOpinions('发货很快，包装很好').map((o) => o.aspectGroup),
    );
  });

  it('finds nothing in text without opinions', () => {
    expect(extractAspectOpinions('')).toEqual([]);
    expect(extractAspectOpinions('今天下午三点收到')).toEqual([]);
  });

  it('extracts from the sentiment pass’s reading exactly as from its own', () => {
    const texts = spreadSample(chineseReviews(), 200).map((r) => r.text);
    const readHere = extractManyAspectOpinions(texts);
    expect(texts.map((text) => extractAspectOpinions(text, readReviewOf(text, reviewFeatures(text))))).toEqual(readHere);
  });
});
