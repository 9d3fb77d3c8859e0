import { AUDIENCES, INDUSTRIES, MARKETS, NEEDS } from '@fhk/contracts';
import { normalizeText, normalizeWithSourceMap, sourceSpan } from './text-normalizer';

describe('normalizeText', () => {
  it('applies NFKC: full-width letters, digits and spaces become ASCII', () => {
    expect(normalizeText('ＩＰＯ　２０２６')).toBe('ipo 2026');
    expect(normalizeText('ﬁnance ㈱')).toBe('finance (株)');
  });

  it('folds Traditional to Simplified, including Hong Kong and Taiwan variants', () => {
    expect(normalizeText('資金池 資金歸集 茶葉 鐵觀音 國際茶展')).toBe('资金池 资金归集 茶叶 铁观音 国际茶展');
    expect(normalizeText('衞生 粧品')).toBe('卫生 妆品'); // HK variants
    expect(normalizeText('有著')).toBe('有着'); // TW variant
    expect(normalizeText('著名 著作')).toBe('著名 著作'); // phrases keep 著
  });

  it('leaves Simplified text as it is and is idempotent', () => {
    const simplified = '资金池 茶叶 国际茶展 锂电池 储能 里面 干燥 台湾';
    expect(normalizeText(simplified)).toBe(simplified);
    for (const text of ['資金池 Cash-Pooling ＩＰＯ', '衞 著 裏 綫', '  Mixed\tTEXT 😀 ']) {
      expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
    }
  });

  it('gives the same text for the Traditional and Simplified labels of the vocabularies', () => {
    const differentWords = new Set(['furniture-home', 'information-technology']); // 傢俬/家具, 資訊科技/信息技术
    for (const [code, label] of Object.entries({ ...INDUSTRIES, ...NEEDS, ...MARKETS, ...AUDIENCES })) {
      if (differentWords.has(code)) continue;
      expect([code, normalizeText(label['zh-Hant'])]).toEqual([code, normalizeText(label['zh-Hans'])]);
    }
  });

  it('lowercases, collapses whitespace and trims', () => {
    expect(normalizeText('  Cash \n\n  POOLING\t ')).toBe('cash pooling');
  });

  it('turns control characters into spaces and drops format characters', () => {
    expect(normalizeText('tea\u0000fair')).toBe('tea fair');
    expect(normalizeText('資\u200b金\u00ad池\u200d')).toBe('资金池');
    expect(normalizeText('\ufeffxiamen')).toBe('xiamen');
  });

  it('keeps emoji and survives lone surrogates', () => {
    expect(normalizeText('茶 😀 🇭🇰')).toBe('茶 😀 🇭🇰');
    expect(() => normalizeText('\ud800茶\udc00葉\ud83d')).not.toThrow();
    expect(normalizeText('\ud800茶\udc00葉\ud83d')).toBe('茶叶');
  });

  it('returns an empty string for empty or blank input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' \n\t\u3000 ')).toBe('');
  });

  it('maps every normalised unit back to the source text', () => {
    const source = '  ＩＰＯ 與 資金池 ';
    const normalized = normalizeWithSourceMap(source);
    expect(normalized.text).toBe('ipo 与 资金池');
    const at = (word: string) => {
      const start = normalized.text.indexOf(word);
      const span = sourceSpan(normalized, start, start + word.length);
      return source.slice(span.start, span.end);
    };
    expect(at('ipo')).toBe('ＩＰＯ');
    expect(at('资金池')).toBe('資金池');
    expect(at('与')).toBe('與');
  });

  it('keeps offsets right when folding turns a character into an astral one', () => {
    const source = '二噁英 x'; // OpenCC writes 噁 here as U+2AAC7 (two UTF-16 units)
    const normalized = normalizeWithSourceMap(source);
    expect([...normalized.text]).toHaveLength([...source].length);
    const x = normalized.text.indexOf('x');
    expect(source.slice(...Object.values(sourceSpan(normalized, x, x + 1)))).toBe('x');
  });

  it('handles 100 KB of mixed text', () => {
    const unit = '福建安溪茶葉企業希望參加香港國際茶展 Cash-Pooling ＩＰＯ 😀\u3000';
    const big = unit.repeat(Math.ceil(100_000 / unit.length));
    const out = normalizeText(big);
    expect(out.startsWith('福建安溪茶叶企业希望参加香港国际茶展 cash-pooling ipo 😀 福建')).toBe(true);
    expect(out).not.toMatch(/[葉業參國\u3000Ｉ]/);
  });
});
