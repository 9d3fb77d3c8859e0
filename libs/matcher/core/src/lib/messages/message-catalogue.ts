import type { Locale } from '@fhk/contracts';
import { EN_MESSAGES, MessageKey } from './match-messages.en';
import { ZH_HANS_MESSAGES } from './match-messages.zh-hans';
import { ZH_HANT_MESSAGES } from './match-messages.zh-hant';

export type { MessageKey } from './match-messages.en';

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { 'zh-Hant': ZH_HANT_MESSAGES, 'zh-Hans': ZH_HANS_MESSAGES, en: EN_MESSAGES };
const INTL_LOCALE: Record<Locale, string> = { 'zh-Hant': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-CN', en: 'en-GB' };

/** A message's parameters: by name, or worked out when the message names one (`reasonText`: only what is shown is made). */
export type MessageParams = Record<string, string | number> | ((name: string) => string | number | undefined);

/**
 * Each message split once at its parameters (`"a {x} b"` → `["a ", "x", " b"]`: text at even
 * positions, parameter names at odd ones), so filling one in is a concatenation, not a regex
 * replace per call (a forward match writes ~100 sentences).
 */
const PARTS: Record<Locale, Map<MessageKey, readonly string[]>> = { 'zh-Hant': new Map(), 'zh-Hans': new Map(), en: new Map() };
const PARAMETER = /\{(\w+)\}/;

function partsOf(language: Locale, key: MessageKey): readonly string[] {
  const cache = PARTS[language];
  let parts = cache.get(key);
  if (!parts) {
    parts = CATALOGUES[language][key].split(PARAMETER);
    cache.set(key, parts);
  }
  return parts;
}

/** The message `key` in `language`, with `{name}` parameters filled in, in order (unknown ones left empty). */
export function message(language: Locale, key: MessageKey, params: MessageParams = {}): string {
  const parts = partsOf(language, key);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = typeof params === 'function' ? params(parts[i]) : params[parts[i]];
    out += String(value ?? '') + parts[i + 1];
  }
  return out;
}

/** A list joined the way the language writes lists. */
export const joinList = (language: Locale, items: readonly string[]): string => items.join(message(language, 'list.separator'));

/** Each item in the language's quotation marks, joined. */
export const quoteEach = (language: Locale, items: readonly string[]): string =>
  joinList(language, items.map((i) => `${message(language, 'quote.open')}${i}${message(language, 'quote.close')}`));

/** The twelve month names of each language, made once: an `Intl.DateTimeFormat` costs more to create than to use. */
const MONTH_NAMES = new Map<Locale, readonly string[]>();

/** The month's name (1–12) through Intl, e.g. "August", "八月" (zh-Hans), "8月" (zh-Hant). */
export function monthName(language: Locale, month: number): string {
  let names = MONTH_NAMES.get(language);
  if (!names) {
    const format = new Intl.DateTimeFormat(INTL_LOCALE[language], { month: 'long', timeZone: 'UTC' });
    names = Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2026, i, 15)));
    MONTH_NAMES.set(language, names);
  }
  return names[month - 1] ?? '';
}
