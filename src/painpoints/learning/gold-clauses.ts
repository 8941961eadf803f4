import { z } from 'zod';
import type { Polarity } from '../types.js';
import { unitHash, type GoldOpinion, type GoldReview } from './zhijiang.js';

/**
 * Hand-labelled review clauses (gold/absa-negative, conventions in its LABELLING.md): clauses of negative
 * online_shopping_10_cats reviews in ten categories, and clauses written in trolley/storage/stationery/toy
 * wording. They teach and test the tagger on goods the zhijiang cosmetics set never shows.
 */
const span = z.object({ text: z.string().min(1), start: z.number().int().min(0), end: z.number().int().min(1) });
const label = z.object({
  aspect: span.nullable(),
  opinion: span,
  polarity: z.enum(['positive', 'negative', 'neutral']),
  theme: z.string().min(1),
});
const clause = z.object({
  id: z.string().min(1),
  category: z.string().min(1),
  source: z.enum(['online_shopping_10_cats', 'written']),
  row: z.number().int().min(0).optional(),
  clause: z.number().int().min(0).optional(),
  text: z.string().min(1),
  labels: z.array(label),
});

export type GoldClauseLabel = z.infer<typeof label>;
export type GoldClause = z.infer<typeof clause>;

/** Rows of one JSONL file; a bad row names its line, and a span must be what the clause says there. */
export function parseGoldClauses(jsonl: string, file: string): GoldClause[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, number }) => {
      const parsed = clause.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${number}: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`);
      for (const l of parsed.data.labels) {
        for (const s of [l.aspect, l.opinion]) {
          if (s && parsed.data.text.slice(s.start, s.end) !== s.text) throw new Error(`${file}:${number}: span ${s.text} is not at ${s.start}-${s.end}`);
        }
      }
      return parsed.data;
    });
}

const POLARITY_MARK: Record<string, Polarity> = { '+': 'positive', '=': 'neutral' };

/** `start` of `needle` in `text` at or after `from`, else anywhere, else an error naming the clause. */
function find(text: string, needle: string, from: number): number {
  const after = text.indexOf(needle, from);
  const at = after >= 0 ? after : text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in "${text}"`);
  return at;
}

/**
 * A person's labels for one clause (`aspect>opinion>theme;…`, see scripts/label-clauses.ts) as spans: the
 * aspect where it is first written, the opinion where it is first written after that aspect.
 */
export function locateLabels(text: string, written: string): GoldClauseLabel[] {
  return written
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const [aspectText, rawOpinion, theme] = pair.split('>').map((s) => s.trim());
      if (!rawOpinion || !theme) throw new Error(`"${pair}" needs aspect>opinion>theme (clause "${text}")`);
      const polarity = POLARITY_MARK[rawOpinion[0]] ?? 'negative';
      const opinionText = polarity === 'negative' ? rawOpinion : rawOpinion.slice(1);
      const aspectAt = aspectText === '_' ? -1 : find(text, aspectText, 0);
      const aspect = aspectAt < 0 ? null : { text: aspectText, start: aspectAt, end: aspectAt + aspectText.length };
      const opinionAt = find(text, opinionText, aspect ? aspect.end : 0);
      return { aspect, opinion: { text: opinionText, start: opinionAt, end: opinionAt + opinionText.length }, polarity, theme };
    });
}

/** A clause as the zhijiang reader's shape, so one trainer and one scorer serve both. */
export function goldReviewOf(c: GoldClause): GoldReview {
  const labels: GoldOpinion[] = c.labels.map((l) => ({ aspect: l.aspect, opinion: l.opinion, category: l.theme, polarity: l.polarity }));
  return { id: c.id, text: c.text, labels };
}

/** Share of each category's clauses that no training or tuning ever sees; the eval scores them. */
export const GOLD_HELD_OUT_SHARE = 0.3;
/** Fixed, so the held-out clauses are the same on every run and machine. */
export const GOLD_SPLIT_SEED = 1515;

export function splitGoldClauses(clauses: GoldClause[], seed = GOLD_SPLIT_SEED, heldOut = GOLD_HELD_OUT_SHARE) {
  const train: GoldClause[] = [];
  const test: GoldClause[] = [];
  for (const c of clauses) (unitHash(seed, c.id) < heldOut ? test : train).push(c);
  return { train, test };
}
