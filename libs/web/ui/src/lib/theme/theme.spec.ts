import { contrastRatio, FONT_STACKS, STATUS_TONES, THEME_COLORS } from './theme';

describe('the web theme', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff')).toBeCloseTo(1, 5);
    // antd's default primary (#1677ff) fails AA for white text, which is why the theme changes it.
    expect(contrastRatio('#ffffff', '#1677ff')).toBeLessThan(4.5);
  });

  it.each(Object.entries(THEME_COLORS))('%s passes AA (4.5:1) against white', (_token, color) => {
    expect(contrastRatio(color)).toBeGreaterThanOrEqual(4.5);
  });

  it('white text on primary and error buttons passes AA', () => {
    expect(contrastRatio('#ffffff', THEME_COLORS.colorPrimary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', THEME_COLORS.colorError)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(STATUS_TONES))('the %s tag reads at 7:1 or better', (_status, tone) => {
    expect(contrastRatio(tone.color, tone.background)).toBeGreaterThanOrEqual(7);
  });

  it('sets each Chinese script in fonts drawn for it', () => {
    expect(FONT_STACKS['zh-Hant']).toMatch(/PingFang TC.*Noto Sans CJK TC/);
    expect(FONT_STACKS['zh-Hans']).toMatch(/PingFang SC.*Noto Sans CJK SC/);
    expect(FONT_STACKS['zh-Hant']).not.toMatch(/ SC"/);
    expect(FONT_STACKS['zh-Hans']).not.toMatch(/ TC"/);
  });
});
