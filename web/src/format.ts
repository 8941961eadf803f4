import type { Locale } from './messages/index.js';

/**
 * How the web app writes numbers for people, in the reader's locale: counts and amounts with the locale's
 * grouping, yuan as `¥` before the number (as the message catalogues do), shares of 1 as percentages,
 * large numbers compact (万/亿 in Chinese, K/M in English) and times as the reader's clock shows them.
 * `digits` is the most decimals shown, `minDigits` the fewest (trailing zeros kept up to it).
 */
export function formatsFor(locale: Locale) {
  // Building a formatter costs far more than using one, and a table formats hundreds of numbers.
  const formatters = new Map<string, Intl.NumberFormat>();
  const formatter = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    let found = formatters.get(key);
    if (!found) formatters.set(key, (found = new Intl.NumberFormat(locale, options)));
    return found;
  };
  const decimals = (digits: number, minDigits: number) => ({ maximumFractionDigits: Math.max(digits, minDigits), minimumFractionDigits: minDigits });

  const number = (x: number, digits = 0, minDigits = 0) => formatter(decimals(digits, minDigits)).format(x);
  return {
    /** 12345.6 → "12,346"; `number(x, 2)` → "12,345.6". */
    number,
    /** 260 → "¥260"; `yuan(x, 2)` keeps fen. */
    yuan: (x: number, digits = 0, minDigits = 0) => `¥${number(x, digits, minDigits)}`,
    /** A share of 1: 0.123 → "12%"; `percent(x, 1, 1)` → "12.3%", and "12.0%" for 0.12. */
    percent: (share: number, digits = 0, minDigits = 0) => formatter({ style: 'percent', ...decimals(digits, minDigits) }).format(share),
    /** A change as a share of 1, signed: 0.4 → "+40%", -0.05 → "-5%", 0 → "0%". */
    signedPercent: (change: number, digits = 0) => formatter({ style: 'percent', signDisplay: 'exceptZero', ...decimals(digits, 0) }).format(change),
    /** 123456 → "12.3万" / "123.5K": chart axes and big totals. */
    compact: (x: number) => formatter({ notation: 'compact', maximumFractionDigits: 1 }).format(x),
    /** An ISO-8601 instant as a date and time on the reader's clock. */
    dateTime: (iso: string) => new Date(iso).toLocaleString(locale),
  };
}

export type Formats = ReturnType<typeof formatsFor>;
