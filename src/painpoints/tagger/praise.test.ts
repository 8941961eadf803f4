import { describe, expect, it } from 'vitest';
import { chineseReviews } from '../../ingest/corpora.js';
import { spreadSample } from '../../text/testing.js';
import { extractAspectOpinions } from './extract.js';

const triples = (text: string) => extractAspectOpinions(text).map((o) => [o.aspect, o.opinion, o.polarity]);
const polarityOf = (text: string, opinion: string) => extractAspectOpinions(text).find((o) => o.opinion.includes(opinion))?.polarity;

/**
 * Share of opinions read as complaints in 1,000 short happy reviews (online_shopping_10_cats label 1, at most
 * 40 characters, spread over the ten categories). Happy buyers still complain ("就是有点贵"), so it is not 0;
 * measured 0.1296 (316 of 2,439) with the tagger trained on complaint-only clauses before issue 15, 0.1271
 * (310) once clauses linked by 不过 / 也 decide opinions whose words are silent. The bound catches praise
 * sliding back into complaints when the tagger is retrained.
 */
const MAX_COMPLAINT_SHARE_IN_PRAISE = 0.13;

describe('praise is not read as a complaint (issue 15)', () => {
  it('keeps the share of complaints in happy buyers’ short reviews low', () => {
    const happy = spreadSample(chineseReviews().filter((r) => r.positive && r.text.length <= 40), 1000);
    const opinions = happy.flatMap(({ text }) => extractAspectOpinions(text));
    expect(opinions.length).toBeGreaterThan(happy.length * 2);
    const complaints = opinions.filter((o) => o.polarity === 'negative').length;
    expect(complaints / opinions.length).toBeLessThan(MAX_COMPLAINT_SHARE_IN_PRAISE);
  });

  it('separates praise from a complaint in one clause at 不过', () => {
    const found = triples('拉杆角度是死不能调不过很结实装满东西也稳');
    expect(found).toContainEqual(['拉杆角度', '是死不能调', 'negative']);
    expect(polarityOf('拉杆角度是死不能调不过很结实装满东西也稳', '稳')).toBe('positive');
    expect(found.filter(([aspect]) => aspect === '拉杆角度')).toHaveLength(1);
  });

  it('reads what follows 不过 / 但是 against what came before, and 也 with it', () => {
    expect(polarityOf('价格太贵了。不过很结实，装满东西也稳', '很结实')).toBe('positive');
    expect(polarityOf('价格太贵了。不过很结实，装满东西也稳', '稳')).toBe('positive');
    expect(polarityOf('拉杆角度不能调，弯腰拉很累。不过很结实，装满东西也稳', '稳')).toBe('positive');
    // Opinions whose own words speak keep their reading (real online_shopping reviews, label 1).
    expect(polarityOf('苹果的外表比较新鲜，比较脆，不过不怎么甜', '不怎么甜')).toBe('negative');
    expect(polarityOf('有点小但是口感不错 香脆 甜甜的', '有点小')).toBe('negative');
    expect(polarityOf('外观好看但是拉杆太松', '太松')).toBe('negative');
    expect(polarityOf('质量不好，颜色也难看', '难看')).toBe('negative');
  });
});
