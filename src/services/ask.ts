import type { App } from '../app.js';
import { executeAskQuery, type AskAnswer } from '../ask/execute.js';
import { modelQueryMessages, parseModelQuery } from '../ask/model-query.js';
import type { AskQuery } from '../ask/query.js';
import { asksAboutAnotherMerchant, queryFromRules, SUGGESTED_QUESTIONS, type AskVocabulary } from '../ask/rules.js';
import { listMerchants } from '../store/accounts.js';
import { listOrderPlaces } from '../store/profit.js';
import type { Store } from '../store/store.js';
import { ownProductsFor, profitLinesFor, profitSettingsFor } from './profit.js';

/** "Ask in Chinese": a question about the shop's own numbers, answered from the signed-in merchant's data only. */

export type AskResult =
  | { status: 'answered'; question: string; source: 'rules' | 'model'; answer: AskAnswer }
  | { status: 'noData'; question: string; query: AskQuery }
  | { status: 'unknown'; question: string; suggestions: readonly string[] }
  | { status: 'refused'; question: string; suggestions: readonly string[] };

async function vocabularyFor(store: Store, merchantId: string, products: { name: string; category: string }[]): Promise<AskVocabulary> {
  const places = await listOrderPlaces(store, merchantId);
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];
  return {
    regions: distinct(places.map((p) => p.region)),
    channels: distinct(places.map((p) => p.channel)),
    categories: distinct(products.map((p) => p.category)),
    products: distinct(products.map((p) => p.name)),
  };
}

/** The model's query when a model is configured and writes a valid one; otherwise null (the rules decide). */
async function queryFromModel(llm: App['llm'], question: string, vocabulary: AskVocabulary): Promise<AskQuery | null> {
  if (llm.name === 'offline') return null;
  try {
    const reply = await llm.complete({ purpose: 'ask.query', messages: modelQueryMessages(question, vocabulary), draft: '', maxTokens: 300 });
    return parseModelQuery(reply.text);
  } catch {
    // A model that is down or slow must not take the answer with it: the rules still answer.
    return null;
  }
}

export async function askQuestion({ store, llm }: Pick<App, 'store' | 'llm'>, merchantId: string, question: string): Promise<AskResult> {
  const others = (await listMerchants(store)).filter((m) => m.id !== merchantId).flatMap((m) => [m.id, m.name]);
  if (asksAboutAnotherMerchant(question, others)) return { status: 'refused', question, suggestions: SUGGESTED_QUESTIONS };
  const [lines, products, settings] = await Promise.all([profitLinesFor(store, merchantId), ownProductsFor(store, merchantId), profitSettingsFor(store, merchantId)]);
  const vocabulary = await vocabularyFor(store, merchantId, products);
  const fromModel = await queryFromModel(llm, question, vocabulary);
  const query = fromModel ?? queryFromRules(question, vocabulary);
  if (!query) return { status: 'unknown', question, suggestions: SUGGESTED_QUESTIONS };
  const answer = executeAskQuery(query, lines, products, settings);
  if (!answer) return { status: 'noData', question, query };
  return { status: 'answered', question, source: fromModel ? 'model' : 'rules', answer };
}
