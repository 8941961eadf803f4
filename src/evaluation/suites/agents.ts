import { EVAL_PRODUCTS, EVAL_TRENDING } from '../../agents/eval/catalogue.js';
import { EVAL_PAST_ANSWERS, EVAL_QUESTIONS, type EvalQuestion } from '../../agents/eval/questions.js';
import { requiredAttributes } from '../../agents/product/attributes.js';
import { findBannedClaims } from '../../agents/product/banned-claims.js';
import { draftListing } from '../../agents/product/listing.js';
import { numbersIn } from '../../agents/numbers.js';
import { answerQuestion, indexPastAnswers, type ServiceAnswer } from '../../agents/customer-service/answer.js';
import type { EvalSuite } from '../suite.js';

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
/** Growth values only order the terms; the order within a category is the list's. */
const trendingFor = (category: string) => (EVAL_TRENDING[category] ?? []).map((key, i) => ({ key, growth: 1 - i / 10 }));

function titleScores() {
  const coverage: number[] = [];
  let withBanned = 0;
  for (const product of EVAL_PRODUCTS) {
    const listing = draftListing(product, trendingFor(product.category), product.painPoints);
    const title = listing.title.title;
    if (findBannedClaims(title).length > 0 || listing.copy.some((line) => findBannedClaims(line).length > 0)) withBanned++;
    const present = requiredAttributes(product.category)
      .map((spec) => spec.split('|').find((k) => (product.attributes[k] ?? '') !== ''))
      .filter((k): k is string => k !== undefined);
    if (present.length > 0) coverage.push(present.filter((k) => title.includes(product.attributes[k])).length / present.length);
  }
  return {
    'agents.title.attributeCoverage': mean(coverage),
    'agents.title.bannedClaimRate': withBanned / EVAL_PRODUCTS.length,
    'agents.title.products': EVAL_PRODUCTS.length,
  };
}

/** Rests on the gold evidence, and states no number the product's facts and past answers do not hold. */
function grounded(reply: ServiceAnswer, q: EvalQuestion, facts: Record<string, string>): boolean {
  const allowed = new Set([...Object.values(facts), ...EVAL_PAST_ANSWERS.map((a) => a.answer)].flatMap(numbersIn));
  if (numbersIn(reply.answer).some((n) => !allowed.has(n))) return false;
  if (q.gold.kind === 'fact') return reply.answer.includes(facts[q.gold.key]);
  if (q.gold.kind === 'past') {
    const id = q.gold.id;
    return reply.evidence.some((e) => e.kind === 'past_answer' && e.ref === id);
  }
  return false;
}

function serviceScores() {
  let abstainRight = 0;
  let answered = 0;
  let groundedAnswers = 0;
  let unanswerable = 0;
  let abstainedWhenUnanswerable = 0;
  for (const q of EVAL_QUESTIONS) {
    const product = EVAL_PRODUCTS.find((p) => p.id === q.productId)!;
    // As in the shop: the product's own past answers and the shop-wide ones.
    const memory = indexPastAnswers(EVAL_PAST_ANSWERS.filter((a) => a.productId === null || a.productId === product.id));
    const reply = answerQuestion(q.question, product, memory);
    const shouldAbstain = q.gold.kind === 'none';
    if (reply.abstained === shouldAbstain) abstainRight++;
    if (shouldAbstain) {
      unanswerable++;
      if (reply.abstained) abstainedWhenUnanswerable++;
    }
    if (!reply.abstained) {
      answered++;
      if (grounded(reply, q, { ...product.attributes, 价格: `${product.price}元` })) groundedAnswers++;
    }
  }
  return {
    'agents.service.groundedRate': answered ? groundedAnswers / answered : 0,
    'agents.service.abstainCorrect': abstainRight / EVAL_QUESTIONS.length,
    'agents.service.abstainRecall': unanswerable ? abstainedWhenUnanswerable / unanswerable : 0,
    'agents.service.answeredRate': answered / EVAL_QUESTIONS.length,
    'agents.service.questions': EVAL_QUESTIONS.length,
  };
}

/**
 * The digital employees' writing and answering on the hand-written catalogue (src/agents/eval):
 * titles must carry the required attributes and no banned claim; answers must rest on the right
 * fact or earlier answer, and questions nothing answers must be handed to the owner.
 * groundedRate is over the questions answered; abstainCorrect is over all questions (abstained
 * exactly when nothing answers it), so abstaining on everything scores badly on it too.
 */
export const suite: EvalSuite = {
  name: 'agents',
  async run() {
    return { ...titleScores(), ...serviceScores() };
  },
};
