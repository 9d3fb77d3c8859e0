import { LocalizedText } from '@fhk/contracts';
import { Language } from './languages';

/** Dates in the API are calendar days (2027-08-13): format them at noon UTC so no time zone shifts the day. */
const day = (iso: string): Date => new Date(`${iso.slice(0, 10)}T12:00:00Z`);

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(day(iso));
}

/** 13–16 Aug 2027 / 2027年8月13日至16日: one range, as each language writes it. */
export function formatDateRange(start: string, end: string | null, language: Language): string {
  const format = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return end && end !== start ? format.formatRange(day(start), day(end)) : format.format(day(start));
}

/** A month number (1–12) as its name: August / 八月 / 8月. */
export function formatMonth(month: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 15)));
}

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}

/** Whole days from `today` to the day `iso` (negative when past). */
export function daysUntil(iso: string, today: Date = new Date()): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12);
  return Math.round((day(iso).getTime() - start) / 86_400_000);
}

/** The text in the reader's language (every LocalizedText has all three). */
export function localize(text: LocalizedText, language: Language): string {
  return text[language];
}

/** A list joined as the language joins lists: "tea, wine and food" / 「茶、酒和食品」. */
export function formatList(items: string[], language: Language): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
