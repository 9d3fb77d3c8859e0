import { AUDIENCE_CODES, INDUSTRIES, INDUSTRY_CODES, MARKET_CODES, MARKETS, NEED_CODES, NEEDS } from '@fhk/contracts';
import type { LocalizedText } from '@fhk/contracts';
import { containsCjk } from '../text/text-scanner';
import type { ConceptKind } from './concept-kind';
import { FUJIAN_CITIES, FUJIAN_CITY_CODES } from './data/fujian-cities.data';
import { findConcepts, TERM_DICTIONARY, termsOf } from './term-dictionary';

const codes = (text: string, kind?: ConceptKind) =>
  [...new Set(findConcepts(text, kind ? { kinds: [kind] } : {}).map((m) => `${m.kind}:${m.code}`))].sort();

describe('findConcepts', () => {
  it.each(['資金池', '资金池', 'cash pooling', 'Cash-Pooling', 'CASH POOLING', 'cash pools', '資金歸集', '资金归集', 'treasury centre', '財資中心'])(
    'finds fund-pooling in %s',
    (text) => expect(codes(text)).toEqual(['need:fund-pooling']),
  );

  it.each(['茶葉', '茶叶', 'tea', 'Teas', '烏龍茶', 'Oolong', '鐵觀音', '铁观音', '白茶', '岩茶', '大紅袍'])('finds tea in %s', (text) => {
    expect(codes(text, 'industry')).toEqual(['industry:tea']);
  });

  it.each([
    ['ＩＰＯ', 'need:listing'],
    ['計劃在香港上市', 'need:listing'],
    ['a listing in Hong Kong', 'need:listing'],
    ['發債', 'need:bond-issuance'],
    ['green bonds', 'need:bond-issuance'],
    ['商標', 'need:trademark-patent'],
    ['专利', 'need:trademark-patent'],
    ['IP', 'need:trademark-patent'],
    ['公司註冊', 'need:company-registration'],
    ['開公司', 'need:company-registration'],
    ['incorporate', 'need:company-registration'],
    ['檢測', 'need:testing-certification'],
    ['认证', 'need:testing-certification'],
    ['certification', 'need:testing-certification'],
    ['融資', 'need:investment-financing'],
    ['investor', 'need:investment-financing'],
    ['風投', 'need:investment-financing'],
    ['VC', 'need:investment-financing'],
    ['參展', 'need:exhibit-find-buyers'],
    ['trade fair', 'need:exhibit-find-buyers'],
    ['展會', 'need:exhibit-find-buyers'],
    ['出海', 'need:overseas-expansion'],
    ['走出去', 'need:overseas-expansion'],
    ['going global', 'need:overseas-expansion'],
    ['拓展海外', 'need:overseas-expansion'],
    ['仲裁', 'need:arbitration'],
    ['調解', 'need:mediation'],
    ['玩具', 'industry:toys-games'],
    ['toys', 'industry:toys-games'],
    ['鋰電池', 'industry:new-energy'],
    ['energy storage', 'industry:new-energy'],
    ['儲能', 'industry:new-energy'],
    ['運動鞋', 'industry:footwear'],
    ['sneakers', 'industry:footwear'],
    ['seafood', 'industry:agriculture-fisheries'],
    ['海產品', 'industry:agriculture-fisheries'],
    // English words for trades the Chinese side already names (寿山石, 中西医, 机器视觉, 船东, 吊灯 …).
    ['Shoushan stone seals', 'industry:gifts-crafts'],
    ['integrated Chinese-Western medicine', 'industry:chinese-medicine'],
    ['machine vision', 'industry:artificial-intelligence'],
    ['shipowners', 'industry:logistics-shipping'],
    ['pendant lights', 'industry:lighting'],
    ['womenswear', 'industry:textiles-apparel'],
    ['wardrobes', 'industry:furniture-home'],
    ['necklaces', 'industry:jewellery'],
    ['nursing homes', 'industry:healthcare'],
    // English need wordings for what the Chinese side already names (实用新型, 联合实验室, 无水港, 人才公寓, …).
    ['utility model patents', 'need:trademark-patent'],
    ['a joint lab with PolyU', 'need:research-collaboration'],
    ['an inland port', 'need:logistics-customs'],
    ['talent apartments', 'need:residence-facilitation'],
    ['more sales agents', 'need:exhibit-find-buyers'],
    ['go overseas', 'need:overseas-expansion'],
    // Mainland English for 对接会, 科技成果转化, 推介会, 机电 (how Fujian firms write them).
    ['a project docking meeting', 'need:exhibit-find-buyers'],
    ['transformation of scientific and technological achievements', 'need:technology-transfer'],
    ['we attend the fair every April', 'need:exhibit-find-buyers'],
    ['mechanical and electrical products', 'industry:advanced-manufacturing'],
    ['Zhangzhou woodblock New Year prints', 'industry:gifts-crafts'],
    ['木版年画', 'industry:gifts-crafts'],
    ['the Zhangzhou clansmen association', 'need:cultural-exchange'],
    ['Southeast Asian markets', 'market:asean'],
    ['SE Asia', 'market:asean'],
    ['the Greater Bay Area', 'market:hong-kong'],
    ['Gulf countries', 'market:middle-east'],
    ['IEC 62619 certs', 'need:testing-certification'],
    ['a capital pool for our subsidiaries', 'need:fund-pooling'], // 资金池, word for word
  ])('finds %s -> %s', (text, expected) => {
    expect(codes(text)).toContain(expected);
  });

  it('reports the words as written, with offsets into the text', () => {
    const text = '我們需要資金池 and Cash-Pooling，也想做ＩＰＯ';
    const found = findConcepts(text);
    expect(found.map((m) => m.matched)).toEqual(['資金池', 'Cash-Pooling', 'ＩＰＯ']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.matched);
    expect(found[1]).toMatchObject({ kind: 'need', code: 'fund-pooling', term: 'cash pool' });
  });

  it('lets the longest term win: compounds of another concept hide the word inside', () => {
    expect(codes('Shoushan stone', 'industry')).toEqual(['industry:gifts-crafts']); // a carving stone, not building stone
    expect(codes('shoe cabinets', 'industry')).toEqual(['industry:furniture-home']);
    expect(codes('charging cabinets', 'industry')).toEqual(['industry:new-energy']);
    expect(codes('sold through pharmacy chains', 'need')).toEqual(['need:exhibit-find-buyers']);
    expect(codes('weather display', 'industry')).toEqual([]);
    expect(codes('茶几')).toEqual(['industry:furniture-home']);
    expect(codes('奶茶')).toEqual(['industry:food-beverage']);
    expect(codes('五星級酒店')).toEqual(['industry:tourism-hospitality']);
    expect(codes('跨境電子商務')).toEqual(['industry:trade-ecommerce']);
    expect(codes('fund pooling')).toEqual(['need:fund-pooling']);
    expect(codes('廈門港青匯')).toEqual(['audience:youth']); // Hong Kong youth in Xiamen, not Xiamen's port
    expect(codes('廈門港碼頭')).toContain('industry:ports-infrastructure');
  });

  it('ignores words that only look like a term (blocking terms)', () => {
    for (const text of ['新品上市', '新款陆续上市', '电子邮件', '消毒酒精', '游戏规则', '招商银行', 'market research', 'plastic film']) {
      expect([text, codes(text)]).toEqual([text, []]);
    }
  });

  it.each([
    // A phrase read as the wrong concept (fourteenth round): each reading fixed in the dictionary.
    ['Lok Ma Chau Loop', 'need:legal-advice'], // "Ma" is no M&A
    ['香港品牌食品、保健品及個人護理用品進口', 'industry:healthcare'], // personal care is no nursing care
    ['12V packs for RVs and boats', 'industry:advanced-manufacturing'], // boats use the packs
    ['Yacht charter, sailing school', 'industry:education'],
    ['衝浪學校、咖啡店', 'industry:education'],
    ['德化白瓷茶具', 'industry:tea'], // teaware is houseware
    ['青年創業園，辦公工位、路演、創業培訓', 'industry:education'], // an incubator's start-up training
    ['social insurance, kids school, housing fund', 'need:investment-financing'], // benefits of the residence permit
    ['social insurance, kids school, housing fund', 'industry:education'],
    ['強積金', 'need:investment-financing'],
    // Fifteenth round: plain English as exporters write it.
    ['meet brand owners and wholesalers from Europe', 'need:brand-building'], // brand owners are an OEM's customers
    ['OEM for brand customers in the EU', 'need:brand-building'],
    ['US tariff too high now, our orders drop a lot', 'need:logistics-customs'], // a trade war, no clearance to arrange
    ['美国加征关税，订单下降', 'need:logistics-customs'],
  ])('does not misread %s as %s', (text, wrong) => {
    expect(codes(text)).not.toContain(wrong);
  });

  it('reads what those phrases do mean', () => {
    expect(codes('M&A advice', 'need')).toEqual(['need:legal-advice']);
    expect(codes('Yacht charter, sailing school', 'industry')).toEqual(['industry:tourism-hospitality']);
    expect(codes('衝浪學校', 'industry')).toEqual(['industry:tourism-hospitality']);
    expect(codes('德化白瓷茶具', 'industry')).toEqual(['industry:ceramics-building-materials', 'industry:furniture-home']);
    expect(codes('tea sets and teapots', 'industry')).toEqual(['industry:furniture-home']);
    expect(codes('we build yachts', 'industry')).toEqual(['industry:advanced-manufacturing']);
    expect(codes('養老護理', 'industry')).toContain('industry:healthcare');
    expect(codes('social insurance, kids school, housing fund')).toEqual(['need:residence-facilitation']);
    expect(codes('住房公積金')).toEqual(['need:residence-facilitation']);
    expect(codes('next year launch own brand', 'need')).toEqual(['need:brand-building']);
    expect(codes('want borrow money from HK bank', 'need')).toEqual(['need:investment-financing']);
    expect(codes('we are short of cash', 'need')).toEqual(['need:investment-financing']);
    expect(codes('people copy our products on Taobao', 'need')).toEqual(['need:trademark-patent']);
    expect(codes('they copied our design', 'need')).toEqual(['need:trademark-patent']);
    expect(codes('help with tariff classification', 'need')).toEqual(['need:logistics-customs']);
    expect(codes('because of the trade war and high tariffs we need new markets', 'need')).toEqual(['need:overseas-expansion']);
    expect(codes('缺钱，想找香港银行借钱', 'need')).toEqual(['need:investment-financing']);
    expect(codes('bank card, mobile apps working with Home Visit Permit', 'need')).not.toContain('need:investment-financing');
  });

  it('names several concepts for one word where the word means them', () => {
    expect(codes('港澳')).toEqual(['market:hong-kong', 'market:macao']);
    expect(codes('國際茶展')).toEqual(['industry:tea', 'need:exhibit-find-buyers']);
    expect(codes('欧美市场')).toEqual(['market:europe', 'market:north-america']);
  });

  it('does not let a phrase straddle Chinese text or a sentence end', () => {
    expect(codes('cash 现金 pooling')).not.toContain('need:fund-pooling');
    expect(codes('We pay cash. Pooling resources helps')).not.toContain('need:fund-pooling');
  });

  it('lets a phrase hold a place or "new" between its words, but no other word and no punctuation', () => {
    expect(codes('we may open a Hong Kong office', 'need')).toEqual(['need:company-registration']);
    expect(codes('set up a new local company', 'need')).toEqual(['need:company-registration']);
    expect(codes('plan to list in Hong Kong', 'need')).toEqual(['need:listing']);
    expect(codes('open a bank, then a company', 'need')).not.toContain('need:company-registration');
    expect(codes('open a Hong Kong. Company', 'need')).not.toContain('need:company-registration');
    expect(codes('open a Hong Kong trading business with a company', 'need')).not.toContain('need:company-registration');
  });

  it.each([
    ["Cyberport's incubator", 'Cyberport incubator'],
    ['Cyberport’s incubator', 'Cyberport incubator'],
    ["our brand's trademark", 'our brand trademark'],
    ["HKEX's Main Board", 'HKEX Main Board'],
  ])('reads a possessive as its word (%s)', (possessive, plain) => {
    expect(codes(possessive)).toEqual(codes(plain));
    expect(codes(possessive).length).toBeGreaterThan(0);
  });

  it('tells acronyms and exact words from their look-alikes', () => {
    expect(codes('hospitals')).toEqual(['industry:healthcare']); // not hospitality (both stem to hospit)
    expect(codes('recruit')).toEqual(['need:talent-internships']); // not the recruitment-agency industry
    expect(codes('IT services')).toEqual(['industry:information-technology']);
    expect(codes('it works')).toEqual([]);
    expect(codes('LED lamps')).toContain('industry:electronics');
    expect(codes('the team was led by')).toEqual([]);
    expect(codes('US market')).toEqual(['market:north-america']);
    expect(codes('tell us')).toEqual([]);
    expect(codes('wine and spirits')).toEqual(['industry:wine-spirits']);
    expect(codes('entrepreneurial spirit')).toEqual([]);
  });

  it.each([
    'international', 'internal', 'important', 'customer', 'customers service', 'market', 'the markets', 'a list of companies', 'listed below',
    'performance', 'hosted by', 'computer', 'animal', 'accelerate', 'fruitful', 'light', 'of course', 'contains', 'security', 'collection',
    'produce', 'commercial', 'universal', 'periods', 'solely', 'refine', 'constructive', 'watching', 'composition', 'automated', 'accounts',
    'sustain', 'distributed', 'furnished', 'published', 'digits', 'business', 'enterprise', 'capitalize', 'product series', 'netbook',
    'ITE', 'well', 'train', 'Golden Rooster and Hundred Flowers',
    'pilot programme', 'the public', 'slated for 2027', 'paper cups', 'tissue', 'GEM', 'a sweet spot', 'we can accommodate 200', 'ear',
    'wall-mounted home storage', 'a fair price', 'in the spotlight', 'we cater to', 'camp beds', 'bear the cost', 'factory floor', 'lease a plant', 'consult',
  ])('finds nothing in the English false friend "%s"', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each([
    ['在校服務保障', 'textiles-apparel'], ['經濟發展', 'exhibit-find-buyers'], ['三分鐘', 'watches-jewellery'], ['生產工藝', 'gifts-crafts'],
    ['價值連城', 'liancheng'], ['永安百貨', 'yongan'], ['馬尾辮', 'mawei'], ['心態平和', 'pinghe'], ['橋樑作用', 'ports-infrastructure'],
  ])('finds nothing wrong in the Chinese look-alike %s', (text, wrong) => {
    expect(findConcepts(text).map((m) => m.code)).not.toContain(wrong);
  });

  it('maps Fujian places in any language to a city code and its prefecture', () => {
    const city = (text: string) => findConcepts(text, { kinds: ['city'] }).map((m) => m.code);
    expect(city('晉江')).toEqual(['jinjiang']);
    expect(city('晋江市')).toEqual(['jinjiang']);
    expect(city('Jinjiang')).toEqual(['jinjiang']);
    expect(city('廈門')).toEqual(['xiamen']);
    expect(city('Amoy')).toEqual(['xiamen']);
    expect(city("Nan'an")).toEqual(['nanan']);
    expect(city('福建省寧德市福鼎市')).toEqual(['ningde', 'fuding']);
    expect(FUJIAN_CITIES.fuding.prefecture).toBe('ningde');
    expect(FUJIAN_CITIES.anxi.prefecture).toBe('quanzhou');
    expect(FUJIAN_CITIES.pingtan.prefecture).toBe('fuzhou');
    for (const code of FUJIAN_CITY_CODES) expect(city(FUJIAN_CITIES[code].labels.en)).toContain(code);
  });

  it('filters by kind', () => {
    expect(codes('安溪茶葉 ＩＰＯ 香港', 'market')).toEqual(['market:hong-kong']);
  });

  it('finds nothing in empty, punctuation-only or emoji-only text', () => {
    for (const text of ['', '  ', '，。！？', '😀🎉']) expect(findConcepts(text)).toEqual([]);
  });
});

describe('TERM_DICTIONARY', () => {
  const vocabularies: [ConceptKind, readonly string[]][] = [
    ['industry', INDUSTRY_CODES],
    ['need', NEED_CODES],
    ['market', MARKET_CODES],
    ['audience', AUDIENCE_CODES],
  ];

  it.each(vocabularies)('gives every %s code of the contracts at least one Chinese and one English term', (kind, vocabulary) => {
    for (const code of vocabulary) {
      const terms = termsOf(kind, code);
      expect([code, terms?.zh.some(containsCjk)]).toEqual([code, true]);
      expect([code, terms?.en.some((t) => /[a-z]/i.test(t))]).toEqual([code, true]);
    }
  });

  it.each([
    ['industry', INDUSTRIES],
    ['need', NEEDS],
    ['market', MARKETS],
  ] as [ConceptKind, Record<string, LocalizedText>][])('resolves every %s label, in all three languages, to its own code', (kind, vocabulary) => {
    for (const [code, labels] of Object.entries(vocabulary)) {
      for (const label of Object.values(labels)) {
        expect([label, findConcepts(label, { kinds: [kind] }).map((m) => m.code)]).toEqual([label, expect.arrayContaining([code])]);
      }
    }
  });

  it('has terms that each find their own concept when written alone', () => {
    for (const { concept, terms } of TERM_DICTIONARY) {
      for (const term of [...terms.zh, ...terms.en]) {
        const text = term.replace(/(^|\s)[=^]/g, '$1');
        const found = findConcepts(text).some((m) => m.kind === concept.kind && m.code === concept.code);
        expect([concept.code, term, found]).toEqual([concept.code, term, true]);
      }
    }
  });
});
