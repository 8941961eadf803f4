import { listOrders } from '../../store/merchant-data.js';
import { adviseCampaigns, campaignSpendRequests } from '../campaign/advice.js';
import { ownProducts } from './facts.js';
import { proposeAll } from './spend.js';
import type { AgentWorkplace, TaskResult } from './workplace.js';

/** Campaign specialist: which platform events to join and what to expect; sign-ups go to the guard. */
export async function planCampaigns(place: AgentWorkplace, merchantId: string): Promise<TaskResult> {
  const [products, orders] = await Promise.all([ownProducts(place.store, merchantId), listOrders(place.store, merchantId)]);
  const today = place.now().toISOString();
  const advice = adviseCampaigns(today, products, orders);
  const proposals = await proposeAll(place, merchantId, campaignSpendRequests(advice, today));
  return { output: { campaigns: advice, proposals }, outcome: proposals.length > 0 ? 'proposed' : 'done', note: null };
}
