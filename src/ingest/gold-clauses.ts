import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGoldClauses, type GoldClause } from '../painpoints/learning/gold-clauses.js';

/** The hand-labelled clauses committed with the code (conventions in its LABELLING.md). */
export const GOLD_CLAUSES_DIR = fileURLToPath(new URL('../../gold/absa-negative/', import.meta.url));

/** Every labelled clause, file by file in name order, so training sees them in the same order on every machine. */
export function readGoldClauses(dir = GOLD_CLAUSES_DIR): GoldClause[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseGoldClauses(readFileSync(`${dir}/${name}`, 'utf8'), name));
}
