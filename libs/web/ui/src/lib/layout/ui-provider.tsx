import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale as AntLocale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { ReactNode, useEffect } from 'react';
import { Language } from '../i18n/languages';
import { useLanguage } from '../i18n/use-language';

const ANT_LOCALES: Record<Language, AntLocale> = { 'zh-Hant': zhTW, 'zh-Hans': zhCN, en: enUS };
const DAYJS_LOCALES: Record<Language, string> = { 'zh-Hant': 'zh-tw', 'zh-Hans': 'zh-cn', en: 'en' };

/**
 * Font stacks per script (docs/adr/0013): each Chinese script gets fonts drawn for it, so
 * Traditional text is not set in Simplified glyph shapes (and the reverse); Latin text first
 * falls to the system UI font.
 */
export const FONT_STACKS: Record<Language, string> = {
  'zh-Hant': '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang TC", "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", sans-serif',
  'zh-Hans': '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif',
  en: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
};

/** Ant Design in the current language, with colours that pass WCAG AA contrast on white. */
export function UiProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  useEffect(() => {
    dayjs.locale(DAYJS_LOCALES[language]);
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider
      locale={ANT_LOCALES[language]}
      // No space inserted between two CJK characters of a button (保 存): the label reads as written.
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          colorPrimary: '#0b57b7',
          colorLink: '#0b57b7',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorError: '#c41d22',
          fontFamily: FONT_STACKS[language],
          fontSize: 15,
          lineHeight: language === 'en' ? 1.5715 : 1.75,
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
