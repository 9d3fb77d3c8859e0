import { useTranslation } from 'react-i18next';
import { isLanguage, Language, LANGUAGE_STORAGE_KEY } from './languages';

/** The current language and a setter that switches every page, remembers the choice and sets <html lang>. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return {
    language,
    setLanguage: (next) => {
      void i18n.changeLanguage(next);
      try {
        window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // Storage refused (private mode): the choice lasts for this visit.
      }
      document.documentElement.lang = next;
    },
  };
}
