import type { PastAnswer } from '../../domain/agent-task.js';
import type { Product } from '../../domain/types.js';
import { factFor, topicsOf } from '../attribute-topics.js';
import { numbersIn } from '../numbers.js';
import { findBannedClaims } from '../product/banned-claims.js';
import { buildBm25 } from './bm25.js';
import { searchTokens } from './tokens.js';

export type ServiceProduct = Pick<Product, 'id' | 'price' | 'attributes'>;

export interface ServiceEvidence {
  kind: 'attribute' | 'past_answer';
  /** Attribute key or past answer id. */
  ref: string;
  text: string;
}

export interface ServiceAnswer {
  answer: string;
  /** True when nothing in the facts or past answers answers the question: the merchant must. */
  abstained: boolean;
  /** True when the buyer is waiting for the merchant on at least part of the question. */
  needsHuman: boolean;
  topics: string[];
  /** Topics asked about that no fact or past answer covers. */
  unknownTopics: string[];
  evidence: ServiceEvidence[];
}

/**
 * Share of the question's words a past question must contain to count as the same question
 * (or, when both are about the same attribute topic, share of the past question's words).
 * Paraphrases of one question share most content words; below ~0.6 questions that only share the
 * product noun ("收纳箱能放被子吗" vs "收纳箱有味道吗") started to match.
 */
export const MIN_QUESTION_OVERLAP = 0.6;

export const ABSTAIN_REPLY = '亲，这个问题我需要跟厂家确认一下，确认后第一时间回复您，请稍等。';
const PARTIAL_SUFFIX = '其他问题我跟厂家确认后再回复您。';

/**
 * Answers a buyer's question from the product's facts first, then from past answers found by
 * BM25 over jieba words; when neither covers it, says so and hands it to the merchant instead of guessing.
 */
export function answerQuestion(question: string, product: ServiceProduct, memory: PastAnswerIndex): ServiceAnswer {
  const facts: Record<string, string> = { ...product.attributes };
  if (product.price !== null) facts['价格'] = `${product.price}元`;
  const topics = topicsOf(question);
  // "透明的吗", "是PS还是PP的": a question naming an attribute's value is about that attribute.
  if (topics.length === 0) {
    for (const [key, value] of Object.entries(product.attributes)) {
      if (value.length >= 2 && question.toLowerCase().includes(value.toLowerCase())) topics.push({ topic: key, keys: [key], cues: [] });
    }
  }
  const evidence: ServiceEvidence[] = [];
  const unknownTopics: string[] = [];
  for (const topic of topics) {
    const fact = factFor(topic, facts);
    if (fact && !evidence.some((e) => e.ref === fact.key)) evidence.push({ kind: 'attribute', ref: fact.key, text: fact.value });
    else if (!fact) unknownTopics.push(topic.topic);
  }

  const needsPast = topics.length === 0 || unknownTopics.length > 0;
  const past = needsPast ? findPastAnswer(question, product.id, memory, unknownTopics) : undefined;
  if (past) {
    evidence.push({ kind: 'past_answer', ref: past.id, text: past.answer });
    unknownTopics.length = 0;
  }

  const sentences = evidence.map((e) => (e.kind === 'attribute' ? `${e.ref}是${e.text}` : e.text));
  if (sentences.length === 0) {
    return { answer: ABSTAIN_REPLY, abstained: true, needsHuman: true, topics: topics.map((t) => t.topic), unknownTopics, evidence };
  }
  // The chat is already about this product: its name (which may carry claims like 全网第一) is not repeated.
  const factual = evidence.filter((e) => e.kind === 'attribute').length;
  const body = factual > 0 ? `${sentences.slice(0, factual).join('，')}。${sentences.slice(factual).join('')}` : sentences.join('');
  const answer = `亲，${body}${unknownTopics.length > 0 ? PARTIAL_SUFFIX : ''}`;
  return {
    answer,
    abstained: false,
    needsHuman: unknownTopics.length > 0,
    topics: topics.map((t) => t.topic),
    unknownTopics,
    evidence,
  };
}

/**
 * Past answers with their words and topics worked out once, searched by BM25 for every question.
 * Build it from one product's answers plus the shop-wide ones, so other products' cannot crowd the hits.
 */
export interface PastAnswerIndex {
  search(queryTokens: string[]): { answer: PastAnswer; words: Set<string>; topics: string[] }[];
}

/** How many BM25 hits are checked for overlap and topics; the right one is near the top if anywhere. */
const HITS_CHECKED = 5;

export function indexPastAnswers(pastAnswers: PastAnswer[]): PastAnswerIndex {
  const entries = pastAnswers.map((answer) => {
    const tokens = searchTokens(answer.question);
    return { answer, tokens, words: new Set(tokens), topics: topicsOf(answer.question).map((t) => t.topic) };
  });
  const bm25 = buildBm25(entries.map((e) => ({ item: e, tokens: e.tokens })));
  return { search: (queryTokens) => bm25.search(queryTokens, HITS_CHECKED).map((h) => h.item) };
}

function findPastAnswer(question: string, productId: string, memory: PastAnswerIndex, unknownTopics: string[]): PastAnswer | undefined {
  const query = searchTokens(question);
  if (query.length === 0) return undefined;
  for (const hit of memory.search(query)) {
    if (hit.answer.productId !== null && hit.answer.productId !== productId) continue;
    const shared = query.filter((w) => hit.words.has(w)).length;
    const sameTopics = unknownTopics.every((t) => hit.topics.includes(t));
    if (sameTopics && shared / query.length >= MIN_QUESTION_OVERLAP) return hit.answer;
    // "箱子有没有异味" after "有异味吗": every word of the earlier question is in the new one and
    // both ask about the same thing, though the new one adds words of its own.
    if (sameTopics && unknownTopics.length > 0 && shared / hit.words.size >= MIN_QUESTION_OVERLAP) return hit.answer;
  }
  return undefined;
}

/**
 * Checks a model's rewrite of an answer: every fact in the evidence must still be there, no number
 * may appear that the evidence does not contain (the classic hallucinated size or price), a
 * hand-over must stay a hand-over, and chat messages obey the advertising law like listings do.
 */
export function reviewAnswer(candidate: string, draft: ServiceAnswer): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  const evidenceText = draft.evidence.map((e) => e.text).join(' ');
  for (const e of draft.evidence.filter((x) => x.kind === 'attribute')) {
    if (!candidate.includes(e.text)) problems.push(`丢了事实：${e.ref}=${e.text}`);
  }
  const allowed = new Set(numbersIn(evidenceText));
  const invented = numbersIn(candidate).filter((n) => !allowed.has(n));
  if (invented.length > 0) problems.push(`出现资料里没有的数字：${[...new Set(invented)].join('、')}`);
  if (draft.needsHuman && !candidate.includes('确认')) problems.push('资料没覆盖的部分必须说明需要确认，不能直接回答');
  const banned = findBannedClaims(candidate);
  if (banned.length > 0) problems.push(`含广告法禁用词：${banned.map((b) => b.term).join('、')}`);
  return { ok: problems.length === 0, problems };
}
