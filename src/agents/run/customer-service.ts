import { listServiceAnswers } from '../../store/agents.js';
import type { Store } from '../../store/store.js';
import { answerQuestion, indexPastAnswers, reviewAnswer, type PastAnswerIndex } from '../customer-service/answer.js';
import { answerPrompt } from '../customer-service/prompts.js';
import { ownProduct } from './facts.js';
import type { TaskInputs } from './inputs.js';
import { polish } from './polish.js';
import type { AgentWorkplace, TaskResult } from './workplace.js';

/** Indexed past answers per store and (merchant, product); rebuilt when an answer is added. */
const memories = new WeakMap<Store, Map<string, { signature: string; index: PastAnswerIndex }>>();

async function pastAnswerMemory(store: Store, merchantId: string, productId: string): Promise<PastAnswerIndex> {
  const answers = await listServiceAnswers(store, merchantId, productId);
  // Answers are only ever added, so their count and newest id tell whether the index is current.
  const signature = `${answers.length}:${answers.at(-1)?.id ?? ''}`;
  let byKey = memories.get(store);
  if (!byKey) memories.set(store, (byKey = new Map()));
  const cached = byKey.get(`${merchantId}\u0000${productId}`);
  if (cached?.signature === signature) return cached.index;
  const index = indexPastAnswers(answers);
  byKey.set(`${merchantId}\u0000${productId}`, { signature, index });
  return index;
}

/** Customer-service specialist: answers from facts and past answers; hands the rest to the owner. */
export async function answerBuyer(place: AgentWorkplace, merchantId: string, input: TaskInputs['service']['answer']): Promise<TaskResult> {
  const product = await ownProduct(place.store, merchantId, input.productId);
  const draft = answerQuestion(input.question, product, await pastAnswerMemory(place.store, merchantId, product.id));
  // With nothing to go on there is nothing for a model to phrase: it could only guess.
  const polished = draft.abstained
    ? { text: draft.answer, by: 'rules' as const, note: null }
    : await polish(place.llm, 'service.answer', answerPrompt(input.question, draft), draft.answer, (candidate) => reviewAnswer(candidate, draft));
  return {
    output: { ...draft, question: input.question, productId: product.id, answer: polished.text, answerBy: polished.by },
    outcome: draft.needsHuman ? 'needs_human' : 'done',
    note: polished.note,
  };
}
