import type { TaggedWord } from '../../text/segment.js';
import { LABEL_COUNT } from './feature-rows.js';
import { characterFeatures, type PreparedLexicons } from './features.js';
import { loadWeights, viterbi, type PerceptronWeights } from './perceptron.js';
import type { SpanTagger } from './span-tagger.js';
import { labelsToSpans } from './spans.js';

/**
 * The reference tagger: the features that fire at each character (features.ts), their weights added
 * up per label, and the best label sequence by Viterbi, as the perceptron was trained.
 */
export function plainTagger(committed: PerceptronWeights, lexicons: PreparedLexicons): SpanTagger {
  const { rows, weights, transitions } = loadWeights(committed);
  return {
    spans(text: string, words: readonly TaggedWord[]) {
      const { slots, width, length } = characterFeatures(text, words, lexicons, rows);
      const emissions = new Int32Array(length * LABEL_COUNT);
      for (let i = 0; i < length; i++) {
        for (const slot of slots.subarray(i * width, (i + 1) * width)) {
          if (slot < 0) continue;
          for (let label = 0; label < LABEL_COUNT; label++) emissions[i * LABEL_COUNT + label] += weights[slot * LABEL_COUNT + label];
        }
      }
      return labelsToSpans(viterbi(emissions, length, transitions));
    },
  };
}
