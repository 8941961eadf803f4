import { parsePainPointScope } from '../../painpoints/report/scope.js';
import { painPointReportFor } from '../../services/painpoints.js';
import type { PainPointReport } from '../../painpoints/report/report.js';
import { optionalString, type Command } from '../command.js';
import { merchantFromArgs } from './customers.js';

type PainPointsResult = PainPointReport & { merchant: string; extractedNow: number };

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** What buyers suffer most, with proof: ranked pain points, the competitor gap and what to do. */
export const painpointsCommand: Command<PainPointsResult> = {
  name: 'painpoints',
  summary: 'ranked pain points from reviews (share, negativity, growth, stars lost, evidence), competitor gap, opportunities',
  usage: 'kaikuan painpoints --merchant M [--product P | --category C] [--platform X] [--since YYYY-MM-DD] [--owner own|competitor|all] [--json]',
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
    const whose = { own: 'own products', competitor: "competitors' products", all: 'all products' }[r.owner];
    const lines = [`${r.merchant}: ${r.reviews} reviews of ${whose} (${r.extractedNow} newly analysed)`, ''];
    if (r.painPoints.length === 0) lines.push('No pain point is shared by two or more reviews yet.');
    r.painPoints.forEach((p, i) => {
      lines.push(
        `${String(i + 1).padStart(2)}. ${p.label}  [${p.group}]  ${p.reviews} reviews (${percent(p.share)}), ` +
          `negative ${percent(p.negativity)}, growth ${p.growth >= 0 ? '+' : ''}${percent(p.growth)}, stars lost ${p.starsCost.toFixed(2)}`,
      );
      for (const e of p.evidence) lines.push(`      “${e.text.replace(/\s+/g, ' ').slice(0, 80)}” (${e.reviewId})`);
    });
    if (r.opportunities.length > 0) {
      lines.push('', 'Opportunities');
      for (const o of r.opportunities) lines.push(`  • ${o['zh-CN']}`, `    ${o.en}`);
    }
    return lines.join('\n');
  },
};
