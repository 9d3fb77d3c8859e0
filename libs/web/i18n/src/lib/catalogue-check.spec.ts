import { catalogueProblems } from './catalogue-check';
import { COMMON_CATALOGUES } from './create-i18n';

describe('catalogueProblems', () => {
  it('names a key missing or empty in one language, and placeholders that differ', () => {
    const problems = catalogueProblems({
      'zh-Hant': { a: { b: '甲' }, c: '{{n}}項' },
      'zh-Hans': { a: { b: '甲' }, c: '{{count}}项' },
      en: { a: { b: ' ' } },
    });
    expect(problems).toEqual(['en: empty a.b', 'zh-Hans: c has placeholders {count}, others have {n}', 'en: missing c']);
  });

  it('finds nothing wrong with catalogues that agree', () => {
    expect(catalogueProblems({ 'zh-Hant': { a: '{{x}}甲' }, 'zh-Hans': { a: '{{x}}甲' }, en: { a: 'A {{x}}' } })).toEqual([]);
  });

  it('the shared `common` catalogue has every key in all three languages', () => {
    expect(catalogueProblems(COMMON_CATALOGUES)).toEqual([]);
  });
});
