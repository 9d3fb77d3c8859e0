import { z } from 'zod';

/** The three languages every user-facing text exists in. */
export const LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LocaleSchema = z.enum(LOCALES);

const nonBlank = z.string().trim().min(1, 'must not be empty');

/** A text in Traditional Chinese, Simplified Chinese and English; none may be blank. */
export const LocalizedTextSchema = z.object({
  'zh-Hant': nonBlank.max(20000),
  'zh-Hans': nonBlank.max(20000),
  en: nonBlank.max(20000),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
