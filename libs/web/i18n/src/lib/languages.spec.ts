import { LOCALES } from '@fhk/contracts';
import { initialLanguage, languageFromBrowser, LANGUAGES } from './languages';

describe('languages', () => {
  it('are the contracts\' three locales, in the same order', () => {
    expect([...LANGUAGES]).toEqual([...LOCALES]);
  });

  it.each([
    [['zh-TW'], 'zh-Hant'],
    [['zh-HK', 'en'], 'zh-Hant'],
    [['zh-MO'], 'zh-Hant'],
    [['zh-Hant-HK'], 'zh-Hant'],
    [['zh-CN'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['zh-SG'], 'zh-Hans'],
    [['en-GB', 'zh-TW'], 'en'],
    [['fr-FR', 'zh-TW'], 'zh-Hant'],
    [['ja-JP'], 'en'],
    [[], 'en'],
  ])('a first visit from a browser preferring %j reads %s', (preferred, expected) => {
    expect(languageFromBrowser(preferred)).toBe(expected);
  });

  it('prefers a remembered choice, and ignores a remembered value that is no language', () => {
    expect(initialLanguage('en', ['zh-TW'])).toBe('en');
    expect(initialLanguage('klingon', ['zh-TW'])).toBe('zh-Hant');
    expect(initialLanguage(null, ['zh-CN'])).toBe('zh-Hans');
  });
});
