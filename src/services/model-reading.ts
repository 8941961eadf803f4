import { AppError } from '../domain/errors.js';
import type { ExtractionCaps, LlmProvider } from '../llm/index.js';
import { DEFAULT_LOCALE, type Locale } from '../messages/keys.js';
import { cliText, renderError } from '../messages/render.js';
import { extractionMessages, readModelAnswer, withModelPairs, type ModelPair } from '../painpoints/model-reading/model-answer.js';
import { unsureClauses, type UnsureClause } from '../painpoints/model-reading/unsure-clauses.js';
import { groupOfAspect } from '../painpoints/tagger/group-of-aspect.js';
import { committedAbsaModel } from '../painpoints/tagger/model-file.js';
import { analyseReviews } from '../painpoints/tagger/review-analysis.js';
import type { AspectOpinion } from '../painpoints/types.js';
import { findClauseAnswers, saveClauseAnswers } from '../store/model-reading.js';
import type { Store } from '../store/store.js';

/**
 * Optional LLM help for the clauses the offline tagger is unsure about (see unsure-clauses.ts): they are
 * sent to the configured model a few at a time, its checked pairs replace the offline ones, and every
 * answer is kept per merchant and model so a clause is asked once. One run stops asking at its caps or at
 * the model's first failure; what was not read keeps the offline reading.
 */

/** Small batches: a local 7B model keeps its JSON well-formed for a handful of short clauses. */
const CLAUSES_PER_CALL = 8;
/** Room for the pairs of one clause in the answer. */
const ANSWER_TOKENS_PER_CLAUSE = 60;
/** Clause keys looked up in one statement, well under either database's limit on parameters. */
const LOOKUP_CHUNK = 500;

export type ModelReadingStop = 'calls' | 'tokens' | 'seconds' | 'down';

/** What the model did in one analysis run, for the import's answer and the CLI. */
export interface ModelReading {
  model: string;
  /** Distinct unsure clauses met in this run. */
  unsure: number;
  /** Of those, how many have the model's answer (asked now or cached). */
  read: number;
  /** Of those read, how many came from earlier answers. */
  cached: number;
  calls: number;
  /** Estimated: characters sent and received. */
  tokens: number;
  stoppedBy: ModelReadingStop | null;
  /** The model's error when it was down, in the reader's language. */
  problem: string | null;
  /** The run in a sentence or two, plain words, in the reader's language. */
  note: string;
}

export interface ModelReader {
  /** Extraction of a batch of reviews, as `extractNewReviews` takes it. */
  extract(texts: readonly string[]): Promise<AspectOpinion[][]>;
  summary(): ModelReading;
}

export function modelReader(
  store: Store,
  merchantId: string,
  llm: LlmProvider,
  caps: ExtractionCaps,
  options: { now?: () => number; locale?: Locale } = {},
): ModelReader {
  const now = options.now ?? Date.now;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const started = now();
  const aspectGroups = committedAbsaModel().aspectGroups;
  const groupOf = (aspect: string) => groupOfAspect(aspect, aspectGroups);
  const met = new Set<string>();
  const answers = new Map<string, readonly ModelPair[]>();
  let cached = 0;
  let calls = 0;
  let tokens = 0;
  let stoppedBy: ModelReadingStop | null = null;
  let problem: string | null = null;

  function capReached(askedTokens: number): ModelReadingStop | null {
    if (calls >= caps.calls) return 'calls';
    if (tokens + askedTokens > caps.tokens) return 'tokens';
    if ((now() - started) / 1000 >= caps.seconds) return 'seconds';
    return null;
  }

  async function lookUp(keys: readonly string[]) {
    for (let at = 0; at < keys.length; at += LOOKUP_CHUNK) {
      const stored = await findClauseAnswers(store, merchantId, llm.model, keys.slice(at, at + LOOKUP_CHUNK));
      for (const [key, pairs] of stored) {
        answers.set(key, JSON.parse(pairs) as ModelPair[]);
        cached++;
      }
    }
  }

  async function ask(clauses: readonly UnsureClause[]) {
    for (let at = 0; at < clauses.length && stoppedBy === null; at += CLAUSES_PER_CALL) {
      const chunk = clauses.slice(at, at + CLAUSES_PER_CALL);
      const messages = extractionMessages(chunk);
      const sent = messages.reduce((n, m) => n + m.content.length, 0);
      const maxTokens = ANSWER_TOKENS_PER_CLAUSE * chunk.length;
      stoppedBy = capReached(sent + maxTokens);
      if (stoppedBy) return;
      calls++;
      let reply: string;
      try {
        reply = (await llm.complete({ purpose: 'painpoints.clauses', messages, draft: '', maxTokens })).text;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        tokens += sent;
        stoppedBy = 'down';
        problem = renderError(locale, error);
        return;
      }
      tokens += sent + reply.length;
      // Not the answer asked for: ignored, so these clauses keep the offline reading (and may be asked next run).
      const read = readModelAnswer(reply, chunk);
      if (!read) continue;
      for (const [key, pairs] of read) answers.set(key, pairs);
      const rows = [...read].map(([clauseKey, pairs]) => ({ clauseKey, pairs: JSON.stringify(pairs) }));
      await saveClauseAnswers(store, merchantId, llm.model, rows, new Date(now()));
    }
  }

  return {
    async extract(texts) {
      const analyses = analyseReviews(texts);
      const unsure = analyses.map(unsureClauses);
      const fresh = new Map<string, UnsureClause>();
      for (const clauses of unsure) {
        for (const clause of clauses) {
          if (met.has(clause.key)) continue;
          met.add(clause.key);
          fresh.set(clause.key, clause);
        }
      }
      await lookUp([...fresh.keys()]);
      if (stoppedBy === null) await ask([...fresh.values()].filter((c) => !answers.has(c.key)));
      return analyses.map((analysis, i) => withModelPairs(analysis.aspects, unsure[i], (key) => answers.get(key), groupOf));
    },
    summary() {
      const reading = { model: llm.model, unsure: met.size, read: answers.size, cached, calls, tokens, stoppedBy, problem };
      return { ...reading, note: modelReadingNote(reading, caps, locale) };
    },
  };
}

/** "本次分析中离线方式拿不准的分句共 N 个，大模型读了其中 M 个…", plus why it stopped when it did. */
export function modelReadingNote(reading: Omit<ModelReading, 'note'>, caps: ExtractionCaps, locale: Locale = DEFAULT_LOCALE): string {
  const sentences = [cliText(locale, 'modelReading.read', { unsure: reading.unsure, model: reading.model, read: reading.read, cached: reading.cached })];
  if (reading.stoppedBy) {
    const limit = reading.stoppedBy === 'down' ? '' : caps[reading.stoppedBy];
    sentences.push(cliText(locale, `modelReading.${reading.stoppedBy}`, { limit, left: reading.unsure - reading.read }));
  }
  return sentences.join(locale === 'en' ? ' ' : '');
}
