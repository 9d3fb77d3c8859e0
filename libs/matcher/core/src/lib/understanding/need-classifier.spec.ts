import { NEED_CLASSIFIER_THRESHOLD, understandNeeds } from './need-understanding';
import { evaluateNeedClassifier, labelledPhrases, needClassifier } from './need-model';
import { NeedClassifier } from './need-classifier';
import { findConcepts } from '../dictionary/term-dictionary';
import { classifyEnterprise } from '../classification/profile-classifier';
import { needClauses } from './need-clauses';

describe('need classifier (multinomial naive Bayes over character n-grams)', () => {
  it('recognises held-out phrases with the precision and recall recorded in ADR 0011', () => {
    const { precision, recall, perNeed } = evaluateNeedClassifier(NEED_CLASSIFIER_THRESHOLD);
    expect(precision).toBeGreaterThanOrEqual(0.88);
    expect(recall).toBeGreaterThanOrEqual(0.68);
    expect(perNeed.length).toBeGreaterThanOrEqual(20);
  });

  it('reads the paraphrases of the issue, none of which it was trained on', () => {
    const training = new Set(labelledPhrases().map((p) => p.text));
    const cases: Array<[string, string]> = [
      ['我们想让海外几家子公司的资金统一在香港管理', 'fund-pooling'],
      ["we want to sort out how we're taxed on both sides", 'tax-compliance'],
      ['喺香港開間公司接單', 'company-registration'],
      ['在香港设立贸易公司', 'company-registration'],
      ['plan to list in Hong Kong', 'listing'],
    ];
    for (const [text, need] of cases) {
      expect(training.has(text)).toBe(false);
      expect(needClassifier().predict(text, NEED_CLASSIFIER_THRESHOLD)[0]?.need).toBe(need);
    }
  });

  it('answers nothing for text that names no need, and folds the scripts together', () => {
    expect(needClassifier().predict('我們主要生產白茶和紅茶', NEED_CLASSIFIER_THRESHOLD)).toEqual([]);
    expect(needClassifier().predict('', NEED_CLASSIFIER_THRESHOLD)).toEqual([]);
    const tiny = new NeedClassifier([
      { text: '資金池', need: 'fund-pooling' },
      { text: '商標註冊', need: 'trademark-patent' },
    ]);
    expect(tiny.posterior('资金池')[0].need).toBe('fund-pooling');
    const sum = tiny.posterior('商标').reduce((s, p) => s + p.probability, 0);
    expect(sum).toBeCloseTo(1, 10);
  });

  it('weighs only what it has seen, and not where ("Hong Kong" is in nearly every need)', () => {
    const tiny = new NeedClassifier([
      { text: 'register a company in Hong Kong', need: 'company-registration' },
      { text: 'Hong Kong residence permit for our staff in Hong Kong', need: 'residence-facilitation' },
      { text: 'residence permit', need: 'residence-facilitation' },
      { text: 'we make tea', need: null },
    ]);
    // Words never seen say nothing; the place says nothing either: the priors decide.
    const unseen = tiny.posterior('We heard HKECIC insures Hong Kong exporters');
    const priors = tiny.posterior('zzz');
    expect(unseen.map((p) => p.probability)).toEqual(priors.map((p) => p.probability));
    expect(tiny.posterior('register a company')[0].need).toBe('company-registration');
  });
});

describe('understandNeeds', () => {
  const read = (text: string) => understandNeeds(text, findConcepts(text));

  it.each([
    ['不需要上市，想在香港註冊公司', 'listing', 'company-registration'],
    ['唔使搵律師，想喺香港參展', 'legal-advice', 'exhibit-find-buyers'],
    ['No need for an IPO; we want to register a company in Hong Kong', 'listing', 'company-registration'],
    ['Listing is not on our agenda for now. We need working capital loans', 'listing', 'investment-financing'],
    ['暫時冇打算上市，想搵銀行貸款', 'listing', 'investment-financing'],
    // Typed on a phone: a typographic apostrophe is the same negation.
    ['We don’t need a lawyer; we want to register a company in Hong Kong', 'legal-advice', 'company-registration'],
    // A plan the firm says it does not have, the thing planned inside ("No listing plan") or after it.
    ['No listing plan; we want to register a company in Hong Kong', 'listing', 'company-registration'],
    ['We want to register a company in Hong Kong, no plan for an IPO', 'listing', 'company-registration'],
    // Not looking for it (Cantonese 唔搵, Mandarin 不找 / 不尋求).
    ['公司唔需要上市，亦唔搵投資，想喺香港註冊商標', 'investment-financing', 'trademark-patent'],
  ])('declines a negated need: %s', (text, declined, wanted) => {
    const understood = read(text);
    expect(understood.declined).toContain(declined);
    expect(understood.wanted.map((m) => m.code)).toContain(wanted);
    expect(understood.wanted.map((m) => m.code)).not.toContain(declined);
  });

  it.each([
    ['我們在香港已經有貿易公司，不用再註冊；香港公司的稅怎麼報', 'tax-compliance'],
    ['香港公司已有，要报税', 'tax-compliance'],
    ['We already have HK company, no need register again. But need help for HK company tax filing', 'tax-compliance'],
  ])('reads a company the firm has already, or need not register again, as done: %s', (text, wanted) => {
    const understood = read(text);
    expect(understood.done).toEqual(['company-registration']);
    expect(understood.declined).toEqual([]);
    expect(understood.wanted.map((m) => m.code)).toContain(wanted);
    expect(read('不用註冊香港公司').declined).toEqual(['company-registration']);
    expect(read('no need to open a Hong Kong company').declined).toEqual(['company-registration']);
  });

  it('records what is done already, and what it did not understand, in the firm\'s words', () => {
    const understood = read('已經在香港註冊了公司；想申請商標；老闆喜歡週末爬山');
    expect(understood.done).toContain('company-registration');
    expect([...new Set(understood.wanted.map((m) => m.code))]).toEqual(['trademark-patent']);
    expect(understood.notUnderstood).toEqual(['老闆喜歡週末爬山']);
  });

  it.each([
    ['Our buyers in Latin America keep paying late; we need export credit insurance', 'investment-financing'],
    ['經銷商拖欠貨款半年，想申請仲裁', 'arbitration'],
    ['Our distributor in Dubai won’t pay for two containers; we want arbitration', 'arbitration'],
    // Buyers the firm already sells to, named as a party.
    ['Our US and Australia buyers order less since two years, so we want go to the Middle East', 'overseas-expansion'],
    ['Our buyers in Europe ask for a carbon footprint report', 'testing-certification'],
    ['need a lab test report that buyers trust', 'testing-certification'],
    ['我們的買家要求提供檢測報告', 'testing-certification'],
    // The party a payment comes from.
    ['receive payment from foreign buyer', 'fund-pooling'],
    ['need a bank account to receive USD from buyers in Europe', 'fund-pooling'],
  ])('does not read buyers named as a party (who do not pay, or the firm already sells to) as buyers wanted: %s', (text, wanted) => {
    const codes = read(text).wanted.map((m) => m.code);
    expect(codes).not.toContain('exhibit-find-buyers');
    expect(codes).toContain(wanted);
    expect(read('We want to meet buyers and distributors in Europe').wanted.map((m) => m.code)).toContain('exhibit-find-buyers');
  });

  it.each(['We want to meet our buyers and find new distributors in Europe', 'find importers who want organic tea', '想找香港的買家', '我們希望對接新加坡買家'])(
    'still reads a wish to find buyers where the firm seeks them: %s',
    (text) => expect(read(text).wanted.map((m) => m.code)).toContain('exhibit-find-buyers'),
  );

  it.each(['OEM/ODM for EU and US brands', 'We already supply EU brands. Need find new buyers in the Middle East', 'we produce for international brands'])(
    'does not read the brands an OEM makes for as a brand of its own to build: %s',
    (text) => expect(read(text).wanted.map((m) => m.code)).not.toContain('brand-building'),
  );

  it.each(['OEM for big brands, next year launch own brand', 'build our brands in Hong Kong', 'marketing for our brands in HK'])(
    'still reads a brand of its own: %s',
    (text) => expect(read(text).wanted.map((m) => m.code)).toContain('brand-building'),
  );

  it.each([
    ['Need to know how to set up the company in Pingtan as HK investor', 'company-registration'],
    ['We come as a Hong Kong investor and want to build a factory in Zhangzhou; need help with the land', null],
    ['作為香港投資者在福建設廠，想了解稅務優惠', 'tax-compliance'],
  ])('does not read the firm as the investor as a wish to find investors: %s', (text, wanted) => {
    const codes = read(text).wanted.map((m) => m.code);
    expect(codes).not.toContain('investment-financing');
    if (wanted) expect(codes).toContain(wanted);
  });

  it.each(['We want to find HK investors for our pre-IPO round', 'meet Hong Kong investors', '想找香港投資者'])(
    'still reads investors the firm seeks as financing: %s',
    (text) => expect(read(text).wanted.map((m) => m.code)).toContain('investment-financing'),
  );

  it('lets a decline of investors stand when the firm is the investor elsewhere', () => {
    const understood = read('Set up the company in Pingtan as HK investor. Money is ok, we don\'t need investor.');
    expect(understood.declined).toContain('investment-financing');
    expect(understood.wanted.map((m) => m.code)).not.toContain('investment-financing');
  });

  it.each([
    ['We would like to bring an exhibition and live printing workshops to Hong Kong, with the clansmen association there', 'cultural-exchange'],
    ['hold our own exhibition of Dehua porcelain in Hong Kong next spring', null],
    ['想在香港舉辦非遺展覽', 'cultural-exchange'],
    ['把漆画展览带到香港', null],
  ])('does not read an exhibition the firm brings or holds itself as exhibiting to find buyers: %s', (text, wanted) => {
    const codes = read(text).wanted.map((m) => m.code);
    expect(codes).not.toContain('exhibit-find-buyers');
    if (wanted) expect(codes).toContain(wanted);
  });

  it.each(['We want to exhibit at an exhibition in Hong Kong', 'take part in an exhibition in Hong Kong to meet buyers', '想去香港參加展覽', 'a booth at the gifts exhibition in April'])(
    'still reads attending an exhibition as exhibiting to find buyers: %s',
    (text) => expect(read(text).wanted.map((m) => m.code)).toContain('exhibit-find-buyers'),
  );

  it.each([
    ['香港旅遊展暫時唔去，預算有限', 'exhibit-find-buyers'],
    ['今年先不參展，想搵律師', 'exhibit-find-buyers'],
    ['We will skip the fairs this year', 'exhibit-find-buyers'],
    ["We won't exhibit in Hong Kong; we need a lawyer", 'exhibit-find-buyers'],
  ])('declines going to a fair: %s', (text, declined) => {
    const understood = read(text);
    expect(understood.declined).toContain(declined);
    expect(understood.wanted.map((m) => m.code)).not.toContain(declined);
  });

  it('still reads a skipper or a wish to attend as no refusal', () => {
    expect(read('We need a skipper and crew for the boat show; we want to exhibit').declined).toEqual([]);
  });

  it('reads what was done already in English past forms', () => {
    const understood = read('Our HK subsidiary was set up last year; next we want to register trademarks');
    expect(understood.done).toContain('company-registration');
    expect(understood.wanted.map((m) => m.code)).toEqual(['trademark-patent']);
  });

  it('reads a subsidiary as a company to register only where the firm sets one up', () => {
    const codes = (text: string) => read(text).wanted.filter((m) => m.source === 'dictionary').map((m) => m.code);
    expect(codes('pool the cash of our European subsidiaries in Hong Kong')).not.toContain('company-registration');
    expect(codes('海外子公司的資金想統一管理')).not.toContain('company-registration');
    expect(codes('we want to set up a Hong Kong subsidiary')).toContain('company-registration');
    expect(codes('想在香港设子公司')).toContain('company-registration');
    expect(codes('計劃成立一家香港分公司')).toContain('company-registration');
  });

  it.each([
    ['想在香港設立貿易公司，並做資金池', '設立貿易公司'],
    ['計劃喺香港開間銷售公司收美元', '開間銷售公司'],
    ['设立海外投资平台公司', '设立海外投资平台公司'],
    ['打算成立香港公司', '成立香港公司'],
  ])('reads a company set up with its kind between verb and 公司 as company registration, in the firm\'s words: %s', (text, matched) => {
    const registration = read(text).wanted.find((m) => m.code === 'company-registration');
    expect(registration?.source).toBe('dictionary');
    expect(registration?.matched).toBe(matched);
    expect(text.slice(registration!.start, registration!.end)).toBe(matched);
  });

  it.each(['我們是一家設計公司', '開發公司產品', '我們在香港設有子公司', '已在香港註冊公司', '開拓海外市場，服務公司客戶', '還把我們的商標搶先註冊在他公司名下'])(
    'does not read a company it is, has or already set up as one to register: %s',
    (text) => expect(read(text).wanted.map((m) => m.code)).not.toContain('company-registration'),
  );

  it('counts a need said of later half of one wanted now', () => {
    const clauses = needClauses('想在香港註冊公司；長遠考慮上市. A listing is a longer-term option');
    expect(clauses.map((c) => c.deferred)).toEqual([false, true, true]);
    const firm = classifyEnterprise({ name: 'x', city: '福州', needs: 'We need to register a company in Hong Kong. Longer term we may list in Hong Kong.' });
    const weight = (code: string) => firm.needs.find((n) => n.code === code)?.weight ?? 0;
    expect(weight('company-registration')).toBe(1);
    expect(weight('listing')).toBeCloseTo(0.5, 5);
  });

  it('quotes a classifier need with the whole clause it came from, aligned to the text', () => {
    const text = '另外，我们想让海外几家子公司的资金统一在香港管理。';
    const fund = read(text).wanted.find((m) => m.code === 'fund-pooling')!;
    expect(fund.source).toBe('classifier');
    expect(text.slice(fund.start, fund.end)).toBe(fund.matched);
  });
});
