import { listOrders } from '../../store/merchant-data.js';
import { adviseCampaigns, campaignSpendRequests } from '../campaign/advice.js';
import { ownProducts } from './facts.js';
import { proposeAll } from './spend.js';
import type { TaskInputs } from './inputs.js';
import type { AgentWorkplace, TaskResult } from './workplace.js';

/**
 * Campaign specialist: which platform events to join and what to expect; sign-ups go to the guard. Asked from the
 * markets page for one channel or region, it reads that market's orders only, so the effect is that market's.
 */
export async function planCampaigns(place: AgentWorkplace, merchantId: string, scope: TaskInputs['campaign']['campaigns'] = {}): Promise<TaskResult> {
  const [products, allOrders] = await Promise.all([ownProducts(place.store, merchantId), listOrders(place.store, merchantId)]);
  const orders = allOrders.filter((o) => (!scope.channel || o.channel === scope.channel) && (!scope.region || o.region === scope.region));
  const today = place.now().toISOString();
  const advice = adviseCampaigns(today, products, orders);
  const proposals = await proposeAll(place, merchantId, campaignSpendRequests(advice, today, scope.region));
  return { output: { campaigns: advice, proposals, scope }, outcome: proposals.length > 0 ? 'proposed' : 'done', note: null };
}
