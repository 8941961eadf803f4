import type { EvalSuite } from '../suite.js';
import { suite as clv } from './clv.js';
import { suite as sentiment } from './sentiment.js';
import { suite as absa } from './absa.js';
import { suite as painpoints } from './painpoints.js';
import { suite as agents } from './agents.js';
import { suite as approvals } from './approvals.js';
import { suite as trends } from './trends.js';
import { suite as selection } from './selection.js';
import { suite as ask } from './ask.js';

/** Every evaluation suite `kaikuan eval` runs. Capabilities append theirs. */
export const suites: EvalSuite[] = [
  clv,
  sentiment,
  absa,
  painpoints,
  trends,
  selection,
  agents,
  approvals,
  ask,
];
