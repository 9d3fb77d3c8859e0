import { classifyEnterprise, classifyOpportunityText, EnterpriseProfileText, enterpriseCity, EXPLICIT_NEED_FLOOR } from './profile-classifier';
import { sizeBandOf } from './enterprise-size';

const anxiTea: Record<'zh-Hant' | 'zh-Hans' | 'en', EnterpriseProfileText> = {
  'zh-Hant': {
    name: '安溪山茗茶業有限公司',
    city: '福建省泉州市安溪縣',
    industry: '茶葉',
    products: '鐵觀音烏龍茶、紅茶及茶葉禮盒，自有茶園三百畝',
    needs: '希望參加香港國際茶展尋找海外買家，並在香港註冊公司、申請商標',
    markets: '香港、東南亞、歐洲',
    employees: 45,
  },
  'zh-Hans': {
    name: '安溪山茗茶业有限公司',
    city: '福建省泉州市安溪县',
    industry: '茶叶',
    products: '铁观音乌龙茶、红茶及茶叶礼盒，自有茶园三百亩',
    needs: '希望参加香港国际茶展寻找海外买家，并在香港注册公司、申请商标',
    markets: '香港、东南亚、欧洲',
    employees: 45,
  },
  en: {
    name: 'Anxi Shanming Tea Co., Ltd.',
    city: 'Anxi County, Quanzhou, Fujian',
    industry: 'Tea',
    products: 'Tieguanyin oolong tea, black tea and tea gift boxes from our own 300-mu tea gardens',
    needs: 'Exhibit at the Hong Kong International Tea Fair to find overseas buyers; register a company in Hong Kong and file trademarks',
    markets: 'Hong Kong, Southeast Asia, Europe',
    employees: 45,
  },
};

const codes = (list: readonly { code: string }[]) => list.map((c) => c.code).sort();

describe('classifyEnterprise', () => {
  it('classifies the same Anxi tea firm alike in zh-Hant, zh-Hans and English', () => {
    const results = Object.entries(anxiTea).map(([language, profile]) => ({ language, result: classifyEnterprise(profile) }));
    for (const { language, result } of results) {
      expect(result.language).toBe(language);
      expect(result.languageSource).toBe('detected');
      expect(result.primaryIndustry).toBe('tea');
      expect(codes(result.industries)).toEqual(['gifts-crafts', 'tea']);
      expect(codes(result.needs)).toEqual(['company-registration', 'exhibit-find-buyers', 'trademark-patent']);
      expect(codes(result.markets)).toEqual(['asean', 'europe', 'global', 'hong-kong']);
      expect(result.city).toMatchObject({ code: 'anxi', prefecture: 'quanzhou', level: 'county', field: 'city' });
      expect(result.sizeBand).toBe('small');
    }
  });

  it('gives weights in (0, 1] with the primary industry first at 1, and evidence as written', () => {
    const result = classifyEnterprise(anxiTea['zh-Hant']);
    expect(result.industries[0]).toMatchObject({ code: 'tea', weight: 1 });
    expect(result.industries[1].weight).toBeLessThan(0.5);
    expect(result.industries[0].evidence[0]).toEqual({ field: 'industry', matched: '茶葉', start: 0, end: 2 });
    for (const list of [result.industries, result.needs, result.markets]) {
      for (const c of list) expect(c.weight > 0 && c.weight <= 1).toBe(true);
    }
    expect(result.tokens).toEqual(expect.arrayContaining(['zzitea', 'zzcanxi', 'zznexhibitfindbuyers']));
  });

  it('lets the structured industry field decide the primary industry, in any language or as a code', () => {
    const base = { name: 'Quanzhou Star Co.', city: 'Quanzhou', products: 'LED chargers, power banks, earphones and plastic toys for export' };
    expect(classifyEnterprise({ ...base, industry: '' }).primaryIndustry).toBe('electronics');
    expect(classifyEnterprise({ ...base, industry: 'Toys' }).primaryIndustry).toBe('toys-games');
    expect(classifyEnterprise({ ...base, industry: '玩具' }).primaryIndustry).toBe('toys-games');
    expect(classifyEnterprise({ ...base, industry: 'toys-games' }).primaryIndustry).toBe('toys-games');
    const gifts = classifyEnterprise({ ...base, industry: 'gifts-crafts' });
    expect(gifts.primaryIndustry).toBe('gifts-crafts');
    expect(codes(gifts.industries)).toEqual(['electronics', 'gifts-crafts', 'toys-games']); // free text adds the others
  });

  it('reads needs only from the needs field, and industries not from it', () => {
    const result = classifyEnterprise({
      name: '厦门某科技',
      city: '厦门',
      products: '专利产品：智能手机配件',
      needs: '需要律师和资金池服务',
    });
    expect(codes(result.needs)).toEqual(['fund-pooling', 'legal-advice']);
    expect(codes(result.industries)).toEqual(['electronics']);
  });

  it('keeps a need named in its own words at 0.6 of the strongest however often another is repeated, but not one put off for later', () => {
    const weightOf = (needs: string, code: string) => classifyEnterprise({ name: 'X', city: '福州', needs }).needs.find((n) => n.code === code)?.weight;
    // Three mentions of arbitration used to leave the trademark at 1 / 2 of it.
    expect(weightOf('我們在東南亞的買家拖欠貨款，想申請仲裁，仲裁裁決要在當地執行；另外想註冊商標', 'trademark-patent')).toBe(EXPLICIT_NEED_FLOOR);
    expect(weightOf('Arbitration of a dispute, the arbitration award enforced in Vietnam, arbitration in Hong Kong; also trademark registration', 'trademark-patent')).toBe(EXPLICIT_NEED_FLOOR);
    expect(weightOf('想在香港上市；以后再考虑发债', 'bond-issuance')).toBe(0.5);
    expect(classifyEnterprise({ name: 'X', city: '福州', needs: '想在香港上市，上市，上市；也想注册商标' }).needs.map((n) => n.code)).toEqual(['listing', 'trademark-patent']);
  });

  it('reads needs as English-writing firms put them', () => {
    const read = (needs: string) => codes(classifyEnterprise({ name: 'X Co', city: 'Fuzhou', needs }).needs);
    expect(read('a Hong Kong entity to invoice customers')).toContain('company-registration');
    expect(read('repatriate profits from our overseas subsidiaries')).toContain('fund-pooling');
    expect(read('currency hedging for our dollar receipts')).toContain('fund-pooling');
    expect(read('recover unpaid invoices from a buyer')).toContain('arbitration');
    expect(read('settle a commercial dispute amicably')).toContain('mediation');
    expect(read('partner schools in Hong Kong for our students')).toContain('education-cooperation');
    expect(read('Our buyer in Malaysia owes us USD 400k')).toContain('arbitration');
    expect(read('We also want to team up with a university on recycling technology')).toContain('research-collaboration');
    // OEM is how a firm makes things, not what: an OEM skincare maker is no machinery firm.
    expect(codes(classifyEnterprise({ name: 'Putian Skincare', city: 'Putian', industry: 'Skincare', products: 'OEM and ODM skincare; 代工護膚品' }).industries)).not.toContain('advanced-manufacturing');
  });

  it('takes the most specific place, falling back from the city field to the name', () => {
    expect(classifyEnterprise({ name: 'x', city: '泉州市晋江市' }).city).toMatchObject({ code: 'jinjiang', prefecture: 'quanzhou' });
    expect(classifyEnterprise({ name: 'x', city: 'Xiamen' }).city).toMatchObject({ code: 'xiamen', prefecture: 'xiamen', level: 'prefecture' });
    expect(classifyEnterprise({ name: '福鼎白茶有限公司', city: '福建' }).city).toMatchObject({ code: 'fuding', prefecture: 'ningde', field: 'name' });
    expect(classifyEnterprise({ name: 'x', city: 'Shenzhen' }).city).toBeNull();
  });

  it('prefers a declared language, and handles an empty profile', () => {
    expect(classifyEnterprise({ ...anxiTea.en, language: 'zh-Hant' })).toMatchObject({ language: 'zh-Hant', languageSource: 'declared' });
    const empty = classifyEnterprise({ name: '', city: '' });
    expect(empty).toMatchObject({ primaryIndustry: null, industries: [], needs: [], markets: [], city: null, sizeBand: null, tokens: [] });
  });
});

describe('sizeBandOf', () => {
  it.each([
    [1, 'micro'], [9, 'micro'], [10, 'small'], [99, 'small'], [100, 'medium'], [499, 'medium'], [500, 'large'], [20000, 'large'],
    [null, null], [undefined, null], [Number.NaN, null], [-3, null],
  ])('%s employees -> %s', (employees, band) => expect(sizeBandOf(employees)).toBe(band));
});

describe('classifyOpportunityText', () => {
  it('classifies a calendar item in all three languages', () => {
    const result = classifyOpportunityText([
      '香港國際茶展：匯聚全球茶商及買家',
      '香港国际茶展：汇聚全球茶商及买家',
      'Hong Kong International Tea Fair: tea traders and buyers from around the world',
    ]);
    expect(result.industries[0]).toMatchObject({ code: 'tea', weight: 1 });
    expect(codes(result.needs)).toEqual(['exhibit-find-buyers']);
    expect(codes(result.audiences)).toEqual(['buyers']);
    expect(codes(result.markets)).toEqual(['global', 'hong-kong']);
    expect(result.tokens).toEqual(expect.arrayContaining(['zzitea', 'zzabuyers']));
  });

  it('reads a measure text: places, needs and industries', () => {
    const result = classifyOpportunityText('支持香港旅發局與廈門市文旅局合作，推動閩港跨境郵輪航線發展。');
    expect(codes(result.cities)).toEqual(['xiamen']);
    expect(result.industries[0].code).toBe('tourism-hospitality');
  });

  it('returns empty lists for text without concepts', () => {
    expect(classifyOpportunityText('😀 ...')).toMatchObject({ industries: [], needs: [], markets: [], audiences: [], cities: [], tokens: [] });
  });
});

describe('enterpriseCity', () => {
  // Every combination of fields that name a place or not, at different levels, in three scripts.
  const cities = ['', '福州', '泉州市晉江', 'Xiamen', '廈門思明區', 'somewhere else'];
  const names = ['', '晉江茶業有限公司', 'Fuzhou Stone Works', '茶業'];
  const products = ['', '安溪鐵觀音', 'stone from Putian', 'tea'];
  const needs = ['', '想在漳州設廠', 'need a lawyer in Hong Kong'];
  const profiles: EnterpriseProfileText[] = cities.flatMap((city) =>
    names.flatMap((name) => products.flatMap((p) => needs.map((n) => ({ name, city, industry: '茶葉 福清', products: p, needs: n, markets: '寧德' })))),
  );

  it('resolves exactly the place classifyEnterprise does, for every combination of fields', () => {
    const resolved = profiles.map((p) => classifyEnterprise(p).city);
    expect(resolved.filter(Boolean).length).toBeGreaterThan(profiles.length / 2);
    expect(new Set(resolved.map((c) => c?.field ?? null)).size).toBeGreaterThan(2);
    expect(profiles.map((p) => enterpriseCity(p))).toEqual(resolved);
  });
});
