import { readFileSync } from 'node:fs';
import type { AbsaModel } from './model.js';

/** Where the trained model lives; the training script writes it, everything else reads it. */
export const ABSA_MODEL_URL = new URL('../../../models/painpoints-absa.json', import.meta.url);

let cached: AbsaModel | undefined;

/**
 * The committed model, read once per process with no network. This is the only file access in
 * src/painpoints, like src/text/assets.ts, so the rest stays pure.
 */
export function committedAbsaModel(): AbsaModel {
  cached ??= JSON.parse(readFileSync(ABSA_MODEL_URL, 'utf8')) as AbsaModel;
  return cached;
}
