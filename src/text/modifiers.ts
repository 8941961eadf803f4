/**
 * Negation and degree words: the small closed class of words that flip or scale the opinion that
 * follows them ("不好", "没有异味", "非常结实", "有点松"). Used by sentiment features and by
 * aspect-opinion extraction to read an opinion's polarity and strength.
 */

/** Chinese and English words that negate what follows; jieba keeps these as single tokens. */
export const NEGATORS: ReadonlySet<string> = new Set([
  '不', '没', '没有', '无', '非', '未', '别', '莫', '勿', '毫无', '从不', '从未', '并不', '并没有', '绝不',
  '不是', '不会', '不能', '不要', '不太', '不够', '不怎么', '不算', '没什么', '难以', '无法', '不用',
  'not', 'no', 'never', 'nothing', 'none', 'nor', 'without', 'hardly', 'barely', 'cannot',
]);

/**
 * How much a degree word scales the opinion after it, relative to the bare opinion (1). The tiers
 * follow HowNet's degree lexicon (极其 > 很 > 较 > 稍 > 欠); the multipliers are its usual
 * 2 / 1.5 / 1.2 / 0.8 / 0.5 reading, used for ranking strength, not as probabilities.
 */
export const DEGREE_WORDS: ReadonlyMap<string, number> = new Map([
  ...['极', '极其', '极度', '超级', '超', '太', '最', '特别', '十分', '非常', '相当', '巨', '贼', '死', '完全', '绝对', '实在']
    .map((word) => [word, 2] as const),
  ...['很', '挺', '真', '蛮', '那么', '这么', '如此', '格外', '更', '更加', '越来越']
    .map((word) => [word, 1.5] as const),
  ...['比较', '较', '还', '还算', '算是']
    .map((word) => [word, 1.2] as const),
  ...['有点', '有些', '稍', '稍微', '略', '略微', '一点', '些许']
    .map((word) => [word, 0.8] as const),
  ...['不太', '不怎么', '不大'].map((word) => [word, 0.5] as const),
  ...['extremely', 'very', 'really', 'so', 'too', 'super', 'totally', 'absolutely', 'highly']
    .map((word) => [word, 1.5] as const),
  ...['quite', 'fairly', 'pretty', 'rather'].map((word) => [word, 1.2] as const),
  ...['slightly', 'somewhat', 'little'].map((word) => [word, 0.8] as const),
]);

/**
 * A negation reaches this many content words forward within its clause: "不是很结实" negates 结实
 * through the degree word, while the clause boundary already stops it before the next opinion.
 */
export const NEGATION_SCOPE_WORDS = 3;

export function isNegation(word: string): boolean {
  return NEGATORS.has(word);
}

/** 1 for words that are not degree words. */
export function degreeOf(word: string): number {
  return DEGREE_WORDS.get(word) ?? 1;
}

/**
 * Follows negation through one clause, word by word: `next(word)` tells whether an odd number of
 * negations govern that word ("不是不好" cancels out). Negation words themselves are not marked,
 * and degree words do not use up the scope.
 */
export class NegationScope {
  private flips = 0;
  private scopeLeft = 0;

  next(word: string): boolean {
    if (NEGATORS.has(word)) {
      this.flips = this.scopeLeft > 0 ? this.flips + 1 : 1;
      this.scopeLeft = NEGATION_SCOPE_WORDS;
      return false;
    }
    if (this.scopeLeft === 0) return false;
    if (!DEGREE_WORDS.has(word)) this.scopeLeft--;
    return this.flips % 2 === 1;
  }
}

/** For each word of one clause, whether it is negated (see NegationScope). */
export function negatedWords(words: readonly string[]): boolean[] {
  const scope = new NegationScope();
  return words.map((word) => scope.next(word));
}
