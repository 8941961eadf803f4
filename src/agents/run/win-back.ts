import { notFound } from '../../domain/errors.js';
import { listOrders } from '../../store/merchant-data.js';
import { draftWinBack, winBackFacts } from '../customer-service/win-back.js';
import { ownProducts } from './facts.js';
import type { TaskInputs } from './inputs.js';
import type { AgentWorkplace, TaskResult } from './workplace.js';

/** Customer-service specialist, from the customers page (交给客服): a message to bring a lapsing buyer back, for the owner to send. */
export async function winBackBuyer(place: AgentWorkplace, merchantId: string, input: TaskInputs['service']['winBack']): Promise<TaskResult> {
  const [orders, products] = await Promise.all([listOrders(place.store, merchantId), ownProducts(place.store, merchantId)]);
  const facts = winBackFacts(input.buyerId, orders, new Map(products.map((p) => [p.id, p.name])), place.now());
  if (!facts) throw notFound({ key: 'no_buyer', params: { id: input.buyerId } });
  // The owner sends it herself (or edits it): the shop's chat is not connected, and a message in her name needs her eyes.
  return { output: { kind: 'winBack', ...facts, answer: draftWinBack(facts) }, outcome: 'needs_human', note: null };
}
