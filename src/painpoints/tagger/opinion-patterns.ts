import type { TaggedWord } from '../../text/segment.js';
import type { PreparedLexicons } from './features.js';
import type { Span } from './spans.js';

/** jieba tags of words that can head an opinion even with no learned polarity (大, 薄, 涩). */
const ADJECTIVE_TAGS = new Set(['a', 'ad', 'an', 'ag']);
const NOUN_TAGS = new Set(['n', 'nz', 'ng', 'vn']);
const VERB_TAGS = new Set(['v', 'vd', 'vi']);
/** Particles kept at the end of an opinion, as the zhijiang annotators did ("太随便了"). */
const TRAILING_PARTICLES = new Set(['了', '的']);
/** Words that may sit between an aspect and its opinion ("盖子也很紧", "拉杆的角度"). */
const LINK_TAGS = new Set(['d', 'uj', 'ul', 'p', 'c']);
/** How far left a link may stretch before the aspect is considered unrelated. */
const MAX_LINK_WORDS = 2;
/** Learned log-odds beyond which a word is an opinion by itself (about 3:1 odds). */
const OPINION_CORE_LOG_ODDS = 1.1;
/**
 * Nouns are opinions only when very polar (垃圾, 差评, about 7:1 odds); otherwise a noun that merely
 * shows up in angry reviews (脸, 客服) would be read as the complaint itself.
 */
const NOUN_OPINION_LOG_ODDS = 2;

/** An opinion found by pattern; its polarity ('U' until scored) is decided by the caller from the lexicon. */
export interface PatternMatch {
  aspect: Span | null;
  /** The aspect is one buyers are known to talk about, not just any noun. */
  knownAspect: boolean;
  opinion: Span;
  /**
   * The words that say how it is, words[polarFrom, polarTo): nouns the opinion took over from the
   * aspect (角度 in 角度不能调) only say what.
   */
  polarFrom: number;
  polarTo: number;
}

const isNoun = (w: TaggedWord) => NOUN_TAGS.has(w.tag) && w.end - w.start > 1;

const strength = (w: TaggedWord, lex: PreparedLexicons) => Math.abs(lex.factsOf(w).polarity ?? 0);

/** Tags are checked before the lexicon is: an adjective needs no polarity looked up. */
function isCore(w: TaggedWord, lex: PreparedLexicons): boolean {
  // Verbal nouns (变形, 漏水) are events buyers suffer, so they qualify like verbs.
  if (NOUN_TAGS.has(w.tag) && w.tag !== 'vn') return strength(w, lex) >= NOUN_OPINION_LOG_ODDS;
  return ADJECTIVE_TAGS.has(w.tag) || strength(w, lex) >= OPINION_CORE_LOG_ODDS;
}

const modifies = (w: TaggedWord, lex: PreparedLexicons) => {
  const facts = lex.factsOf(w);
  return facts.degree || facts.negator;
};

const isVerbal = (w: TaggedWord) => VERB_TAGS.has(w.tag) || ADJECTIVE_TAGS.has(w.tag);

/**
 * Aspect-opinion spans found by part-of-speech patterns with the learned lexicons: an opinion is a
 * polar or adjectival word, or a negated verb ("不能调"), with its degree words and negators; its aspect
 * is the run of nouns just before it. In a run like 拉杆/角度 the first known aspect is the aspect and
 * the nouns after it belong to the opinion (拉杆 / 角度不能调). The words of one clause are
 * words[from, to), read in place.
 */
export function patternSpans(words: TaggedWord[], from: number, to: number, lex: PreparedLexicons): PatternMatch[] {
  const matches: PatternMatch[] = [];
  let i = from;
  while (i < to) {
    const negatedVerb = i > from && VERB_TAGS.has(words[i].tag) && lex.factsOf(words[i - 1]).negator;
    if (!isCore(words[i], lex) && !negatedVerb) {
      i++;
      continue;
    }
    // Extends the core left over degree words and negators, and over a verb the negator governs.
    let polarFrom = i;
    while (polarFrom > from && modifies(words[polarFrom - 1], lex)) polarFrom--;
    let opinionFrom = polarFrom;
    let last = i;
    while (last + 1 < to && isVerbal(words[last + 1]) && !isNoun(words[last + 1])) last++;
    if (last + 1 < to && TRAILING_PARTICLES.has(words[last + 1].word)) last++;

    let j = opinionFrom - 1;
    let links = 0;
    while (j >= from && !isNoun(words[j]) && LINK_TAGS.has(words[j].tag) && links < MAX_LINK_WORDS) (j--, links++);
    const runEnd = j; // the run of nouns is words[j + 1, runEnd]
    while (j >= from && isNoun(words[j])) j--;
    // Only a noun buyers are known to rate is an aspect: "走沙地推不动" is about pushing, not about sand.
    let aspectAt = j + 1;
    while (aspectAt <= runEnd && !lex.factsOf(words[aspectAt]).aspect) aspectAt++;
    let aspect: Span | null = null;
    if (aspectAt <= runEnd) {
      aspect = { kind: 'A', start: words[aspectAt].start, end: words[aspectAt].end };
      // Nouns between the aspect and a directly adjacent opinion say what about the aspect is wrong.
      if (links === 0 && aspectAt < runEnd) opinionFrom = aspectAt + 1;
    }
    matches.push({
      aspect,
      knownAspect: aspect !== null,
      opinion: { kind: 'U', start: words[opinionFrom].start, end: words[last].end },
      polarFrom,
      polarTo: last + 1,
    });
    i = last + 1;
  }
  return matches;
}
