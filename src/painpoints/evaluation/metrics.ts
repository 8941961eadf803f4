/** Precision, recall and F1 over sets of string keys, the way span-extraction tasks are scored. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export function precisionRecall(gold: Iterable<string>, predicted: Iterable<string>): PrecisionRecall {
  const goldSet = new Set(gold);
  const predictedSet = new Set(predicted);
  let correct = 0;
  for (const key of predictedSet) if (goldSet.has(key)) correct++;
  const precision = predictedSet.size === 0 ? 0 : correct / predictedSet.size;
  const recall = goldSet.size === 0 ? 0 : correct / goldSet.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: goldSet.size, predicted: predictedSet.size, correct };
}
