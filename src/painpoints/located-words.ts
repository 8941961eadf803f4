import type { TaggedWord } from '../text/segment.js';

export interface LocatedWord extends TaggedWord {
  start: number;
  end: number;
}

/** Character offsets of segmented words; a word the segmenter changed is found by searching ahead. */
export function locateWords(text: string, words: TaggedWord[]): LocatedWord[] {
  const located: LocatedWord[] = [];
  let at = 0;
  for (const w of words) {
    const start = text.startsWith(w.word, at) ? at : text.indexOf(w.word, at);
    if (start < 0) continue;
    // Named fields, not a spread: the segmenter's native objects copy slowly and shape every LocatedWord differently.
    located.push({ word: w.word, tag: w.tag, id: w.id, start, end: start + w.word.length });
    at = start + w.word.length;
  }
  return located;
}
