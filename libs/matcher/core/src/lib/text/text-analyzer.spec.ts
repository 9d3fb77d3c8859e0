import { analyzeText, Token, tokenizeNormalized } from './text-analyzer';
import { normalizeWithSourceMap, sourceSpan } from './text-normalizer';
import { scanRuns } from './text-scanner';

const texts = (tokens: readonly Token[], kind?: Token['kind']) => tokens.filter((t) => !kind || t.kind === kind).map((t) => t.text);

describe('analyzeText', () => {
  it('gives CJK words, every bigram and every character of a CJK run', () => {
    const { tokens } = analyzeText('國際茶展');
    expect(texts(tokens, 'cjk-word')).toEqual(['国际', '茶', '展']);
    expect(texts(tokens, 'cjk-bigram')).toEqual(['际茶', '茶展']); // 国际 is already a word
    expect(texts(tokens, 'cjk-char')).toEqual(['国', '际']); // 茶 and 展 are already words
  });

  it('makes 茶葉, 茶叶 and 茶 meet, and 國際茶展 share 茶 with them', () => {
    const of = (s: string) => new Set(texts(analyzeText(s).tokens));
    expect(of('茶葉')).toEqual(of('茶叶'));
    expect(of('茶叶').has('茶')).toBe(true);
    expect(of('國際茶展').has('茶')).toBe(true);
    expect(of('國際茶展').has('茶叶')).toBe(false); // only the concept token joins these (see search-analyzer)
  });

  it('can leave out the characters the segmenter did not isolate', () => {
    const { tokens } = analyzeText('白糖 茶', { cjkChars: false });
    expect(texts(tokens)).toEqual(['白糖', '茶']); // a one-character run keeps its character
  });

  it('splits Latin words on non-alphanumerics, drops stop words and stems', () => {
    const { tokens } = analyzeText('We are looking for Cash-Pooling and the pooling of funds');
    expect(texts(tokens, 'word')).toEqual(['look', 'cash', 'pool', 'pool', 'fund']);
  });

  it('keeps numbers, and words mixing letters and digits unstemmed', () => {
    const { tokens } = analyzeText('2026年 B2B 5G 18C rules, 1.5 million');
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['2026', '1', '5']);
    expect(texts(tokens, 'word')).toEqual(['b2b', '5g', '18c', 'rule', 'million']);
  });

  it('keeps the acronyms IT and US in capitals but drops it and us', () => {
    expect(texts(analyzeText('IT services for US buyers').tokens)).toEqual(['it', 'servic', 'us', 'buyer']);
    expect(texts(analyzeText('it is for us').tokens)).toEqual([]);
  });

  it("joins apostrophes and R&D-style ampersands, folds Latin diacritics", () => {
    expect(texts(analyzeText("Xiamen's R&D café, Nan'an").tokens)).toEqual(['xiamen', 'rd', 'cafe', 'nanan']);
  });

  it('keeps words of other scripts lowercased but otherwise as written (marks may be letters there)', () => {
    expect(texts(analyzeText('Москва ταχύ สวัสดี').tokens)).toEqual(['москва', 'ταχύ', 'สวัสดี']);
  });

  it('handles mixed scripts in one string', () => {
    const { tokens } = analyzeText('福建茶葉tea出口Europe，ＩＰＯ計劃2026');
    expect(texts(tokens, 'word')).toEqual(['tea', 'europ', 'ipo']);
    expect(texts(tokens, 'cjk-word')).toEqual(expect.arrayContaining(['福建', '茶叶', '出口', '计划']));
    expect(texts(tokens, 'number')).toEqual(['2026']);
  });

  it('reports offsets in the original text', () => {
    const source = '我們的ＩＰＯ計劃';
    for (const token of analyzeText(source).tokens) {
      expect(source.slice(token.start, token.end).normalize('NFKC').toLowerCase().length).toBeGreaterThan(0);
    }
    const ipo = analyzeText(source).tokens.find((t) => t.text === 'ipo');
    expect(source.slice(ipo!.start, ipo!.end)).toBe('ＩＰＯ');
  });

  it('returns no tokens, and does not throw, for punctuation, emoji, blanks and lone surrogates', () => {
    for (const input of ['', '   ', '!!! ??? ，。、；', '😀🎉👍🏽 🇭🇰 ❤️', '—…·•', '\udc00\ud800', '\u0000\u0007\u200b']) {
      expect(analyzeText(input).tokens).toEqual([]);
    }
    expect(() => analyzeText('茶\ud800葉\udfff')).not.toThrow();
    expect(texts(analyzeText('茶\ud800葉').tokens, 'cjk-word')).toEqual(['茶叶']);
  });

  it('analyses 100 KB of text', () => {
    const unit = '安溪茶葉企業參加香港國際茶展，尋找買家 and cash pooling in Hong Kong 2026. ';
    const big = unit.repeat(Math.ceil(100_000 / unit.length));
    const { tokens } = analyzeText(big);
    expect(tokens.length).toBeGreaterThan(20_000);
    expect(new Set(texts(tokens))).toEqual(new Set(texts(analyzeText(unit).tokens)));
  });
});

describe('tokenizeNormalized without characters', () => {
  it('is the list with characters less the characters of CJK runs longer than one, on generated texts', () => {
    const fragments = ['國際茶展', '茶', '白糖', '鐵觀音烏龍茶', '资金池', 'ＩＰＯ', 'tea', 'Cash-Pooling', 'R&D', '2026', '，', '。', ' ', '𠀋', 'か', '한국', 'e\u0301', '\u200b'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => fragments[Math.floor(random() * fragments.length)]).join('');
      const normalized = normalizeWithSourceMap(text);
      // Asked in either order first (one pass makes both lists).
      const without = n % 2 ? tokenizeNormalized(normalized, { cjkChars: false }) : null;
      const withChars = tokenizeNormalized(normalized);
      const singles = new Set(
        scanRuns(normalized.text)
          .filter((r) => r.kind === 'cjk' && [...r.text].length === 1)
          .map((r) => JSON.stringify(sourceSpan(normalized, r.start, r.end))),
      );
      const expected = withChars.filter((t) => t.kind !== 'cjk-char' || singles.has(JSON.stringify({ start: t.start, end: t.end })));
      expect([text, without ?? tokenizeNormalized(normalized, { cjkChars: false })]).toEqual([text, expected]);
    }
  });
});
