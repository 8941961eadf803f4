import type { Language } from '../../domain/types.js';
import { clauseSpans, opensWithContrast } from '../../text/clauses.js';
import { detectLanguage } from '../../text/language.js';
import { normalizeForAnalysis } from '../../text/normalize.js';
import type { ReviewFeatures } from '../../text/review-features.js';
import { segment, type TaggedWord } from '../../text/segment.js';
import { boundedMemo } from './bounded-memo.js';
import { distinctTexts, perText } from './distinct-texts.js';
import { groupOfAspect } from './group-of-aspect.js';
import { englishGroupOf, englishSpans, englishWords } from './english.js';
import type { FeatureRows } from './feature-rows.js';
import { compiledTagger } from './compiled/compiled-tagger.js';
import { characterFeatures, prepareLexicons, type PreparedLexicons } from './features.js';
import { predictImplicitAspect } from './implicit-aspect.js';
import type { AbsaModel } from './model.js';
import { committedAbsaModel } from './model-file.js';
import { patternSpans, type PatternMatch } from './opinion-patterns.js';
import { inside, pairOpinions, type Range } from './pairing.js';
import type { FeatureSequence } from './perceptron.js';
import { phrasePolarity } from './phrase-polarity.js';
import type { SpanTagger } from './span-tagger.js';
import { polarityOfKind, type Span, type SpanKind } from './spans.js';
import { OVERALL_GROUP, type AspectOpinion } from '../types.js';

/** An extracted triple with where it sits in the review, for highlighting and for span-level scoring. */
export interface LocatedAspectOpinion extends AspectOpinion {
  aspectSpan: Range | null;
  opinionSpan: Range;
}

/**
 * The text the tagger reads: normalised (full width, traditional characters, capitals) when that keeps
 * every character in place, so spans found in it are also spans of what the buyer wrote.
 */
export function analysisText(text: string): string {
  const normalised = normalizeForAnalysis(text);
  return normalised.length === text.length ? normalised : text.toLowerCase();
}

export function sequenceOf(text: string, lexicons: PreparedLexicons, rows: FeatureRows): FeatureSequence {
  return characterFeatures(text, segment(text), lexicons, rows);
}

/**
 * How the tagger's polarity is checked against the learned lexicon. The tagger learned polarity from
 * cosmetics reviews that are 90% positive, so it leans positive on unfamiliar complaints ("很费劲"); the
 * lexicon (60,000 reviews of ten kinds of goods) overrules it towards negative readily, towards positive
 * only when very sure. Since it also learns from the complaint-only hand-labelled clauses it reads a word
 * with no learned polarity (稳) as a complaint instead; the clause before corrects that (linkedToClauseBefore).
 */
const OVERRULE_TO_NEGATIVE = -0.7;
const OVERRULE_TO_POSITIVE = 2;
/**
 * A pattern-found opinion in a clause the tagger left empty is kept when it is about a known aspect and
 * leans either way by this much, or is a clear complaint by itself; else it is usually chatter.
 */
const PATTERN_POLAR = 0.5;
const PATTERN_COMPLAINT = -1;

/**
 * An aspect this negative is itself a complaint (异味, 毛刺), so "没有异味" is praise, not a complaint. Only
 * complaint-words count: an aspect buyers mostly praise (样式, 效果) must not turn "样式也不好" into praise.
 */
const POLAR_ASPECT = -1.1;

function checkedKind(kind: SpanKind, score: number): SpanKind {
  if (score <= OVERRULE_TO_NEGATIVE) return 'N';
  if (score >= OVERRULE_TO_POSITIVE) return 'P';
  return kind;
}

function patternKind(match: PatternMatch, score: number): SpanKind | null {
  if (score <= PATTERN_COMPLAINT) return 'N';
  if (!match.knownAspect || Math.abs(score) < PATTERN_POLAR) return null;
  return score > 0 ? 'P' : 'N';
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** The word that makes a clause say "as the one before" (很结实，装满东西也稳). */
const AGREEING_WORD = '也';

/** Whether a clause turns against the one before (opens with 不过, 但是 …), agrees with it (says 也), or neither. */
function linkOf(analysed: string, clause: Range, words: TaggedWord[]): 'turns' | 'agrees' | null {
  if (opensWithContrast(analysed, clause.start)) return 'turns';
  for (let w = firstWordFrom(words, clause.start); w < words.length && words[w].end <= clause.end; w++) {
    if (words[w].word === AGREEING_WORD) return 'agrees';
  }
  return null;
}

/** 'P' or 'N' when every opinion in the clause says so, else null (none, neutral or mixed). */
function verdictOf(spans: Span[], clause: Range): 'P' | 'N' | null {
  let verdict: SpanKind | null = null;
  for (const span of spans) {
    if (span.kind === 'A' || !inside(clause, span)) continue;
    if (span.kind === 'U' || (verdict !== null && verdict !== span.kind)) return null;
    verdict = span.kind;
  }
  return verdict as 'P' | 'N' | null;
}

function hasOpinionIn(spans: Span[], clause: Range): boolean {
  for (const span of spans) if (span.kind !== 'A' && overlaps(span, clause)) return true;
  return false;
}

/** Clause ranges of `text`, so pairing never crosses a clause boundary. */
export function clauseRanges(text: string): Range[] {
  return orWholeText(clauseSpans(text), text.length);
}

/** A text with no clause (only punctuation, say) is one range, so its spans still pair. */
const orWholeText = (ranges: Range[], length: number): Range[] => (ranges.length > 0 ? ranges : [{ start: 0, end: length }]);

/**
 * A review already taken apart for sentiment (src/text/review-features.ts): the tagger reads the same
 * normalised text, clauses and words instead of segmenting the review a second time.
 */
export interface ReadReview {
  analysed: string;
  language: Language;
  clauses: Range[];
  words: TaggedWord[];
}

/**
 * The sentiment pass's reading when its text is the one the tagger reads (see analysisText); else, when
 * normalising moved characters, the review is read afresh.
 */
export function readReviewOf(text: string, features: ReviewFeatures): ReadReview {
  if (features.normalized.length !== text.length) return readReview(text);
  const { normalized: analysed, language, spans, words } = features;
  return { analysed, language, clauses: orWholeText(spans, text.length), words };
}

/** Index of the first of `words` (in text order) starting at or after `offset`, by bisection: called per span, so not a scan. */
function firstWordFrom(words: TaggedWord[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** End index of the words from `first` on that end by `to`. */
function wordsEndBy(words: TaggedWord[], first: number, to: number): number {
  let end = first;
  while (end < words.length && words[end].end <= to) end++;
  return end;
}

/** Learned polarity of the words inside [from, to). */
function polarityWithin(words: TaggedWord[], from: number, to: number, lexicons: PreparedLexicons): number {
  const first = firstWordFrom(words, from);
  return phrasePolarity(words, lexicons, first, wordsEndBy(words, first, to));
}

/** Reading a review from scratch, when no sentiment pass has. */
function readReview(text: string): ReadReview {
  const analysed = analysisText(text);
  const language = detectLanguage(analysed);
  return { analysed, language, clauses: clauseRanges(analysed), words: language === 'zh' ? segment(analysed) : [] };
}

/** How a tagger is made from the model's weights: compiledTagger, or plainTagger (the reference). */
export type MakeSpanTagger = (weights: AbsaModel['tagger'], lexicons: PreparedLexicons) => SpanTagger;

export class AspectOpinionExtractor {
  private readonly lexicons: PreparedLexicons;
  private readonly tagger: SpanTagger;
  private readonly english: PreparedLexicons;

  constructor(private readonly model: AbsaModel, makeTagger: MakeSpanTagger = compiledTagger) {
    this.lexicons = prepareLexicons(model.lexicons);
    // English keeps the shared negators and degree words (src/text lists both languages' closed classes).
    this.english = prepareLexicons({ ...model.lexicons, ...model.english });
    this.tagger = makeTagger(model.tagger, this.lexicons);
  }

  /** Aspect and opinion spans of the text, including aspects no opinion was paired with. */
  spans(text: string): Span[] {
    return this.tagSpans(readReview(text)).spans;
  }

  /** The sequence tagger's spans of a Chinese review (English has its own reading, see tagSpans). */
  private taggerSpans({ analysed, language, words }: ReadReview): Span[] {
    if (language === 'en') return [];
    return this.tagger.spans(analysed, words);
  }

  /** Spans of a review taken apart once, shared by `spans` and `extract`, with the words they are read from. */
  private tagSpans(read: ReadReview) {
    const { analysed, language, clauses } = read;
    if (language === 'en') {
      const words = englishWords(analysed);
      return { analysed, clauses, words, spans: clauses.flatMap((c) => englishSpans(words, c, this.english)) };
    }
    // Segmented from `analysed`, so the words' offsets are offsets into it.
    const spans = this.spansOfAnalysed(this.taggerSpans(read), clauses, read.words);
    return { analysed, clauses, words: read.words, spans: this.linkedToClauseBefore(analysed, spans, clauses, read.words) };
  }

  /**
   * The tagger's spans, plus opinions from part-of-speech patterns in clauses where the tagger found
   * none (wording it never saw in cosmetics reviews), with polarity checked against the lexicon.
   */
  private spansOfAnalysed(tagged: Span[], clauses: Range[], words: TaggedWord[]): Span[] {
    const checked = tagged.map((span) =>
      span.kind === 'A' ? span : { ...span, kind: checkedKind(span.kind, polarityWithin(words, span.start, span.end, this.lexicons)) },
    );
    const patterned: Span[] = [];
    for (const clause of clauses) {
      if (hasOpinionIn(checked, clause)) continue;
      const first = firstWordFrom(words, clause.start);
      for (const match of patternSpans(words, first, wordsEndBy(words, first, clause.end), this.lexicons)) {
        const kind = patternKind(match, phrasePolarity(words, this.lexicons, match.polarFrom, match.polarTo));
        if (!kind) continue;
        if (match.aspect) patterned.push(match.aspect);
        patterned.push({ ...match.opinion, kind });
      }
    }
    if (patterned.length === 0) return checked;
    // In those clauses the pattern saw a whole aspect-opinion pair, so it wins over a lone tagged aspect.
    const kept = checked.filter((s) => !patterned.some((p) => overlaps(p, s)));
    return [...kept, ...patterned].sort((a, b) => a.start - b.start);
  }

  /**
   * How a clause leans on the one before it: one opened by 不过 / 但是 turns against it ("角度不能调，不过很结实"),
   * one saying 也 agrees with it ("很结实，装满东西也稳"). An opinion whose own words are silent or agree
   * takes that reading; the tagger cannot see it and reads an unknown word ("稳") as a complaint, having
   * learned from thousands of complaint-only clauses. Opinions whose words say otherwise (see saysOtherwise)
   * keep their polarity: "但是拉杆太松" stays a complaint, "也不好" too. Clauses are read in order, so 不过 … 也 … chains.
   */
  private linkedToClauseBefore(analysed: string, spans: Span[], clauses: Range[], words: TaggedWord[]): Span[] {
    let linked: Span[] | null = null;
    for (let i = 1; i < clauses.length; i++) {
      const link = linkOf(analysed, clauses[i], words);
      if (!link) continue;
      const before = verdictOf(linked ?? spans, clauses[i - 1]);
      if (!before) continue;
      const reading: 'P' | 'N' = link === 'agrees' ? before : before === 'N' ? 'P' : 'N';
      for (let s = 0; s < spans.length; s++) {
        const span = spans[s];
        if (span.kind === 'A' || span.kind === reading || !inside(clauses[i], span)) continue;
        if (this.saysOtherwise(words, span, reading)) continue;
        linked ??= spans.slice();
        linked[s] = { ...span, kind: reading };
      }
    }
    return linked ?? spans;
  }

  /** An opinion's words speak against `reading` when they lean the other way or hold a negator (不能太多 is its own verdict). */
  private saysOtherwise(words: TaggedWord[], span: Span, reading: 'P' | 'N'): boolean {
    const first = firstWordFrom(words, span.start);
    const end = wordsEndBy(words, first, span.end);
    for (let w = first; w < end; w++) if (this.lexicons.factsOf(words[w]).negator) return true;
    const score = phrasePolarity(words, this.lexicons, first, end);
    return reading === 'P' ? score < 0 : score > 0;
  }

  /** Reads aspect and opinion together when the aspect is itself polar: 没有 + 异味 is a compliment. */
  private withPolarAspect(words: TaggedWord[], aspect: Span, opinion: Span): Span {
    if (polarityWithin(words, aspect.start, aspect.end, this.lexicons) > POLAR_ASPECT) return opinion;
    const joint = polarityWithin(words, Math.min(aspect.start, opinion.start), Math.max(aspect.end, opinion.end), this.lexicons);
    return { ...opinion, kind: joint > 0 ? 'P' : 'N' };
  }

  private readonly groupOf = boundedMemo((aspect: string): string => {
    if (this.english.aspects.has(aspect)) return englishGroupOf(aspect, this.english.aspects);
    return groupOfAspect(aspect, this.model.aspectGroups);
  });

  /** English opinions without an aspect are about the product overall: no classifier is trained for them. */
  private readonly implicitAspect = boundedMemo((opinion: string): string =>
    /[a-z]/.test(opinion) ? OVERALL_GROUP : predictImplicitAspect(this.model.implicitAspects, opinion),
  );

  /** Triples of `text`; `read` is its reading by the sentiment pass, when there was one (see readReviewOf). */
  extract(text: string, read: ReadReview = readReview(text)): LocatedAspectOpinion[] {
    const { analysed, clauses, words, spans } = this.tagSpans(read);
    return pairOpinions(spans, clauses).map(({ aspect, opinion: found, clause }) => {
      const opinion = aspect ? this.withPolarAspect(words, aspect, found) : found;
      const opinionText = text.slice(opinion.start, opinion.end);
      const aspectText = aspect
        ? analysed.slice(aspect.start, aspect.end)
        : this.implicitAspect(analysed.slice(opinion.start, opinion.end));
      return {
        aspect: aspect ? text.slice(aspect.start, aspect.end) : aspectText,
        // An inferred aspect is already a group-level name (价格, 物流), so it is not split by containment.
        aspectGroup: aspect ? this.groupOf(aspectText) : (this.model.aspectGroups[aspectText] ?? aspectText),
        opinion: opinionText,
        polarity: polarityOfKind[opinion.kind as 'P' | 'N' | 'U'],
        clause: text.slice(clause.start, clause.end),
        aspectSpan: aspect ? { start: aspect.start, end: aspect.end } : null,
        opinionSpan: { start: opinion.start, end: opinion.end },
      };
    });
  }
}

let shared: AspectOpinionExtractor | undefined;

const tripleOf = ({ aspect, aspectGroup, opinion, polarity, clause }: LocatedAspectOpinion): AspectOpinion => ({
  aspect,
  aspectGroup,
  opinion,
  polarity,
  clause,
});

function sharedExtractor(): AspectOpinionExtractor {
  return (shared ??= new AspectOpinionExtractor(committedAbsaModel()));
}

/**
 * (aspect, opinion, polarity) triples of one review, e.g. 拉杆 / 角度不能调 / negative; `read` is its
 * reading by the sentiment pass, when there was one (see readReviewOf).
 */
export function extractAspectOpinions(text: string, read?: ReadReview): AspectOpinion[] {
  return sharedExtractor().extract(text, read).map(tripleOf);
}

/** Triples of many reviews, each distinct text read here once (repeats share their triples). */
export function extractManyAspectOpinions(texts: readonly string[]): AspectOpinion[][] {
  const batch = distinctTexts(texts);
  return perText(batch, batch.distinct.map((text) => extractAspectOpinions(text)));
}
