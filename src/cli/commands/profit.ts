import { invalidInput } from '../../domain/errors.js';
import type { ProfitReport } from '../../profit/report.js';
import { profitSettingsInput, unitCostInput } from '../../profit/settings.js';
import { changeProfitSettings, enterUnitCost, profitReportFor } from '../../services/profit.js';
import { optionalString, type CommandArgs, type Command } from '../command.js';
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
  summary: '经营分析: revenue, cost, refunds and gross profit per product and month, what drives it, and ranked advice',
  usage: 'kaikuan profit --merchant ID [--fee-rate 0.05] [--shipping 8] [--lost-per-star 0.1] [--cost PRODUCT=YUAN ...] [--json]',
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
    if (!report) return `${merchant}: no orders yet — import orders first`;
    const yuan = (n: number | null) => (n === null ? '—' : `¥${n.toFixed(0)}`);
    const pct = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);
    const s = report.settings;
    const lines = [
      `${merchant}: ${report.months[0]} – ${report.months.at(-1)} (12 months to the newest order); paid orders and the kept part of partly refunded ones`,
      `settings${s.entered ? '' : ' (not entered, defaults)'}: platform fee ${pct(s.platformFeeRate)}, shipping ${yuan(s.shippingPerOrder)}/order, sales lost per star ${pct(s.salesLostPerStar)}`,
      `shop: revenue ${yuan(report.shop.revenue)}, gross profit ${yuan(report.shop.grossProfit)} (margin ${pct(report.shop.margin)} of ${yuan(report.shop.costedRevenue)} with known cost), refunds ${yuan(report.shop.refunds)}`,
      '',
    ];
    for (const p of report.products.slice(0, HUMAN_ROWS)) {
      lines.push(`  ${p.name.padEnd(12)} revenue ${yuan(p.revenue).padStart(9)}  units ${String(p.units).padStart(6)}  profit ${yuan(p.grossProfit).padStart(9)}  margin ${pct(p.margin).padStart(6)}  returns ${pct(p.returnRate)}${p.unitCost === null ? '  (no unit cost: --cost ' + p.productId + '=YUAN)' : ''}`);
    }
    if (report.advice.length > 0) lines.push('', 'advice (most yuan at stake first):');
    for (const a of report.advice) lines.push(`  ${a.kind.padEnd(14)} ${(a.productName ?? '').padEnd(12)} ${yuan(a.yuan)}`);
    return lines.join('\n');
  },
};
