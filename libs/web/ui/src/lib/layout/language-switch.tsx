import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, useLanguage } from '@fhk/web/i18n';

/**
 * Switches the language of every page; each language is named in itself (autonym). A native
 * <select>: keyboard, screen readers and phones handle it as users expect, and it costs no script.
 */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const { token } = theme.useToken();
  const { language, setLanguage } = useLanguage();
  return (
    <select
      aria-label={t('language.label')}
      value={language}
      onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
      style={{
        font: 'inherit',
        fontSize: token.fontSize,
        height: token.controlHeight,
        padding: '0 8px',
        borderRadius: token.borderRadius,
        border: `1px solid ${token.colorBorder}`,
        background: token.colorBgContainer,
        color: token.colorText,
      }}
    >
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang} lang={lang}>
          {t(`language.names.${lang}`)}
        </option>
      ))}
    </select>
  );
}
