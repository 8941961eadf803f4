import { z } from 'zod';
import type { AspectOpinion, Polarity } from '../types.js';
import type { UnsureClause } from './unsure-clauses.js';

/** One pair a model found in a clause, checked against the clause's own words. */
export interface ModelPair {
  aspect: string;
  opinion: string;
  polarity: Polarity;
}

/** The only answer shape accepted: numbered clauses, each with its pairs. Extra keys make the whole answer void. */
const answerSchema = z
  .object({
    clauses: z.array(
      z
        .object({
          id: z.number().int(),
          pairs: z.array(
            z
              .object({
                aspect: z.string().min(1),
                opinion: z.string().min(1),
                polarity: z.enum(['positive', 'negative', 'neutral']),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

const INSTRUCTIONS = [
  '你从中文商品评价的分句里找出（方面，观点，情感）。',
  '只回答一个 JSON 对象，不要别的字：{"clauses":[{"id":1,"pairs":[{"aspect":"拉杆","opinion":"角度不能调","polarity":"negative"}]}]}。',
  'aspect 和 opinion 必须是分句里原样出现的字；polarity 只能是 positive、negative 或 neutral；分句里没有评价就给空的 pairs。',
].join('\n');

/** The chat messages asking for the pairs of `clauses`, numbered from 1. */
export function extractionMessages(clauses: readonly UnsureClause[]) {
  const numbered = clauses.map((c, i) => `${i + 1}. ${c.key}`).join('\n');
  return [
    { role: 'system' as const, content: INSTRUCTIONS },
    { role: 'user' as const, content: numbered },
  ];
}

/** The JSON object in a reply: models often wrap it in a ```json fence or a sentence. */
function jsonIn(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

/**
 * The model's pairs per clause key, or null when the reply is not the answer asked for. A pair whose aspect
 * or opinion is not written in its clause is dropped (the model made it up); a clause not answered is left
 * out, so it keeps its offline reading.
 */
export function readModelAnswer(reply: string, clauses: readonly UnsureClause[]): Map<string, ModelPair[]> | null {
  const parsed = answerSchema.safeParse(jsonIn(reply));
  if (!parsed.success) return null;
  const answers = new Map<string, ModelPair[]>();
  for (const { id, pairs } of parsed.data.clauses) {
    const clause = clauses[id - 1];
    if (!clause || answers.has(clause.key)) continue;
    answers.set(
      clause.key,
      pairs.filter((p) => clause.key.includes(p.aspect) && clause.key.includes(p.opinion)),
    );
  }
  return answers;
}

/**
 * A review's offline triples with the model's pairs in place of those of each clause it answered. A clause
 * the model found nothing usable in keeps its offline triples.
 */
export function withModelPairs(
  triples: readonly AspectOpinion[],
  unsure: readonly UnsureClause[],
  answerOf: (key: string) => readonly ModelPair[] | undefined,
  groupOf: (aspect: string) => string,
): AspectOpinion[] {
  const replaced = new Map<string, readonly ModelPair[]>();
  for (const { key, clause } of unsure) {
    const pairs = answerOf(key);
    if (pairs && pairs.length > 0) replaced.set(clause, pairs);
  }
  if (replaced.size === 0) return triples.slice();
  const kept = triples.filter((t) => !replaced.has(t.clause));
  for (const [clause, pairs] of replaced) {
    for (const { aspect, opinion, polarity } of pairs) kept.push({ aspect, aspectGroup: groupOf(aspect), opinion, polarity, clause });
  }
  return kept;
}
