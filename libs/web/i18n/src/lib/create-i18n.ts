import i18next, { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Catalogue } from './catalogue-check';
import { Language } from './languages';
import commonEn from '../locales/common.en.json';
import commonZhHans from '../locales/common.zh-Hans.json';
import commonZhHant from '../locales/common.zh-Hant.json';

/** Each app's catalogues: namespace → language → texts. The shared `common` namespace is added here. */
export type AppCatalogues = Record<string, Record<Language, Catalogue>>;

/** The `common` namespace (layout, language switch, sign-in, errors) shared by every web app. */
export const COMMON_CATALOGUES: Record<Language, Catalogue> = { 'zh-Hant': commonZhHant, 'zh-Hans': commonZhHans, en: commonEn };

/**
 * One i18next instance for an app: the shared `common` texts plus the app's namespaces, all three
 * languages bundled (a few KB), initialised synchronously so the first render is already translated.
 */
export function createI18n(language: Language, catalogues: AppCatalogues, defaultNamespace: string): I18n {
  const namespaces: AppCatalogues = { common: COMMON_CATALOGUES, ...catalogues };
  const resources: Record<string, Record<string, Catalogue>> = {};
  for (const [ns, byLanguage] of Object.entries(namespaces)) {
    for (const [lang, texts] of Object.entries(byLanguage)) {
      resources[lang] = { ...resources[lang], [ns]: texts };
    }
  }
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: ['zh-Hant', 'zh-Hans', 'en'],
    resources,
    ns: Object.keys(namespaces),
    defaultNS: defaultNamespace,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnEmptyString: false,
  });
  return instance;
}
