import type { EnglishLexicons } from './english.js';
import type { Lexicons } from './features.js';
import type { ImplicitAspectModel } from './implicit-aspect.js';
import type { PerceptronWeights } from './perceptron.js';

/** Everything scripts/train-painpoints.ts learns, committed as models/painpoints-absa.json. */
export interface AbsaModel {
  /** Content hash: stored extractions from another version are redone. */
  version: string;
  /** Which zhijiang reviews were held out, so evaluation never scores on training reviews. */
  split: { seed: number; heldOut: number };
  /**
   * The hand-labelled clauses (gold/absa-negative): those with unitHash(seed, id) < heldOut are never trained
   * or tuned on, in every category; `trainedOn` lists the categories whose other clauses taught the tagger.
   */
  goldSplit: { seed: number; heldOut: number; trainedOn: string[]; clauses: number };
  lexicons: Lexicons;
  tagger: PerceptronWeights;
  implicitAspects: ImplicitAspectModel;
  /** aspect → group name */
  aspectGroups: Record<string, string>;
  /** Learned from the rated Amazon reviews outside the held-out half (`englishSplit`, by row number). */
  english: EnglishLexicons;
  englishSplit: { seed: number; heldOut: number };
}
