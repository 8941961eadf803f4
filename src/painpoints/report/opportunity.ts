import type { PainPointGap } from './gap.js';
import type { RankedPainPoint } from './ranking.js';

/** A plain-language next step in both languages the product speaks. */
export interface OpportunityStatement {
  group: string;
  'zh-CN': string;
  en: string;
}

const percent = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
/** Growth below this (+20% month on month) is noise for a small shop's review volume. */
const NOTABLE_GROWTH = 0.2;
/** Star losses below this are within the rating noise of a few dozen reviews. */
const NOTABLE_STARS = 0.2;

/** What a statement says of a pain point. */
export type StatedPainPoint = Pick<RankedPainPoint, 'group' | 'label' | 'share' | 'starsCost' | 'growth'>;

/** A statement about one of our own pain points (ranked over our own products' reviews only). */
export function painPointStatement(p: StatedPainPoint): OpportunityStatement {
  const zh = [`我们 ${percent(p.share)} 的评价抱怨「${p.label}」`];
  const en = [`${percent(p.share)} of our reviews complain about “${p.label}”`];
  if (p.starsCost >= NOTABLE_STARS) {
    zh.push(`每次提到平均少 ${p.starsCost.toFixed(1)} 星`);
    en.push(`each mention costs ${p.starsCost.toFixed(1)} stars`);
  }
  if (p.growth >= NOTABLE_GROWTH) {
    zh.push(`最近一个月增长 ${percent(p.growth)}`);
    en.push(`up ${percent(p.growth)} in the last month`);
  }
  return {
    group: p.group,
    'zh-CN': `${zh.join('，')}：改进「${p.group}」是最直接的机会。`,
    en: `${en.join('; ')}: fixing ${p.group} is the most direct opportunity.`,
  };
}

export function gapStatement(gap: PainPointGap): OpportunityStatement {
  const theirs = percent(gap.competitorShare);
  const ours = percent(gap.ownShare);
  return gap.z > 0
    ? {
        group: gap.group,
        'zh-CN': `竞品买家抱怨「${gap.group}」的比例是 ${theirs}，我们只有 ${ours}：把这一点写进详情页和广告。`,
        en: `${theirs} of competitors' reviews complain about ${gap.group} vs ${ours} of ours: say so in listings and ads.`,
      }
    : {
        group: gap.group,
        'zh-CN': `我们的买家抱怨「${gap.group}」的比例是 ${ours}，竞品只有 ${theirs}：先补上这个短板。`,
        en: `${ours} of our reviews complain about ${gap.group} vs ${theirs} for competitors: close this gap first.`,
      };
}
