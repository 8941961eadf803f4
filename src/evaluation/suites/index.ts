import type { EvalSuite } from '../suite.js';

/** Every evaluation suite `kaikuan eval` runs. Capabilities append theirs. */
export const suites: EvalSuite[] = [
];
