import { invalidInput } from '../../domain/errors.js';
import type { ProfitReport } from '../../profit/report.js';
import { profitSettingsInput, unitCostInput } from '../../profit/settings.js';
import { changeProfitSettings, enterUnitCost, profitReportFor } from '../../services/profit.js';
import { optionalString, type CommandArgs, type Command } from '../command.js';
import { padColumns } from '../columns.js';
import { say, term } from '../say.js';
import { merchantFromArgs } from './customers.js';

type ProfitResult = { merchant: string; report: ProfitReport | null };

// Products a person reads in a terminal; --json has all of them.
const HUMAN_ROWS = 20;

const numberOption = (args: CommandArgs, name: string) => {
  const raw = optionalString(args, name);
  return raw === undefined ? undefined : Number(raw);
};

/** 经营分析: profit per product, what drives it and what to do; --fee-rate/--shipping/--lost-per-star/--cost save the owner's figures first. */
export const profitCommand: Command<ProfitResult> = {
  name: 'profit',
  summary: 'profit.summary',
  usage: 'profit.usage',
  options: {
    merchant: { type: 'string' }, 'fee-rate': { type: 'string' }, shipping: { type: 'string' },
    'lost-per-star': { type: 'string' }, cost: { type: 'string', multiple: true },
  },
  async run(ctx, args) {
    const settings = profitSettingsInput.safeParse({
      platformFeeRate: numberOption(args, 'fee-rate'), shippingPerOrder: numberOption(args, 'shipping'), salesLostPerStar: numberOption(args, 'lost-per-star'),
    });
    if (!settings.success) throw invalidInput('request', settings.error);
    const costs = ((args.values.cost as string[] | undefined) ?? []).map((entry) => {
      const at = entry.lastIndexOf('=');
      const parsed = unitCostInput.safeParse({ unitCost: at > 0 ? Number(entry.slice(at + 1)) : Number.NaN });
      if (!parsed.success) throw invalidInput('request', parsed.error);
      return { productId: entry.slice(0, at), unitCost: parsed.data.unitCost };
    });
    const { store } = await ctx.app();
    const merchant = await merchantFromArgs(store, args);
    if (Object.values(settings.data).some((v) => v !== undefined)) await changeProfitSettings(store, merchant, settings.data);
    for (const c of costs) await enterUnitCost(store, merchant, c.productId, c.unitCost);
    return { merchant, report: await profitReportFor(store, merchant) };
  },
  human({ merchant, report }) {
    if (!report) return say('profit.none', { merchant });
    const yuan = (n: number | null) => (n === null ? '—' : `¥${n.toFixed(0)}`);
    const pct = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);
    const s = report.settings;
    const lines = [
      say('profit.head', { merchant, from: report.months[0], to: report.months[report.months.length - 1] }),
      say('profit.settings', { defaults: s.entered ? '' : say('profit.defaults'), fee: pct(s.platformFeeRate), shipping: yuan(s.shippingPerOrder), perStar: pct(s.salesLostPerStar) }),
      say('profit.shop', { revenue: yuan(report.shop.revenue), profit: yuan(report.shop.grossProfit), margin: pct(report.shop.margin), base: yuan(report.shop.costedRevenue), refunds: yuan(report.shop.refunds) }),
      '',
    ];
    for (const p of report.products.slice(0, HUMAN_ROWS)) {
      lines.push(say('profit.row', {
        name: padColumns(p.name, 20), revenue: yuan(p.revenue).padStart(9), units: String(p.units).padStart(6), profit: yuan(p.grossProfit).padStart(9),
        margin: pct(p.margin).padStart(6), returns: pct(p.returnRate), missing: p.unitCost === null ? say('profit.no_cost', { id: p.productId }) : '',
      }));
    }
    if (report.advice.length > 0) lines.push('', say('profit.advice_head'));
    for (const a of report.advice) lines.push(say('profit.advice_row', { kind: padColumns(term('profitAdvice', a.kind), 14), name: padColumns(a.productName ?? '', 20), yuan: yuan(a.yuan) }));
    return lines.join('\n');
  },
};
