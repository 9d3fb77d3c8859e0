import { Locale } from 'opencc-js';
import type { DictLike } from 'opencc-js';
import { isSimplifiedOnlyChar, isTraditionalOnlyChar, toSimplified } from './chinese-converter';

const pairs = (dict: DictLike): (readonly [string, string])[] =>
  typeof dict === 'string' ? dict.split('|').map((p) => p.split(' ') as [string, string]) : [...dict];

describe('chinese-converter', () => {
  it('uses tables that never change the number of code points (the normalizer relies on it)', () => {
    const tables = [...Locale.from['hk'], ...Locale.from['tw'], ...Locale.to['cn']].flat();
    const changing = tables.flatMap(pairs).filter(([from, to]) => [...from].length !== [...to].length);
    expect(changing).toEqual([]);
  });

  it('folds both HK and TW variants', () => {
    expect(toSimplified('衞 粧 著 裏 裡 綫 線')).toBe('卫 妆 着 里 里 线 线');
  });

  it('knows which characters only one script uses', () => {
    expect(['資', '葉', '國', '鐵'].every(isTraditionalOnlyChar)).toBe(true);
    expect(['资', '叶', '国', '铁'].some(isTraditionalOnlyChar)).toBe(false);
    expect(['资', '国', '铁', '发', '们'].every(isSimplifiedOnlyChar)).toBe(true);
    // Written alike in both scripts, or Traditional characters in their own right (叶 as in 叶韵).
    expect(['茶', '叶', '干', '里', '台', '面', '后', '資'].some(isSimplifiedOnlyChar)).toBe(false);
  });
});
