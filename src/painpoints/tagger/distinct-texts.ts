/**
 * A batch of review texts read once per distinct text: shops repeat default texts (好评, 此用户没有填写评价,
 * a copied template), and extraction is a pure function of the text, so a repeat costs one lookup.
 * Keyed by the text as written, not its normalised form: the triples quote the buyer's own characters.
 */
export interface DistinctTexts {
  /** Each text once, in order of first appearance. */
  distinct: string[];
  /** For each text of the batch, its index in `distinct`. */
  at: Uint32Array;
}

export function distinctTexts(texts: readonly string[]): DistinctTexts {
  const indexOf = new Map<string, number>();
  const distinct: string[] = [];
  const at = new Uint32Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    let index = indexOf.get(texts[i]);
    if (index === undefined) {
      indexOf.set(texts[i], (index = distinct.length));
      distinct.push(texts[i]);
    }
    at[i] = index;
  }
  return { distinct, at };
}

/** The result of each text of the batch from the results of the distinct texts (repeats share one result: read it, never change it). */
export function perText<T>({ at }: DistinctTexts, results: readonly T[]): T[] {
  return Array.from(at, (index) => results[index]);
}
