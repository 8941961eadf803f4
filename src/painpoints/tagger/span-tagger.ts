import type { TaggedWord } from '../../text/segment.js';
import type { Span } from './spans.js';

/**
 * What reads aspect and opinion spans off a Chinese review: the one seam between the pipeline and how
 * fast its characters are tagged. `plainTagger` (plain-tagger.ts) is the reference, written to be
 * read; `compiledTagger` (compiled/) is the one the pipeline runs. span-tagger.test.ts holds both to
 * the same answers.
 */
export interface SpanTagger {
  /** Spans of `text`, segmented into `words` (offsets into `text`), in text order; new objects each call. */
  spans(text: string, words: readonly TaggedWord[]): Span[];
}
