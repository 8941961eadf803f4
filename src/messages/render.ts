import { cliMessages, type CliKey } from './cli.js';
import { errorMessages, type ErrorKey } from './errors.js';
import { fieldNames, problems, words, type FieldName, type ProblemName, type WordName } from './fields.js';
import { DEFAULT_LOCALE, LOCALES, type FieldProblem, type Locale, type MessageParams } from './keys.js';

/** What the renderer needs of an error (an `AppError` has all of it). */
export interface RenderableError {
  code: string;
  /** The English text of an error not yet in the catalogue; English readers see it, others the code's sentence and it. */
  message?: string;
  key?: ErrorKey;
  params: MessageParams;
  fields: readonly FieldProblem[];
}

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

/** A parameter that names a status or an outcome is said in the reader's words; anything else stays as given. */
function word(locale: Locale, value: string | number): string {
  const text = String(value);
  if (has(words[locale], text)) return words[locale][text as WordName];
  if (text.startsWith('what.') && has(errorMessages[locale], text)) return errorMessages[locale][text as ErrorKey];
  return text;
}

function fill(template: string, locale: Locale, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? word(locale, params[name]!) : whole));
}

/** A field's name for people: the last part of its path that is a word (`variants.0.counts.intentYes` → 说愿意买的人数). */
export function fieldName(locale: Locale, path: string): string {
  const name = path.split('.').filter((part) => part && !/^\d+$/.test(part)).pop() ?? 'body';
  return has(fieldNames[locale], name) ? fieldNames[locale][name as FieldName] : name;
}

export function problemText(locale: Locale, problem: FieldProblem): string {
  const template = problems[locale][problem.problem as ProblemName] ?? problems[locale].invalid;
  return `${fieldName(locale, problem.field)}${locale === 'en' ? ' ' : ''}${fill(template, locale, problem.params)}`;
}

/** The sentence for an error in one language: its own message (or its code's), then each wrong field. */
export function renderError(locale: Locale, error: RenderableError): string {
  const table = errorMessages[locale];
  if (!error.key && error.message && locale === 'en') return error.message;
  const generalKey = `code.${error.code}`;
  const template = error.key ? table[error.key] : has(table, generalKey) ? table[generalKey] : table['code.internal'];
  // Not yet in the catalogue: the general sentence, with the English detail kept so the reader can still act on it.
  const head = !error.key && error.message ? `${template}（${error.message}）` : fill(template, locale, error.params);
  if (error.fields.length === 0) return head;
  const list = error.fields.map((f) => problemText(locale, f)).join(locale === 'en' ? '; ' : '；');
  return locale === 'en' ? `${head}: ${list}` : `${head}：${list}`;
}

/** A text the CLI prints (cli.ts), filled in the reader's language. */
export function cliText(locale: Locale, key: CliKey, params?: MessageParams): string {
  return fill(cliMessages[locale][key], locale, params);
}

/** The reader's word for a value of a kind (`segment`, `champions` → 核心客户), or the value as given when it has none. */
export function valueText(locale: Locale, kind: string, value: string): string {
  const key = `${kind}.${value}`;
  return has(cliMessages[locale], key) ? cliMessages[locale][key] : word(locale, value);
}

/**
 * The reader's language from an Accept-Language header (or a CLI setting such as LANG=en_US.UTF-8):
 * the first language we have, Chinese when none is named.
 */
export function localeFrom(preference: string | undefined | null): Locale {
  if (!preference) return DEFAULT_LOCALE;
  for (const part of preference.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase().replace('_', '-');
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

export { LOCALES };
