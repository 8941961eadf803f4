import type { TaggedWord } from '../../../text/segment.js';
import { LABEL_COUNT } from '../feature-rows.js';
import type { PreparedLexicons } from '../features.js';
import { loadWeights, viterbi, type PerceptronWeights } from '../perceptron.js';
import type { SpanTagger } from '../span-tagger.js';
import { labelsToSpans } from '../spans.js';
import { ReviewEmissions } from './emissions.js';

/**
 * The tagger the pipeline runs: the same scores as plainTagger (plain-tagger.ts), from rows added up
 * ahead of time (emissions.ts), decoded by Viterbi, in working arrays reused from review to review.
 */
export function compiledTagger(committed: PerceptronWeights, lexicons: PreparedLexicons): SpanTagger {
  const { rows, weights, transitions } = loadWeights(committed);
  const emissions = new ReviewEmissions(rows, weights, lexicons);
  let paths = new Float64Array(0);
  let backPointers = new Uint8Array(0);
  return {
    spans(text: string, words: readonly TaggedWord[]) {
      const n = text.length;
      if (paths.length < n * LABEL_COUNT) {
        paths = new Float64Array(n * LABEL_COUNT * 2);
        backPointers = new Uint8Array(n * LABEL_COUNT * 2);
      }
      return labelsToSpans(viterbi(emissions.of(text, words), n, transitions, paths, backPointers));
    },
  };
}
