import { describe, expect, it } from 'vitest';
import { segment, type TaggedWord } from './segment.js';
import { WordCache } from './word-cache.js';

describe('WordCache', () => {
  it('works each distinct word out once, by dictionary id, by character or by string, and never confuses two', () => {
    const resolved: string[] = [];
    const cache = new WordCache((word: TaggedWord) => {
      resolved.push(word.word);
      return `${word.word}/${word.tag}`;
    });
    // Dictionary words (质量), one-character words off the dictionary (，！ and the two emoji halves
    // are not one), numbers and Latin words (3.5, abc, abd).
    const texts = ['质量很好，物流快！', '质量一般，3.5寸abc！', '很好abd👍，3.5'];
    const words = texts.flatMap((text) => segment(text));
    expect(words.some((w) => w.id < 0 && w.end - w.start === 1)).toBe(true);
    expect(words.some((w) => w.id < 0 && w.end - w.start > 1)).toBe(true);
    for (const word of words) expect(cache.of(word)).toBe(`${word.word}/${word.tag}`);
    expect(resolved.sort()).toEqual([...new Set(words.map((w) => w.word))].sort());
  });
});
