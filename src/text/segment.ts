import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { readTextAsset } from './assets.js';

/** A word with its jieba part-of-speech tag (n noun, v verb, a adjective, d adverb, x punctuation, …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/**
 * One process-wide segmenter: building it parses the 5 MB default dictionary (~0.5 s), so every
 * capability shares this instance. Kaikuan's product terms are added so 拉杆, 收纳箱, 笔芯 … stay whole.
 */
const jieba = Jieba.withDict(dict);
jieba.loadDict(Buffer.from(readTextAsset('./product-terms.txt'), 'utf8'));

/**
 * HMM guessing of unknown words is off: the product terms that matter are in the user dictionary,
 * an unknown word comes out as single characters that the sentiment model's character n-grams still
 * cover, and it saves about a tenth of segmentation time. Training and serving use the same setting.
 */
const USE_HMM = false;

/** Words with POS tags, in order; expects text already passed through normalizeForAnalysis. */
export function segment(text: string): TaggedWord[] {
  return jieba.tag(text, USE_HMM);
}

/** Words only, in order; the fast path when POS tags are not needed. */
export function cut(text: string): string[] {
  return jieba.cut(text, USE_HMM);
}
