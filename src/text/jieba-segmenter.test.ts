import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../ingest/shared-data.js';
import { parseZhijiang } from '../painpoints/learning/zhijiang.js';
import { loadJiebaDictionary } from './jieba-dictionary.js';
import { JiebaSegmenter, type TaggedWord } from './jieba-segmenter.js';
import { normalizeForAnalysis } from './normalize.js';
import { cut, DICTIONARIES, segment, WORD_IDS } from './segment.js';
import { chineseReviews } from '../ingest/corpora.js';

/** The reference: @node-rs/jieba (jieba-rs) with the same dictionaries, HMM off. */
const [defaultDictionary, ...userDictionaries] = DICTIONARIES;
const reference = Jieba.withDict(Buffer.from(defaultDictionary.text, 'utf8'));
for (const { text } of userDictionaries) reference.loadDict(Buffer.from(text, 'utf8'));

/** The id each word got so far, and the word each id was given to: one word, one id, across texts. */
const idOf = new Map<string, number>();
const wordOf = new Map<number, string>();

/** Why the words' offsets or ids are wrong, or null: each is where it says, and ids are a word's own. */
function placeOrIdProblem(text: string, words: TaggedWord[]): string | null {
  for (const { word, start, end, id } of words) {
    if (text.slice(start, end) !== word) return `${word} is not at ${start}-${end} of ${text}`;
    if (id < -1 || id >= WORD_IDS) return `${word} has id ${id}`;
    if ((idOf.get(word) ?? id) !== id || (id >= 0 && (wordOf.get(id) ?? word) !== word)) return `${word} shares or changes id ${id}`;
    idOf.set(word, id);
    if (id >= 0) wordOf.set(id, word);
  }
  return null;
}

const asText = (words: Pick<TaggedWord, 'word' | 'tag'>[]) => words.map((w) => `${w.word}/${w.tag}`).join(' ');

/** Texts where our words or tags differ from jieba-rs', with both segmentations, for a readable failure. */
function differences(texts: readonly string[]): { text: string; jieba: string; ours: string }[] {
  const found = [];
  for (const text of texts) {
    const jieba = asText(reference.tag(text, false));
    const words = segment(text);
    const ours = asText(words);
    const cutDiffers = cut(text).join(' ') !== reference.cut(text, false).join(' ');
    const problem = placeOrIdProblem(text, words);
    if (ours !== jieba || cutDiffers || problem) found.push({ text, jieba, ours: problem ?? ours });
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
    // A Latin run is off the dictionary; a dictionary word has its id wherever it stands.
    const [phone, , screen] = segment('iPhone12pro的屏幕');
    expect(phone).toMatchObject({ word: 'iPhone12pro', id: -1 });
    expect(screen.id).toBeGreaterThanOrEqual(0);
    expect(segment('屏幕很大')[0].id).toBe(screen.id);
  });
});

describe('loadJiebaDictionary', () => {
  it('follows jieba-rs load_dict: a repeated word keeps its first tag and takes the last frequency; a missing frequency is 0', () => {
    // Frequencies chosen so each rule decides a route: 乙丙 loses to 乙+丙 at its first frequency and wins at its second.
    const base = '甲乙 100 n\n乙丙 1 v\n乙 50 p\n丙 50 q\n丁 5\n丙丁\n';
    const user = '乙丙 100000 a\n戊己 20\n  己庚   30   nr  extra\n';
    const jieba = Jieba.withDict(Buffer.from(base, 'utf8'));
    jieba.loadDict(Buffer.from(user, 'utf8'));
    const ours = new JiebaSegmenter(loadJiebaDictionary([{ name: 'base', text: base }, { name: 'user', text: user }]));
    for (const text of ['乙丙', '甲乙丙丁', '丙丁戊己庚', '乙丙丁', '戊己庚x']) {
      expect(asText(ours.tag(text))).toBe(asText(jieba.tag(text, false)));
    }
    expect(asText(ours.tag('乙丙'))).toBe('乙丙/v');
  });

  it('rejects a frequency that is not a whole number, as jieba-rs does, naming the dictionary and line', () => {
    const base = { name: 'dict.txt', text: '甲 3 n\n' };
    expect(() => loadJiebaDictionary([base, { name: 'terms.txt', text: '乙 2 n\n甲 1.5 n\n' }])).toThrow('terms.txt line 2: frequency 1.5 is not a valid integer');
    expect(() => Jieba.withDict(Buffer.from('甲 1.5 n\n', 'utf8'))).toThrow();
    expect(() => loadJiebaDictionary([{ name: 'terms.txt', text: '甲 99999999999999999999 n\n' }])).toThrow('terms.txt line 1: frequency 99999999999999999999 is too large');
  });
});
