import { createI18n, initialLanguage, LANGUAGE_STORAGE_KEY } from '@fhk/web/i18n';
import en from './portal.en.json';
import zhHans from './portal.zh-Hans.json';
import zhHant from './portal.zh-Hant.json';

export const PORTAL_CATALOGUES = { portal: { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en } };

function rememberedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The portal's texts, in the remembered language or, on a first visit, the browser's. */
export function createPortalI18n() {
  return createI18n(initialLanguage(rememberedLanguage(), navigator.languages ?? [navigator.language]), PORTAL_CATALOGUES, 'portal');
}
