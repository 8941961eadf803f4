import type { Migration } from './migration.js';
import { migration as foundation } from './001_foundation.js';

/** Every migration, in the order it runs. Capabilities append theirs. */
export const migrations: Migration[] = [
  foundation,
];
