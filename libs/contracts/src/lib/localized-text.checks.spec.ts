import { collectLocalizedTexts, traditionalOnlyCharactersIn } from './localized-text.checks';

describe('localized text checks', () => {
  it('finds every localized text in nested data, with its path', () => {
    const t = { 'zh-Hant': '茶', 'zh-Hans': '茶', en: 'tea' };
    expect(collectLocalizedTexts({ name: t, parties: [t, { other: t }], count: 3 }, 'x').map((f) => f.path)).toEqual(['x.name', 'x.parties[0]', 'x.parties[1].other']);
  });

  it('names the Traditional-only characters in a Simplified text, once each', () => {
    expect(traditionalOnlyCharactersIn('香港國際茶展與國際')).toEqual(['國', '際', '與']);
    expect(traditionalOnlyCharactersIn('香港国际茶展')).toEqual([]);
  });
});
