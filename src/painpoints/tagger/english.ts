import type { TaggedWord } from '../../text/segment.js';
import type { PreparedLexicons } from './features.js';
import type { Range } from './pairing.js';
import { negatedForm, phrasePolarity } from './phrase-polarity.js';
import type { Span } from './spans.js';

/**
 * English reviews (cross-border listings, the Amazon sample) have no tagged training data, so their
 * aspect-opinion pairs come from lexicons learned from rated reviews alone: opinions are words whose
 * learned log-odds are strong, aspects are words buyers put after "the/this/my", paired within a clause.
 */
export interface EnglishLexicons {
  polarity: Record<string, number>;
  aspects: string[];
}

/**
 * Log-odds beyond which an English word carries an opinion by itself (about 4.5:1 odds): the lexicon
 * comes from 2,500 mostly happy reviews, so weaker words are noise.
 */
const OPINION_LOG_ODDS = 1.5;
/** A negated or modified phrase needs this much learned polarity to count either way. */
const POLAR_PHRASE = 0.5;

const WORD = /[a-z][a-z'’-]*/g;
/** Contractions negate like "not" ("doesn't", "won't"); the closed list in src/text covers the rest. */
const isContractedNegation = (word: string) => /n['’]t$/.test(word);

/** Lower-cased words with their offsets; a contracted negation is read as "not". */
export function englishWords(text: string): TaggedWord[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => ({
    word: isContractedNegation(m[0]) ? 'not' : m[0],
    tag: 'eng',
    id: -1, // English words are not in the segmenter's dictionary
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Aspect and opinion spans of one clause of an English review, with each opinion's polarity. */
export function englishSpans(words: TaggedWord[], clause: Range, lex: PreparedLexicons): Span[] {
  const local = words.filter((w) => w.start >= clause.start && w.end <= clause.end);
  const spans: Span[] = local.filter((w) => lex.aspects.has(w.word)).map((w) => ({ kind: 'A' as const, start: w.start, end: w.end }));
  local.forEach((w, i) => {
    const negated = i > 0 && lex.negators.has(local[i - 1].word);
    const learned = Math.abs(lex.polarity.get(negated ? negatedForm(w.word) : w.word) ?? lex.polarity.get(w.word) ?? 0);
    if (lex.aspects.has(w.word) || lex.negators.has(w.word) || learned < OPINION_LOG_ODDS) return;
    let from = i;
    while (from > 0 && (lex.negators.has(local[from - 1].word) || lex.degrees.has(local[from - 1].word))) from--;
    const score = phrasePolarity(local.slice(from, i + 1), lex);
    if (Math.abs(score) < POLAR_PHRASE) return;
    spans.push({ kind: score > 0 ? 'P' : 'N', start: local[from].start, end: w.end });
  });
  return spans.sort((a, b) => a.start - b.start);
}

/** Plural and singular are one aspect (screens → screen) when both are known. */
export function englishGroupOf(aspect: string, aspects: Set<string>): string {
  const singular = aspect.replace(/(?:es|s)$/, '');
  return aspect !== singular && aspects.has(singular) ? singular : aspect;
}
