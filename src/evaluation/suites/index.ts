import type { EvalSuite } from '../suite.js';
import { suite as clv } from './clv.js';

/** Every evaluation suite `kaikuan eval` runs. Capabilities append theirs. */
export const suites: EvalSuite[] = [
  clv,
];
