/**
 * What a pain point is: one thing a factory would fix — a part (拉杆, 轮子, 客服) and what is wrong with it
 * (角度不能调, 太小, 态度差) — not just the part. Grouping complaints by part alone lumps 拉杆高度不能调
 * with 拉杆角度不能调 (two mould changes) and files 轮子太小 under whatever 太小 was last said of.
 * Pure functions over extracted triples (and the clause each was found in), so the in-memory report and
 * an aggregate over stored triples can both call them.
 */
import { DEGREE_WORDS, NEGATORS } from '../../text/modifiers.js';
import { normalizeForAnalysis } from '../../text/normalize.js';
import { segment, type TaggedWord } from '../../text/segment.js';
import { committedAbsaModel } from '../tagger/model-file.js';
import { groupOfAspect } from '../tagger/group-of-aspect.js';
import { OVERALL_GROUP, type AspectOpinion } from '../types.js';
import {
  ATTRIBUTE_WORDS, BUYER_WORDS, CONSEQUENCE_WORDS, GENERIC_COMPLAINT_WORDS, GENERIC_PROBLEM, MORE_NEGATORS, NEGATED_COMPLEMENTS, SAME_VERB,
  TENDENCY_WORDS, VERDICT_WORDS, WHOLE_PRODUCT_WORDS,
} from './complaint-words.js';

/** Particles, adverbs, pronouns, numbers, punctuation: never what is wrong (jieba POS prefixes). */
const FUNCTION_TAG = /^[udyxpcrmqeo]/;
/** Learned log-odds below this mark a noun as a complaint in itself (划痕, 异味, 死机), not a part. */
const COMPLAINT_NOUN = -1.1;

export interface ComplaintVocabulary {
  /** Known parts (the model's aspects) → their group. */
  groupOf: (word: string) => string | undefined;
  /** Learned log-odds of a positive review for a word, if known. */
  polarity: (word: string) => number | undefined;
}

let committed: ComplaintVocabulary | undefined;
/** The committed model's aspects, groups and word polarities. */
export function committedVocabulary(): ComplaintVocabulary {
  if (committed) return committed;
  const model = committedAbsaModel();
  const aspects = new Set(model.lexicons.aspects);
  for (const aspect of Object.keys(model.aspectGroups)) aspects.add(aspect);
  const polarity = new Map(Object.entries(model.lexicons.polarity));
  committed = {
    groupOf: (word) => (aspects.has(word) ? groupOfAspect(word, model.aspectGroups) : undefined),
    polarity: (word) => polarity.get(word),
  };
  return committed;
}

/** One complaint: which part, which of its dimensions, and what is wrong, each in canonical form. */
export interface Complaint {
  /** The part's group (物流/发货/送货 share one), or null when the buyer named no part. */
  part: string | null;
  /** The part as the buyer wrote it (拉手), for the name. */
  partWritten: string | null;
  attribute: string | null;
  /** What is wrong, canonical: degree words dropped, negation as 不X (不能调 / 调不了 → 不调). */
  problem: string;
  /** What is wrong as the buyer wrote it, degree words dropped (角度不能调 → 不能调). */
  problemWritten: string;
}

/** Stable key of a complaint: one pain point. */
export const complaintKey = (c: Complaint) => `${c.part ?? ''}|${c.attribute ?? ''}|${c.problem}`;

type Word = Pick<TaggedWord, 'word' | 'tag'>;

const degreesBySize = [...DEGREE_WORDS.keys()].filter((d) => d.length > 0).sort((a, b) => b.length - a.length);
/**
 * jieba keeps some degree + opinion pairs as one word (太小, 很脏): the opinion is what is left, when what
 * is left is an adjective or verb of its own (not 死机 → 机, 超市 → 市).
 */
function withoutDegree({ word }: Word): string {
  const degree = degreesBySize.find((d) => d.length < word.length && word.startsWith(d));
  if (!degree) return word;
  const rest = segment(word.slice(degree.length));
  return rest.length === 1 && /^(a|v)/.test(rest[0].tag) ? rest[0].word : word;
}

/** What is wrong, word by word: content words with negation folded in (不能 调 → 不调), degree words dropped. */
function problemWords(words: readonly Word[]): { canonical: string[]; generic: boolean } {
  const canonical: string[] = [];
  let negated = false;
  let generic = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (GENERIC_COMPLAINT_WORDS.has(w.word) || GENERIC_COMPLAINT_WORDS.has(withoutDegree(w))) {
      generic = true;
      negated = false;
      continue;
    }
    if (NEGATORS.has(w.word) || MORE_NEGATORS.has(w.word)) {
      negated = !negated;
      continue;
    }
    if (DEGREE_WORDS.has(w.word) || TENDENCY_WORDS.has(w.word)) continue;
    if (NEGATED_COMPLEMENTS.has(w.word)) {
      const last = canonical.pop();
      if (last) canonical.push(last.startsWith('不') ? last : `不${last}`);
      continue;
    }
    const bare = withoutDegree(w);
    if (bare === w.word && (FUNCTION_TAG.test(w.tag) || !/[\p{L}\p{N}]/u.test(w.word))) continue;
    if (VERDICT_WORDS.has(bare) || (bare.startsWith('不') && VERDICT_WORDS.has(bare.slice(1)))) {
      generic = true;
      negated = false;
      continue;
    }
    const verb = SAME_VERB.get(bare) ?? bare;
    canonical.push(negated ? `不${verb}` : verb);
    negated = false;
  }
  return { canonical, generic };
}

/** The opinion as written without particles and punctuation (太小了 → 太小, 不能调的 → 不能调). */
function writtenProblem(words: readonly Word[], skip: ReadonlySet<string>): string {
  return words
    .filter((w) => !skip.has(w.word) && !/^(u|y|x)/.test(w.tag))
    .map((w) => w.word)
    .join('');
}

/**
 * The tagger sometimes takes only the complement of 调不了 as the opinion (不了): the verb written right
 * before it in the clause says what cannot be done.
 */
function verbBefore(o: AspectOpinion): Word | null {
  const at = o.clause.indexOf(o.opinion);
  if (at <= 0) return null;
  const before = segment(normalizeForAnalysis(o.clause.slice(0, at)));
  const last = before[before.length - 1];
  return last && /^v/.test(last.tag) && !VERDICT_WORDS.has(last.word) ? last : null;
}

/**
 * The complaint a negative triple makes, or null when it names nothing to fix (垃圾, 怎么, 不了). When the
 * tagger found no part (整体, or an implicit one guessed from the opinion), the part is the known part the
 * buyer wrote nearest before the opinion in the same clause (房间地毯很脏 → 地毯).
 */
export function complaintOf(
  o: AspectOpinion,
  vocabulary: ComplaintVocabulary = committedVocabulary(),
  isWholeProduct: (word: string) => boolean = (word) => WHOLE_PRODUCT_WORDS.has(word),
): Complaint | null {
  if (o.polarity !== 'negative') return null;
  const opinionWords = segment(normalizeForAnalysis(o.opinion));
  const written = o.aspect !== OVERALL_GROUP && o.clause.includes(o.aspect) && isWrittenPart(o.aspect, vocabulary);
  let partWritten: string | null = written ? o.aspect : null;
  let attribute: string | null = null;

  // Parts and dimensions named inside the opinion (角度不能调) or the aspect (拉杆角度) are not the problem.
  const named = new Set<string>();
  for (const w of opinionWords) {
    if (ATTRIBUTE_WORDS.has(w.word)) {
      attribute ??= w.word;
      named.add(w.word);
    } else if (isPart(w, vocabulary)) {
      partWritten ??= w.word;
      named.add(w.word);
    }
  }
  if (partWritten) {
    // 拉杆角度: the part is 拉杆, what about it is 角度.
    const attr = [...ATTRIBUTE_WORDS].find((a) => partWritten !== a && partWritten!.endsWith(a));
    if (attr) {
      attribute ??= attr;
      partWritten = partWritten.slice(0, -attr.length) || null;
    }
    if (partWritten && ATTRIBUTE_WORDS.has(partWritten)) {
      attribute ??= partWritten;
      partWritten = null;
    }
  }
  if (!partWritten) partWritten = nearestPartBefore(o, vocabulary, named);
  attribute ??= attributeBefore(o);
  if (partWritten && BUYER_WORDS.has(partWritten)) partWritten = null;

  let problemSource: Word[] = opinionWords.filter((w) => !named.has(w.word));
  // The tagger sometimes stops at the negation (高度不能|调节): what is negated is the next word written.
  const lastWord = problemSource[problemSource.length - 1];
  if (lastWord && (NEGATORS.has(lastWord.word) || MORE_NEGATORS.has(lastWord.word))) {
    const next = wordAfter(o);
    if (next) problemSource = [...problemSource, next];
  }
  if (problemSource.length > 0 && problemSource.every((w) => NEGATED_COMPLEMENTS.has(w.word))) {
    const verb = verbBefore(o);
    if (verb) problemSource = [verb, ...problemSource];
  }
  const { canonical, generic } = problemWords(problemSource);
  // Nothing wrong said of nothing in particular, or only a verdict on the product as a whole (手机太差了).
  if (canonical.length === 0 && !attribute && (!partWritten || isWholeProduct(partWritten))) return null;
  if (!partWritten && !attribute && canonical.every((w) => CONSEQUENCE_WORDS.has(w))) return null;
  // The triple's own aspect carries the merchant's groups (拉手 → 拉杆); a part found in the clause the model's.
  const part = !partWritten ? null : partWritten === o.aspect ? o.aspectGroup : (vocabulary.groupOf(partWritten) ?? partWritten);
  const problem = canonical.length > 0 ? canonical.join('') : GENERIC_PROBLEM;
  const problemWritten = canonical.length > 0 ? writtenProblem(problemSource, named) : GENERIC_PROBLEM;
  return { part: part === OVERALL_GROUP ? null : part, partWritten, attribute, problem, problemWritten: problemWritten || problem };
}

/**
 * A part is a thing the model knows as an aspect. jieba tags some parts as verbs (包装, 拉手), so any
 * content tag will do, but not a degree, function or verdict word the tagger took for one (有点, 觉得).
 */
function isPart(word: Word, vocabulary: ComplaintVocabulary): boolean {
  if (DEGREE_WORDS.has(word.word) || NEGATORS.has(word.word) || VERDICT_WORDS.has(word.word) || GENERIC_COMPLAINT_WORDS.has(word.word)) return false;
  return !!vocabulary.groupOf(word.word) && /^(n|v|nz|ng|j|l|i)/.test(word.tag) && (vocabulary.polarity(word.word) ?? 0) > COMPLAINT_NOUN;
}

function isWrittenPart(aspect: string, vocabulary: ComplaintVocabulary): boolean {
  const words = segment(normalizeForAnalysis(aspect));
  return words.length > 0 && !DEGREE_WORDS.has(aspect) && !VERDICT_WORDS.has(aspect) && isPart(words[words.length - 1], { ...vocabulary, groupOf: () => aspect });
}

/** The word written right after the opinion in its clause. */
function wordAfter(o: AspectOpinion): Word | null {
  const at = o.clause.indexOf(o.opinion);
  if (at < 0) return null;
  const [next] = segment(normalizeForAnalysis(o.clause.slice(at + o.opinion.length)));
  return next && /^(v|a)/.test(next.tag) ? next : null;
}

/** A dimension named in the clause before the opinion (高度又调不了 → 高度). */
function attributeBefore(o: AspectOpinion): string | null {
  const at = o.clause.indexOf(o.opinion);
  const before = at < 0 ? o.clause : o.clause.slice(0, at);
  let found: string | null = null;
  for (const w of segment(normalizeForAnalysis(before))) if (ATTRIBUTE_WORDS.has(w.word)) found = w.word;
  return found;
}

/** The known part written closest before the opinion in its clause (else the first after it). */
function nearestPartBefore(o: AspectOpinion, vocabulary: ComplaintVocabulary, named: ReadonlySet<string>): string | null {
  const at = o.clause.indexOf(o.opinion);
  let before: string | null = null;
  let after: string | null = null;
  let offset = 0;
  for (const w of segment(normalizeForAnalysis(o.clause))) {
    const start = offset;
    offset += w.word.length;
    if (named.has(w.word) || ATTRIBUTE_WORDS.has(w.word) || BUYER_WORDS.has(w.word) || !isPart(w, vocabulary)) continue;
    if (at < 0 || start < at) before = w.word;
    else after ??= w.word;
  }
  return before ?? after;
}

/** The plain name of a complaint as buyers say it: part, dimension, then what is wrong (拉杆角度不能调). */
export function complaintName(c: Pick<Complaint, 'partWritten' | 'attribute' | 'problemWritten'>): string {
  const part = c.partWritten ?? '';
  const attribute = c.attribute && !c.problemWritten.includes(c.attribute) ? c.attribute : '';
  const problem = c.problemWritten.startsWith(part) ? c.problemWritten.slice(part.length) : c.problemWritten;
  return `${part}${attribute}${problem}`;
}
