import type { Store } from './store.js';

/** Cached model answers for unsure clauses (migration 980). Pairs stay JSON text: the store never reads them. */

/** Stored answers among `clauseKeys`, as clause key → pairs JSON. */
export async function findClauseAnswers(store: Store, merchantId: string, model: string, clauseKeys: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (clauseKeys.length === 0) return found;
  const rows = await store.db
    .selectFrom('model_clause_answer')
    .select(['clause_key', 'pairs'])
    .where('merchant_id', '=', merchantId)
    .where('model', '=', model)
    .where('clause_key', 'in', clauseKeys)
    .execute();
  for (const row of rows) found.set(row.clause_key, row.pairs);
  return found;
}

export async function saveClauseAnswers(
  store: Store,
  merchantId: string,
  model: string,
  answers: readonly { clauseKey: string; pairs: string }[],
  at: Date,
): Promise<void> {
  if (answers.length === 0) return;
  const rows = answers.map((a) => ({ merchant_id: merchantId, model, clause_key: a.clauseKey, pairs: a.pairs, created_at: at.toISOString() }));
  await store.insertMany('model_clause_answer', rows, ['merchant_id', 'model', 'clause_key']);
}
