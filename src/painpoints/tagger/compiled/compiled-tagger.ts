import type { TaggedWord } from '../../../text/segment.js';
import type { PreparedLexicons } from '../features.js';
import { loadWeights, viterbi, type PerceptronWeights } from '../perceptron.js';
import type { SpanTagger } from '../span-tagger.js';
import { labelsToSpans } from '../spans.js';
import { ReviewEmissions } from './emissions.js';

/**
 * The tagger the pipeline runs: the same scores as plainTagger (plain-tagger.ts), from rows added up
 * ahead of time (emissions.ts), then decoded by Viterbi.
 */
export function compiledTagger(committed: PerceptronWeights, lexicons: PreparedLexicons): SpanTagger {
  const { rows, weights, transitions } = loadWeights(committed);
  const emissions = new ReviewEmissions(rows, weights, lexicons);
  return {
    spans(text: string, words: readonly TaggedWord[]) {
      return labelsToSpans(viterbi(emissions.of(text, words), text.length, transitions));
    },
  };
}
