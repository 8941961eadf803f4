import type { ClauseSpan } from './clauses.js';
import { combineHashes, hashText } from './hash.js';
import { isHan } from './language.js';
import { NegationScope } from './modifiers.js';
import type { TaggedWord } from './segment.js';

/**
 * Sentiment features of one review as hashes, grouped by clause: clause i owns
 * features[clauseEnds[i - 1] ?? 0 .. clauseEnds[i]). Features never cross a clause boundary, so a
 * linear model scores every clause and the whole review from the same pass.
 */
export interface FeatureBag {
  features: number[];
  clauseEnds: number[];
}

/**
 * Where a review's features are written before they are copied out at their final size: pushing onto
 * an array grew it five or six times per review, most of the text pipeline's garbage. The copy is a
 * plain array: a typed array of this size lives off the heap, and allocating and freeing one cost
 * about 4 µs, against half a microsecond.
 */
class FeatureBuffer {
  private data = new Int32Array(4096);
  /** Features written since start; clause ends are kept as lengths. */
  length = 0;

  push(feature: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = feature;
  }

  /** Starts a review's features: what a review that failed half-way wrote is dropped, not passed on. */
  start(): void {
    this.length = 0;
  }

  /** The features written since start, at their size. */
  take(): number[] {
    const features = new Array<number>(this.length);
    for (let i = 0; i < this.length; i++) features[i] = this.data[i];
    return features;
  }
}

const buffer = new FeatureBuffer();

/** Seeds that keep feature kinds apart in the one hash space. */
const UNIGRAM = 0x1f2e3d4c;
const NEGATED = 0x5a6b7c8d;
const CHAR_UNIGRAM = 0x3c4d5e6f;
const CHAR_BIGRAM = 0x2b3c4d5e;
const CHAR_TRIGRAM = 0x4d5e6f70;
const CLAUSE_START = 0x6e7f8091;
const CLAUSE_END = 0x13579bdf;

/**
 * Chinese: words, word bigrams (with clause start/end), negated words, and character 1-3-grams, which
 * carry opinions jieba splits oddly ("不值" / "值" "得"); adding single characters and trigrams to
 * the bigrams was worth a tenth of a point of held-out accuracy, and more once NB-LR weighs them.
 * `words` is jieba's segmentation of `normalized`, whose concatenation is `normalized` itself.
 */
export function chineseFeatures(normalized: string, words: readonly TaggedWord[], spans: readonly ClauseSpan[]): FeatureBag {
  buffer.start();
  const clauseEnds: number[] = [];
  let offset = 0;
  let spanIndex = 0;
  let clause = new ClauseFeatures();
  for (const { word } of words) {
    const start = offset;
    offset += word.length;
    while (spanIndex < spans.length && spans[spanIndex].end <= start) {
      endClause(clauseEnds, clause, normalized, spans[spanIndex]);
      clause = new ClauseFeatures();
      spanIndex++;
    }
    if (spanIndex === spans.length) break;
    if (start >= spans[spanIndex].start && isContent(word.charCodeAt(0))) clause.word(word);
  }
  for (; spanIndex < spans.length; spanIndex++) {
    endClause(clauseEnds, clause, normalized, spans[spanIndex]);
    clause = new ClauseFeatures();
  }
  return { features: buffer.take(), clauseEnds };
}

/** English: lower-case words (letters, digits, apostrophes), word bigrams and negated words. */
export function englishFeatures(normalized: string, spans: readonly ClauseSpan[]): FeatureBag {
  buffer.start();
  const clauseEnds: number[] = [];
  for (const span of spans) {
    const clause = new ClauseFeatures();
    let wordStart = -1;
    for (let i = span.start; i <= span.end; i++) {
      const inWord = i < span.end && isEnglishWordChar(normalized.charCodeAt(i));
      if (inWord && wordStart < 0) wordStart = i;
      if (!inWord && wordStart >= 0) {
        clause.word(normalized.slice(wordStart, i));
        wordStart = -1;
      }
    }
    clause.end();
    clauseEnds.push(buffer.length);
  }
  return { features: buffer.take(), clauseEnds };
}

/** Word-level features of one clause, appended to the review's features as words arrive. */
class ClauseFeatures {
  private previous = CLAUSE_START;
  private readonly negation = new NegationScope();

  word(word: string): void {
    const hash = hashText(word);
    buffer.push(combineHashes(UNIGRAM, hash));
    buffer.push(combineHashes(this.previous, hash));
    if (this.negation.next(word)) buffer.push(combineHashes(NEGATED, hash));
    this.previous = hash;
  }

  end(): void {
    if (this.previous !== CLAUSE_START) buffer.push(combineHashes(this.previous, CLAUSE_END));
  }
}

function endClause(clauseEnds: number[], clause: ClauseFeatures, normalized: string, span: ClauseSpan): void {
  clause.end();
  // A sliding window of the last three characters, reset by anything that is not a letter or digit.
  let run = 0;
  let first = 0;
  let second = 0;
  for (let i = span.start; i < span.end; i++) {
    const code = normalized.charCodeAt(i);
    if (!isContent(code)) {
      run = 0;
      continue;
    }
    buffer.push(combineHashes(CHAR_UNIGRAM, code));
    if (run >= 1) buffer.push(combineHashes(CHAR_BIGRAM, (second << 16) | code));
    if (run >= 2) buffer.push(combineHashes(combineHashes(CHAR_TRIGRAM, first), (second << 16) | code));
    first = second;
    second = code;
    run++;
  }
  clauseEnds.push(buffer.length);
}

function isContent(code: number): boolean {
  const folded = code | 0x20;
  return isHan(code) || (folded >= 0x61 && folded <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

const APOSTROPHE = 0x27;

function isEnglishWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === APOSTROPHE;
}
