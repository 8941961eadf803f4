import { isHan } from './language.js';

/**
 * Characters that end a clause in Chinese and English reviews, in both widths, since clauses are
 * split on the original text (what the merchant reads as evidence). The enumeration comma 、 is not
 * here: "外观、做工都不错" is one opinion about two aspects.
 */
const CLAUSE_ENDS = lookupTable(' ,.!?;:~…\n\r\t，。！？；：～\u3000');

/**
 * Contrast words open a new clause even without punctuation: "外观好看但是拉杆太松" holds two verdicts.
 * 不过 too ("角度不能调不过很结实"), except where it is a verb's complement or part of another word:
 * 再好不过, 逃不过, 只不过, 不过瘾, 说不过去 (see BUT_NOT_AFTER / BUT_NOT_BEFORE). 可是 is left out: "这可是"
 * is as common as "but", and as "but" it nearly always follows a comma anyway.
 */
const CONTRAST_WORDS = ['但是', '然而', '不过', ' but ', ' however '];
/** Characters before 不过 that make it "cannot pass / nothing more than", not "but". */
const BUT_NOT_AFTER = new Set('只再最好逃比打说躲看信熬跑斗赢拗争忍过受挨敌不');
/** Characters after 不过 that make it part of another word (不过瘾, 不过如此, 不过去, 不过来, 不过关). */
const BUT_NOT_BEFORE = new Set('瘾如去来关期');
const CONTRAST_FIRST_CHARS = lookupTable(CONTRAST_WORDS.map((word) => word[0]).join(''));

const SPACE = 0x20;
const PERIOD = 0x2e;

/** A clause as offsets into the text it was split from: text.slice(start, end). */
export interface ClauseSpan {
  start: number;
  end: number;
}

/** Clauses of a review, in order, as trimmed substrings of the original; punctuation-only pieces are dropped. */
export function splitClauses(text: string): string[] {
  return clauseSpans(text).map((span) => text.slice(span.start, span.end));
}

/** Where each clause sits, so analysis of the normalised text can quote the original. */
export function clauseSpans(text: string): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_ENDS[code] === 1 && !isDecimalPoint(text, i, code) && !isSpaceInsideLatin(text, i, code)) {
      pushSpan(spans, text, start, i);
      start = i + 1;
    } else if (CONTRAST_FIRST_CHARS[code] === 1 && i > start && startsContrast(text, i)) {
      pushSpan(spans, text, start, i);
      start = code === SPACE ? i + 1 : i;
    }
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

/** One byte per BMP character: a table read is several times cheaper than a Set lookup in this per-character loop. */
function lookupTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Whether the clause starting at `at` opens with a contrast word (但是, 不过 …), i.e. turns against the one before. */
export function opensWithContrast(text: string, at: number): boolean {
  return CONTRAST_FIRST_CHARS[text.charCodeAt(at)] === 1 && startsContrast(text, at);
}

function startsContrast(text: string, at: number): boolean {
  for (const word of CONTRAST_WORDS) if (text.startsWith(word, at)) return word !== '不过' || isButBuguo(text, at);
  return false;
}

/** 不过 at `at` read as "but": not after a verb it completes nor before a character it forms a word with. */
function isButBuguo(text: string, at: number): boolean {
  return !BUT_NOT_AFTER.has(text.charAt(at - 1)) && !BUT_NOT_BEFORE.has(text.charAt(at + 2));
}

/** "3.5寸" and "v1.2" keep their point. */
function isDecimalPoint(text: string, at: number, code: number): boolean {
  return code === PERIOD && isDigit(codeAt(text, at - 1)) && isDigit(codeAt(text, at + 1));
}

/** Chinese shoppers separate clauses with spaces; English words are separated by them. */
function isSpaceInsideLatin(text: string, at: number, code: number): boolean {
  return (code === SPACE || code === 0x3000) && !(isHan(codeAt(text, at - 1)) || isHan(codeAt(text, at + 1)));
}

/**
 * The code unit at `at`, or -1 beyond either end: reading past the end (NaN) is also "no such
 * character", but it makes V8 throw away the optimised loop the first time a review starts or ends so.
 */
const codeAt = (text: string, at: number) => (at >= 0 && at < text.length ? text.charCodeAt(at) : -1);

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function pushSpan(spans: ClauseSpan[], text: string, start: number, end: number): void {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (hasContent(text, start, end)) spans.push({ start, end });
}

function isBlank(code: number): boolean {
  return code === SPACE || code === 0x3000 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff;
}

function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code) || isDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return true;
  }
  return false;
}
