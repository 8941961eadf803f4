/**
 * The scorecard's metric codes (`sentiment.accuracy`, `absa.pairF1`, `trends.falseAlarmRate`) as message keys an owner
 * can read: which capability was measured and what the number means. Codes come from the evaluation suites and
 * grow with them, so the measure is read from the code's ending and an unknown one says only "其他指标".
 */
const MEASURES: [RegExp, string][] = [
  [/FalseAlarmRate$|falseAlarmRate$/, 'falseAlarm'],
  [/macroF1$/, 'macroF1'],
  [/F1$/, 'f1'],
  [/Precision$/, 'precision'],
  [/[Rr]ecallAt\d+$/, 'recallAtTop'],
  [/[Rr]ecall$/, 'recall'],
  [/accuracy$/, 'accuracy'],
  [/heldOutReviews$/, 'testReviews'],
  [/RelativeGap$/, 'gap'],
  [/Yuan$/, 'yuan'],
  [/^(doubleSpends|stuckApprovals|drillStores)$/, 'count'],
];

export function metricNameKeys(code: string): { capability: string; measure: string } {
  const [capability, ...rest] = code.split('.');
  const last = rest.at(-1) ?? '';
  const measure = MEASURES.find(([pattern]) => pattern.test(last))?.[1] ?? 'other';
  return { capability: `evalCapability.${capability}`, measure: `evalMeasure.${measure}` };
}
