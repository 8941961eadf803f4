import { dict } from '@node-rs/jieba/dict.js';
import { readTextAsset } from './assets.js';
import { loadJiebaDictionary, type DictionaryText } from './jieba-dictionary.js';
import { JiebaSegmenter, type TaggedWord } from './jieba-segmenter.js';

export type { TaggedWord };

/**
 * One process-wide segmenter: building it parses jieba's 5 MB default dictionary (the dict.txt
 * @node-rs/jieba ships, ~0.3 s), so every capability shares this instance. Kaikuan's product terms
 * are added so 拉杆, 收纳箱, 笔芯 … stay whole.
 *
 * The segmenter is jieba-rs' algorithm in TypeScript, not @node-rs/jieba itself: every napi call
 * marshals the text in and each word (and tag) out, which cost more than the segmentation — `tag`
 * took ~50 µs per 65-character review — whereas here words and tags come out of one pass at ~5 µs.
 * @node-rs/jieba stays for its dictionary and as the reference the equivalence test holds this to.
 *
 * HMM guessing of unknown words is off (jieba's `hmm = false`), so only the dictionary route is
 * implemented: the product terms that matter are in the user dictionary, an unknown word comes out
 * as single characters that the sentiment model's character n-grams still cover, and it saved about
 * a tenth of segmentation time. Training and serving use the same segmenter.
 */
/** What the segmenter loads, in order; the equivalence test and the bench load @node-rs/jieba with the same. */
export const DICTIONARIES: readonly DictionaryText[] = [
  { name: '@node-rs/jieba dict.txt', text: new TextDecoder().decode(dict) },
  { name: 'src/text/product-terms.txt', text: readTextAsset('./product-terms.txt') },
];

const segmenter = new JiebaSegmenter(loadJiebaDictionary(DICTIONARIES));

/** TaggedWord ids run from 0 to below this. */
export const WORD_IDS = segmenter.wordIds;

/** Words with POS tags, in order; expects text already passed through normalizeForAnalysis. */
export function segment(text: string): TaggedWord[] {
  return segmenter.tag(text);
}

/** Words only, in order; the fast path when POS tags are not needed. */
export function cut(text: string): string[] {
  return segmenter.cut(text);
}
