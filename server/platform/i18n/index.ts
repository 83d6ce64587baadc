import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../db/schema.ts';
import { platformMessages } from './messages.ts';

export const locales: readonly Locale[] = ['ko', 'en'];
/** Remembers an anonymous visitor's choice of language. */
export const LOCALE_COOKIE = 'dari_lang';

/**
 * Each module may add its own message namespace: `{ ko: {...}, en: {...} }`.
 * Namespaces are registered at start-up so keys live beside the code that uses them.
 */
export type Messages = Record<Locale, Record<string, unknown>>;

const instance = i18next.createInstance();
await instance.init({
  lng: 'ko',
  fallbackLng: 'en',
  supportedLngs: ['ko', 'en'],
  defaultNS: 'platform',
  ns: ['platform'],
  resources: { ko: { platform: platformMessages.ko }, en: { platform: platformMessages.en } },
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

export function addMessages(namespace: string, messages: Messages): void {
  for (const locale of locales) {
    instance.addResourceBundle(locale, namespace, messages[locale], true, true);
  }
}

export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

export function t(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  return instance.getFixedT(locale)(key, params) as string;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'ko' || value === 'en';
}

/** Picks ko or en from an Accept-Language header, by quality order. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) {
    return undefined;
  }
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLocale(base)) {
      return base;
    }
  }
  return undefined;
}
