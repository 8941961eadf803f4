import type { ProblemName } from './fields.js';

export type { CliKey } from './cli.js';
export type { ErrorKey } from './errors.js';
export type { FieldName, ProblemName, WordName } from './fields.js';

/** The languages people read Kaikuan in; Chinese is the default. */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type MessageParams = Record<string, string | number>;

/** One wrong field of a parsed input: its dotted path, what is wrong, and the numbers the sentence needs. */
export interface FieldProblem {
  field: string;
  problem: ProblemName;
  params?: MessageParams;
}
