import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { parseZhijiang } from '../painpoints/zhijiang.js';
import { readTextAsset } from './assets.js';
import { loadJiebaDictionary } from './jieba-dictionary.js';
import { JiebaSegmenter, type TaggedWord } from './jieba-segmenter.js';
import { normalizeForAnalysis } from './normalize.js';
import { cut, segment } from './segment.js';
import { chineseReviews } from './testing.js';

/** The reference: @node-rs/jieba (jieba-rs) with the same dictionaries, HMM off. */
const reference = Jieba.withDict(dict);
reference.loadDict(Buffer.from(readTextAsset('./product-terms.txt'), 'utf8'));

const asText = (words: Pick<TaggedWord, 'word' | 'tag'>[]) => words.map((w) => `${w.word}/${w.tag}`).join(' ');

/** Texts where our words or tags differ from jieba-rs', with both segmentations, for a readable failure. */
function differences(texts: readonly string[]): { text: string; jieba: string; ours: string }[] {
  const found = [];
  for (const text of texts) {
    const jieba = asText(reference.tag(text, false));
    const ours = asText(segment(text));
    const cutDiffers = cut(text).join(' ') !== reference.cut(text, false).join(' ');
    if (ours !== jieba || cutDiffers) found.push({ text, jieba, ours });
  }
  return found.slice(0, 5);
}

describe('segment and cut are jieba-rs (no HMM) word for word, tag for tag', () => {
  it('on every online_shopping_10_cats review, as written and normalised', () => {
    const texts = chineseReviews().map((r) => r.text);
    expect(texts.length).toBeGreaterThan(60_000);
    expect(differences(texts)).toEqual([]);
    expect(differences(texts.map(normalizeForAnalysis))).toEqual([]);
  });

  it('on every zhijiang cosmetics review', () => {
    const reviews = parseZhijiang(readFileSync(sharedData.absaReviews, 'utf8'), readFileSync(sharedData.absaLabels, 'utf8'));
    expect(reviews.length).toBeGreaterThan(3_000);
    expect(differences(reviews.map((r) => r.text))).toEqual([]);
  });

  it('on emoji, mixed Latin and digits, odd whitespace, rare and traditional characters', () => {
    const texts = [
      '',
      '👍👍好评😂，👪 PS: 不错',
      'iPhone12pro的屏幕',
      '3.5mm耳机孔，支持USB-C和type-c',
      'a b\r\nc\n\r\t d\u3000e\u00a0f\u0085g\ufeffh\u2028',
      '这个C++和C#的书100%正版_好',
      '這個收納箱質量很差，頭髮都夾住了',
      '𠀀𠀁𪜀讥䶯䶰𦡦豈更',
      '1号店4S店aa制AB型',
      '共1000个，每个0.5元，合计500.00',
      'x-y.z&w#1+2%',
      '\u{1F600}\u{20000}a\u{2F800}',
    ];
    expect(differences(texts)).toEqual([]);
    expect(segment('')).toEqual([]);
    expect(asText(segment('iPhone12pro的屏幕'))).toBe(asText(reference.tag('iPhone12pro的屏幕', false)));
  });
});

describe('loadJiebaDictionary', () => {
  it('follows jieba-rs load_dict: a repeated word keeps its first tag and takes the last frequency; a missing frequency is 0', () => {
    // Frequencies chosen so each rule decides a route: 乙丙 loses to 乙+丙 at its first frequency and wins at its second.
    const base = '甲乙 100 n\n乙丙 1 v\n乙 50 p\n丙 50 q\n丁 5\n丙丁\n';
    const user = '乙丙 100000 a\n戊己 20\n  己庚   30   nr  extra\n';
    const jieba = Jieba.withDict(Buffer.from(base, 'utf8'));
    jieba.loadDict(Buffer.from(user, 'utf8'));
    const ours = new JiebaSegmenter(loadJiebaDictionary([base, user]));
    for (const text of ['乙丙', '甲乙丙丁', '丙丁戊己庚', '乙丙丁', '戊己庚x']) {
      expect(asText(ours.tag(text))).toBe(asText(jieba.tag(text, false)));
    }
    expect(asText(ours.tag('乙丙'))).toBe('乙丙/v');
  });

  it('rejects a frequency that is not a whole number, as jieba-rs does', () => {
    expect(() => loadJiebaDictionary(['甲 1.5 n\n'])).toThrow(/line 1/);
    expect(() => Jieba.withDict(Buffer.from('甲 1.5 n\n', 'utf8'))).toThrow();
  });
});
