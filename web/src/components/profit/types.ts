import type { api, Answer } from '../../api.js';

/** The 经营分析 report as the API answers it; null before any order. */
export type ProfitReport = NonNullable<Answer<typeof api.profit.$get>>;
export type ProfitAdvice = ProfitReport['advice'][number];
