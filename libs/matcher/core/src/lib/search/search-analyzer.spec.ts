import { analyzeFieldsForIndex, analyzeForIndex, analyzeForQuery, MAX_QUERY_TOKENS } from './search-analyzer';
import { decodeToken, encodeToken, isConceptToken } from './token-encoder';

/** The search port's text semantics: a document matches when its field has every query token. */
function search(documents: Record<string, string>, query: string): string[] {
  const tokens = analyzeForQuery(query);
  return Object.entries(documents)
    .filter(([, text]) => {
      const field = new Set(analyzeForIndex(text).split(' '));
      return tokens.every((t) => field.has(t));
    })
    .map(([id]) => id)
    .sort();
}

describe('analyzeForIndex', () => {
  it('gives identical fields for Traditional and Simplified text', () => {
    expect(analyzeForIndex('國際茶展')).toBe(analyzeForIndex('国际茶展'));
    expect(analyzeForIndex('香港國際茶展：尋找海外買家')).toBe(analyzeForIndex('香港国际茶展：寻找海外买家'));
    expect(analyzeForIndex('ＩＰＯ 資金池')).toBe(analyzeForIndex('IPO 资金池'));
  });

  it('holds only space-separated [a-z0-9] tokens, without duplicates', () => {
    const field = analyzeForIndex('福建茶葉 tea TEA 茶葉 Cash-Pooling 2026 😀 Москва');
    expect(field).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
    const tokens = field.split(' ');
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('starts with the concept tokens, then the surface tokens', () => {
    const tokens = analyzeForIndex('國際茶展').split(' ');
    expect(tokens.slice(0, 2)).toEqual(['zzitea', 'zznexhibitfindbuyers']);
    expect(tokens.slice(2).map(decodeToken)).toEqual(['国际', '国', '际茶', '际', '茶', '茶展', '展']);
  });

  it('is empty for text without words', () => {
    for (const text of ['', '   ', '!!! ，。', '😀🎉 🇭🇰', '\ud800']) expect(analyzeForIndex(text)).toBe('');
  });

  it('indexes 100 KB of text', () => {
    const unit = '福建企業參展香港國際茶展並設立資金池，cash pooling and IPO advice 2026。';
    const field = analyzeForIndex(unit.repeat(Math.ceil(100_000 / unit.length)));
    expect(field.split(' ')).toEqual(expect.arrayContaining(['zzitea', 'zznfundpooling', 'zznlisting', 'ipo', '2026']));
    expect(field).toBe(analyzeForIndex(unit));
  });
});

describe('analyzeForQuery', () => {
  const documents = {
    hant: '為赴港閩企提供跨境資金池及財資中心設立服務',
    hans: '资金归集方案：为企业设立跨境资金池',
    en: 'Cash pooling and treasury centre services for Fujian firms',
    teaFair: '香港國際茶展',
    teaFairEn: 'Hong Kong International Tea Fair',
    toys: 'Hong Kong Toys & Games Fair',
  };

  it.each(['資金池', '资金池', 'cash pooling', 'Cash-Pooling', 'treasury centre'])('finds every fund-pooling document for %s', (query) => {
    expect(search(documents, query)).toEqual(['en', 'hans', 'hant']);
  });

  it.each(['茶', '茶葉', '茶叶', 'tea', '烏龍茶'])('finds both tea fair documents for %s', (query) => {
    expect(search(documents, query)).toEqual(['teaFair', 'teaFairEn']);
  });

  it('finds fairs across languages by concept (茶展 / tea fair) and keeps other words exact', () => {
    expect(search(documents, '國際茶展')).toEqual(['teaFair', 'teaFairEn']);
    expect(search(documents, 'toys fair')).toEqual(['toys']);
  });

  it('turns dictionary words into one concept token each, first', () => {
    expect(analyzeForQuery('資金池')).toEqual(['zznfundpooling']);
    expect(analyzeForQuery('Cash-Pooling')).toEqual(['zznfundpooling']);
    expect(analyzeForQuery('我们公司希望参加香港的茶展')).toEqual(['zzmhongkong', 'zzitea', 'zznexhibitfindbuyers']);
  });

  it('keeps words outside the dictionary as covering bigrams, never bigrams across words', () => {
    const tokens = analyzeForQuery('不锈钢保温杯').filter((t) => !isConceptToken(t)).map(decodeToken);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect('不锈钢保温杯').toContain(token);
    for (const doc of ['我们生产不锈钢保温杯', '不锈钢保温杯及水杯出口欧洲']) expect(search({ doc }, '不锈钢保温杯')).toEqual(['doc']);
  });

  it('only asks for surface tokens that any document containing the same words has', () => {
    const document = '第八項：持續開展福建品牌港澳行活動，鼓勵支持福建企業參加香港電子展、香港鐘錶展、香港禮品贈品展、香港玩具展、美食博覽、香港國際茶展等國際性展會，助力福茶、福酒、閩菜等好物拓展香港及國際市場。';
    const field = new Set(analyzeForIndex(document).split(' '));
    for (let start = 0; start < document.length - 2; start += 3) {
      for (const length of [2, 3, 5, 8]) {
        const query = document.slice(start, start + length);
        const surface = analyzeForQuery(query).filter((t) => !isConceptToken(t));
        expect([query, surface.filter((t) => !field.has(t)).map(decodeToken)]).toEqual([query, []]);
      }
    }
  });

  it('drops generic words, stop words and duplicates, puts numbers last', () => {
    expect(analyzeForQuery('We are looking for a company to help with the tea')).toEqual(['zzitea']);
    expect(analyzeForQuery('茶 茶葉 tea TEA')).toEqual(['zzitea']);
    expect(analyzeForQuery('2026 香港書展')).toEqual(['zzmhongkong', 'zzipublishing', 'zznexhibitfindbuyers', '2026']);
    expect(analyzeForQuery('杯')).toEqual([encodeToken('杯')]);
  });

  it(`caps the query at ${MAX_QUERY_TOKENS} tokens, concepts first`, () => {
    const query = '茶葉 玩具 鞋 電池 資金池 上市 商標 仲裁 調解 香港 東南亞 歐洲 widget gadget sprocket';
    const tokens = analyzeForQuery(query);
    expect(tokens).toHaveLength(MAX_QUERY_TOKENS);
    expect(tokens.every(isConceptToken)).toBe(true);
    expect(analyzeForQuery(query, { maxTokens: 3 })).toEqual(tokens.slice(0, 3));
    expect(analyzeForQuery('widget gadget sprocket', { maxTokens: 100 })).toEqual(['widget', 'gadget', 'sprocket']);
  });

  it('returns no tokens for empty, punctuation or emoji queries and lone surrogates', () => {
    for (const query of ['', '  ', '？！…', '😀', '\udc00']) expect(analyzeForQuery(query)).toEqual([]);
  });

  it('caps a 100 KB query', () => {
    const tokens = analyzeForQuery('安溪茶葉企業尋找買家 need cash pooling and IPO advice; '.repeat(2000));
    expect(tokens).toEqual(['zzcanxi', 'zzitea', 'zznexhibitfindbuyers', 'zzabuyers', 'zznfundpooling', 'zznlisting', 'advic']);
  });
});

describe('analyzeFieldsForIndex', () => {
  const concepts = (field: string) => field.split(' ').filter(isConceptToken);

  it('finds what the joined text holds across fields: a phrase split by the line, a CJK term holding a space', () => {
    const cases: [string[], string][] = [
      [['we need cash', 'pooling'], 'zznfundpooling'],
      [['open a', 'company in hk'], 'zzncompanyregistration'],
      [['tea', 'fair'], 'zznexhibitfindbuyers'],
      // Over three fields, the middle one holding only words a phrase may hold.
      [['open a', 'new hong kong', 'company'], 'zzncompanyregistration'],
      // Two words of a three-word phrase in the second field.
      [['we sell tie', 'guan yin'], 'zzitea'],
    ];
    for (const [fields, concept] of cases) {
      for (const field of fields) expect(concepts(analyzeForIndex(field))).not.toContain(concept);
      expect(concepts(analyzeFieldsForIndex(fields))).toContain(concept);
      expect(analyzeFieldsForIndex(fields)).toBe(analyzeForIndex(fields.join('\n')));
    }
    // Sentence punctuation at the end of a field is a barrier in the joined text too.
    expect(concepts(analyzeFieldsForIndex(['cash.', 'pooling']))).toEqual([]);
    expect(concepts(analyzeFieldsForIndex(['cash', '.', 'pooling']))).toEqual([]);
    expect(analyzeFieldsForIndex(['RCEP', '成員國市場'])).toBe(analyzeForIndex('RCEP\n成員國市場'));
  });

  it('equals analyzeForIndex of the fields joined with newlines, on generated firms', () => {
    // Fragments chosen to meet at field boundaries: halves of dictionary phrases, places that may
    // be inserted in a phrase, barriers, scripts, full-width and combining forms, lone surrogates.
    const fragments = [
      'cash', 'pooling', 'fund', 'tie', 'guan yin', 'printed', 'circuit boards', 'open a', 'company', 'hong kong', 'new', 'registration', 'trade', 'fair', 'tea', 'listing', 'ipo',
      'RCEP', '成員國', '成员国', '資金池', '资金池', '香港', '註冊公司', '茶葉', '鐵觀音', '我們希望', '參加展會', '不需要上市', 'ＩＰＯ', 'Ｃａｓｈ',
      'e\u0301', '\u200b', '\ud800', '\udc00', 'R&D', "o'neil", '.', '，', '。', ';', '(', ')', ' ', '\n', '\t', '', '  ', '2026', 'Xiamen', 'Fujian',
    ];
    let seed = 14;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = () => fragments[Math.floor(random() * fragments.length)];
    const fieldOf = () => (random() < 0.1 ? (random() < 0.5 ? null : '') : Array.from({ length: 1 + Math.floor(random() * 6) }, pick).join(random() < 0.5 ? ' ' : ''));
    let withConcepts = 0;
    for (let n = 0; n < 3000; n++) {
      const fields = Array.from({ length: 6 }, fieldOf);
      const expected = analyzeForIndex(fields.join('\n'));
      expect([fields, analyzeFieldsForIndex(fields)]).toEqual([fields, expected]);
      // Asked again (the classification after the search document), the same field.
      expect(analyzeFieldsForIndex([...fields])).toBe(expected);
      if (concepts(expected).length) withConcepts++;
    }
    expect(withConcepts).toBeGreaterThan(1000);
  });
});
