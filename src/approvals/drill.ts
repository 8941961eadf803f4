import { listAdChannelSpends, listProposals } from '../store/approvals.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import { confirmSpend } from './decide.js';
import { executeApproved } from './execute.js';
import { DEFAULT_LIMITS } from './limits.js';
import { proposeSpend } from './propose.js';
import { changeGuardLimits } from './settings.js';

/** How hard the drill pushes: enough proposals that the budget runs out part-way, and many taps on each. */
export interface DrillPlan {
  proposals: number;
  tapsPerProposal: number;
  amountYuan: number;
  dailyBudgetYuan: number;
}

/** 20 × 180 yuan against a 2,000 yuan day: eleven fit, nine must be refused; 8 taps each is a panicked owner. */
export const DEFAULT_DRILL: DrillPlan = { proposals: 20, tapsPerProposal: 8, amountYuan: 180, dailyBudgetYuan: 2_000 };

export interface DrillResult {
  proposals: number;
  taps: number;
  executed: number;
  /** Extra spends the channel booked beyond one per proposal; anything above 0 is money lost. */
  doubleSpends: number;
  /** How far the channel's total went over the daily budget. */
  budgetOverrunYuan: number;
  /** Proposals left approved or executing once every request has settled: confirmed money that never moved. */
  stuckApprovals: number;
}

const DRILL_OWNER: Actor = { id: 'cli:drill', label: 'concurrency drill' };

/**
 * Fires every confirmation (and a stray executor per proposal) at once, spread over several store
 * connections as if from several servers, then counts what the simulated channel actually booked.
 */
export async function runConcurrencyDrill(stores: Store[], merchantId: string, plan: DrillPlan = DEFAULT_DRILL): Promise<DrillResult> {
  const [first] = stores;
  // The month must hold at least the day, or the limits would contradict each other.
  const monthlyBudgetYuan = Math.max(plan.dailyBudgetYuan, DEFAULT_LIMITS.monthlyBudgetYuan);
  await changeGuardLimits(first, merchantId, { dailyBudgetYuan: plan.dailyBudgetYuan, monthlyBudgetYuan }, DRILL_OWNER);
  const ids: string[] = [];
  for (let i = 0; i < plan.proposals; i++) {
    const p = await proposeSpend(first, merchantId, {
      agent: 'promotion',
      action: 'raise_daily_budget',
      amountYuan: plan.amountYuan,
      channel: 'ad:drill',
      description: `drill spend ${i + 1}`,
      payload: { drill: i },
    });
    ids.push(p.id);
  }
  const requests: Promise<unknown>[] = [];
  ids.forEach((id, i) => {
    for (let t = 0; t < plan.tapsPerProposal; t++) {
      requests.push(confirmSpend(stores[(i + t) % stores.length], merchantId, id, DRILL_OWNER));
    }
    requests.push(executeApproved(stores[(i + 1) % stores.length], merchantId, id));
  });
  await Promise.allSettled(requests);

  const booked = new Map<string, number>();
  let spentYuan = 0;
  for (const s of await listAdChannelSpends(first, merchantId)) {
    if (s.kind !== 'spend') continue;
    booked.set(s.proposal_id, (booked.get(s.proposal_id) ?? 0) + 1);
    spentYuan += s.amount_yuan;
  }
  const final = await listProposals(first, merchantId, { statuses: ['approved', 'executing', 'executed'] });
  return {
    proposals: plan.proposals,
    taps: plan.proposals * plan.tapsPerProposal,
    executed: final.filter((p) => p.status === 'executed').length,
    doubleSpends: [...booked.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    budgetOverrunYuan: Math.max(0, Math.round((spentYuan - plan.dailyBudgetYuan) * 100) / 100),
    stuckApprovals: final.filter((p) => p.status !== 'executed').length,
  };
}
