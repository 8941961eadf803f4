import { parsePainPointScope } from '../../painpoints/report/scope.js';
import { painPointReportFor } from '../../services/painpoints.js';
import type { PainPointReport } from '../../painpoints/report/report.js';
import { optionalString, type Command } from '../command.js';
import { cliLocale, say } from '../say.js';
import { merchantFromArgs } from './customers.js';

type PainPointsResult = PainPointReport & { merchant: string; extractedNow: number };

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** What buyers suffer most, with proof: ranked pain points, the competitor gap and what to do. */
export const painpointsCommand: Command<PainPointsResult> = {
  name: 'painpoints',
  summary: 'painpoints.summary',
  usage: 'painpoints.usage',
  options: {
    merchant: { type: 'string' },
    product: { type: 'string' },
    category: { type: 'string' },
    platform: { type: 'string' },
    since: { type: 'string' },
    /** Whose reviews count: own products (default), competitors', or all; reviews without a product count as own. */
    owner: { type: 'string' },
  },
  async run(ctx, args) {
    const scope = parsePainPointScope({
      product: optionalString(args, 'product'),
      category: optionalString(args, 'category'),
      platform: optionalString(args, 'platform'),
      since: optionalString(args, 'since'),
      owner: optionalString(args, 'owner'),
    });
    const { store } = await ctx.app();
    const merchant = await merchantFromArgs(store, args);
    return { merchant, ...(await painPointReportFor(store, merchant, scope)) };
  },
  human(r) {
    const lines = [say('painpoints.head', { merchant: r.merchant, reviews: r.reviews, now: r.extractedNow, whose: say(`painpoints.whose.${r.owner}`) }), ''];
    if (r.painPoints.length === 0) lines.push(say('painpoints.none'));
    r.painPoints.forEach((p, i) => {
      const f = p.figures;
      const stars = f.starsLost
        ? say('painpoints.starsLost', { value: f.starsLost.value.toFixed(1), low: f.starsLost.low.toFixed(1), high: f.starsLost.high.toFixed(1) })
        : say('painpoints.starsUnknown');
      const trend = say(`painpoints.trend.${f.trend.direction}`, {
        days: f.trend.windowDays, recent: percent(f.trend.recentShare), previous: percent(f.trend.previousShare),
      });
      lines.push(
        say('painpoints.row', {
          rank: String(i + 1).padStart(2), label: p.label, affected: f.affected, reviews: r.reviews, share: percent(f.share.value),
          low: percent(f.share.low), high: percent(f.share.high), stars, trend, sure: say(f.enough ? 'painpoints.sure' : 'painpoints.unsure'),
        }),
      );
      if (p.sources.posts > 0) lines.push(say('painpoints.sources', { reviews: p.sources.reviews, posts: p.sources.posts }));
      for (const e of p.evidence) lines.push(say('painpoints.evidence', { text: e.text.replace(/\s+/g, ' ').slice(0, 80), id: e.reviewId }));
    });
    if (r.opportunities.length > 0) {
      lines.push('', say('painpoints.opportunities'));
      for (const o of r.opportunities) lines.push(`  • ${o[cliLocale()]}`);
    }
    return lines.join('\n');
  },
};
