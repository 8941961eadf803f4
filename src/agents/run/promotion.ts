import { listAdCampaigns } from '../../store/agents.js';
import { listKeywordVolumes } from '../../store/merchant-data.js';
import { mondayOf } from '../manager/plan.js';
import { adviseCampaignBudgets, adviseKeywords, promotionSpendRequests } from '../promotion/plan.js';
import { ownProducts, risingKeywords } from './facts.js';
import { proposeAll } from './spend.js';
import type { AgentWorkplace, TaskResult } from './workplace.js';

/** Promotion specialist: keyword, bid and budget advice; anything costing money goes to the guard as a proposal. */
export async function planPromotion(place: AgentWorkplace, merchantId: string): Promise<TaskResult> {
  const [products, volumes, campaigns, rising] = await Promise.all([
    ownProducts(place.store, merchantId),
    listKeywordVolumes(place.store, merchantId),
    listAdCampaigns(place.store, merchantId),
    risingKeywords(place.store, merchantId),
  ]);
  const keywords = adviseKeywords(products, volumes, campaigns, new Set(rising.map((r) => r.key)));
  const budgets = adviseCampaignBudgets(keywords, campaigns);
  const proposals = await proposeAll(place, merchantId, promotionSpendRequests(keywords, budgets, mondayOf(place.now().toISOString())));
  return { output: { keywords, budgets, proposals }, outcome: proposals.length > 0 ? 'proposed' : 'done', note: null };
}
