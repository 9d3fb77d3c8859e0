import type { Locale } from '@fhk/contracts';

/**
 * The three languages of every page (the contracts' LOCALES), in the order the language switch lists
 * them. Restated as a literal so the first page load does not pull in the contracts' zod schemas;
 * languages.spec.ts checks it equals LOCALES.
 */
export const LANGUAGES: readonly Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
export type Language = Locale;

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'fhk.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a first visit, from the browser's preferences (navigator.languages):
 * zh-TW, zh-HK, zh-MO and zh-Hant-* read Traditional Chinese, any other zh Simplified, en English.
 * A browser that prefers none of them gets English.
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) {
      return /^zh-(hant|tw|hk|mo)\b/.test(lower) ? 'zh-Hant' : 'zh-Hans';
    }
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

/** The remembered language if there is a valid one, else the browser's. */
export function initialLanguage(remembered: string | null, preferred: readonly string[]): Language {
  return isLanguage(remembered) ? remembered : languageFromBrowser(preferred);
}
