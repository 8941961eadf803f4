/** One held-out review: its category, gold polarity and what the model said. */
export interface SentimentOutcome {
  category: string;
  positive: boolean;
  predictedPositive: boolean;
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface SentimentReport {
  reviews: number;
  accuracy: number;
  /** Mean of the positive and negative F1, so a skewed category cannot hide a blind class. */
  macroF1: number;
  positive: ClassScores;
  negative: ClassScores;
  perCategory: Record<string, Omit<SentimentReport, 'perCategory'>>;
}

export function sentimentReport(outcomes: readonly SentimentOutcome[]): SentimentReport {
  const byCategory = new Map<string, SentimentOutcome[]>();
  for (const outcome of outcomes) {
    const list = byCategory.get(outcome.category) ?? [];
    list.push(outcome);
    byCategory.set(outcome.category, list);
  }
  const perCategory = Object.fromEntries([...byCategory].sort(([a], [b]) => a.localeCompare(b)).map(([category, list]) => [category, overall(list)]));
  return { ...overall(outcomes), perCategory };
}

function overall(outcomes: readonly SentimentOutcome[]): Omit<SentimentReport, 'perCategory'> {
  const positive = classScores(outcomes, true);
  const negative = classScores(outcomes, false);
  const correct = outcomes.filter((o) => o.positive === o.predictedPositive).length;
  return {
    reviews: outcomes.length,
    accuracy: outcomes.length ? correct / outcomes.length : 0,
    macroF1: (positive.f1 + negative.f1) / 2,
    positive,
    negative,
  };
}

function classScores(outcomes: readonly SentimentOutcome[], positiveClass: boolean): ClassScores {
  let truePositive = 0;
  let predicted = 0;
  let support = 0;
  for (const o of outcomes) {
    if (o.predictedPositive === positiveClass) predicted++;
    if (o.positive === positiveClass) support++;
    if (o.positive === positiveClass && o.predictedPositive === positiveClass) truePositive++;
  }
  const precision = predicted ? truePositive / predicted : 0;
  const recall = support ? truePositive / support : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support };
}
