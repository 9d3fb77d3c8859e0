import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale as AntLocale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { ReactNode, useEffect } from 'react';
import { Language, useLanguage } from '@fhk/web/i18n';
import { FONT_STACKS, THEME_COLORS } from '../theme/theme';

const ANT_LOCALES: Record<Language, AntLocale> = { 'zh-Hant': zhTW, 'zh-Hans': zhCN, en: enUS };
const DAYJS_LOCALES: Record<Language, string> = { 'zh-Hant': 'zh-tw', 'zh-Hans': 'zh-cn', en: 'en' };


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
          ...THEME_COLORS,
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
