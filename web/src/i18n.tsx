import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { LOCALE_KEY } from './api.js';
import { formatsFor, type Formats } from './format.js';
import { messages, type Locale } from './messages/index.js';


interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n>({ locale: 'zh-CN', setLocale: () => {} });

/** Chinese by default; the choice is remembered on this device. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => (localStorage.getItem(LOCALE_KEY) as Locale) || 'zh-CN');
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(LOCALE_KEY, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useLocale = () => useContext(I18nContext);

/** `t('key', { n: 3 })` fills {n}; a missing key shows itself so it is easy to spot. */
export function useT() {
  const { locale } = useLocale();
  return useCallback(
    (key: string, vars?: Record<string, string | number>) => {
      const text = messages[locale][key] ?? messages['zh-CN'][key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? `{${name}}`)) : text;
    },
    [locale],
  );
}

/** Yuan, percentages, counts and times in the reader's convention (万 for Chinese): see format.ts. */
export function useFormat(): Formats {
  const { locale } = useLocale();
  return useMemo(() => formatsFor(locale), [locale]);
}
