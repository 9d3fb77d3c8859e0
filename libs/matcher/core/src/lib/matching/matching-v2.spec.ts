import { feedbackAdjuster } from './feedback-adjuster';
import { scoreMatch } from './match-scorer';
import { toMatchableEnterprise } from './matchable-enterprise';
import { event, measure, programme, provider } from './opportunity.fixtures';
import { matchOpportunities } from './opportunity-matcher';
import { OpportunityCorpus } from './opportunity-corpus';
import { planJourney } from '../journey/journey-planner';
import { eventsAhead } from '../journey/event-calendar-ranking';

const TODAY = '2026-11-24';
const corpus = OpportunityCorpus.fromEntities([
  measure(7, 'Invest Fujian promotion', '投資福建推介', { needs: ['investment-in-fujian', 'investment-financing'], serves: ['hong-kong-coming-in'], audiences: ['investors'] }),
  programme('invest-fujian-promotions', 'Invest Fujian promotions', '投資福建推介活動', [7], { needs: ['investment-in-fujian'], serves: ['hong-kong-coming-in'] }),
  measure(8, 'Fujian brands at Hong Kong fairs', '閩企赴港參展', { needs: ['exhibit-find-buyers', 'brand-building'] }),
  programme('fairs-support', 'Support for exhibiting at Hong Kong fairs', '支持閩企赴港參展', [8], { needs: ['exhibit-find-buyers'] }),
  programme('brands-tour', 'Fujian Brands Tour', '福建品牌行', [8], { needs: ['brand-building', 'exhibit-find-buyers'] }),
  event('brands-tour-event', 'Fujian Brands Tour', '福建品牌行', [8], { needs: ['brand-building', 'exhibit-find-buyers'] }),
  event('tea-fair', 'International Tea Fair', '國際茶展', [8], { industries: ['tea', 'food-beverage'], needs: ['exhibit-find-buyers'] }, {
    nextEdition: { startDate: '2027-08-12', endDate: '2027-08-14', applicationDeadline: '2027-03-31', dateStatus: 'tentative' },
  }),
  event('toys-fair', 'Toys & Games Fair', '玩具展', [8], { industries: ['toys-games'], needs: ['exhibit-find-buyers'], markets: ['asean'] }),
  provider('companies-registry', 'Companies Registry', '公司註冊處', { industries: ['professional-services'], needs: ['company-registration'] }),
  provider('bud-fund', 'BUD Fund', 'BUD專項基金', { industries: ['professional-services'], needs: ['brand-building'] }, { requires: ['hong-kong-entity'] }),
  provider('hkma', 'Hong Kong Monetary Authority', '香港金融管理局', { industries: ['finance-fintech'], needs: ['fund-pooling'] }),
  provider('ird', 'Inland Revenue Department', '稅務局', { industries: ['professional-services'], needs: ['tax-compliance'] }),
  provider('hkex', 'HKEX', '香港交易所', { industries: ['finance-fintech'], needs: ['listing', 'bond-issuance'] }),
]);
const tea = toMatchableEnterprise({ name: '安溪茶業', city: '安溪', industry: '茶葉', products: '鐵觀音', needs: '想去香港參展找買家，建立品牌', markets: '東盟', employees: 40 });
const ctx = { today: TODAY, language: 'en' as const, idf: corpus.idf, keywords: corpus.keywords };
const keys = (results: ReadonlyArray<{ type: string; id: string }>) => results.map((r) => `${r.type}:${r.id}`);

describe('scoring model v2', () => {
  it('counts a provider the firm names as wanted, in every language, and only as a whole word', () => {
    const named = (needs: string, language: 'en' | 'zh-Hant') =>
      scoreMatch(toMatchableEnterprise({ name: 'X', city: '泉州', needs }), corpus.get('service-provider', 'hkex')!, { ...ctx, language }).reasons.find((r) => r.code === 'named-event');
    expect(named('We would like to talk to HKEX about our plans', 'en')?.text).toBe('You named it');
    expect(named('想同香港交易所傾下', 'zh-Hant')?.text).toBe('您提及此項');
    expect(named('We sell to HKEXPO visitors', 'en')).toBeUndefined();
    const fair = scoreMatch(tea, corpus.get('event', 'tea-fair')!, ctx);
    expect(fair.reasons.find((r) => r.code === 'named-event')).toBeUndefined();
    const teaNamingFair = toMatchableEnterprise({ name: '安溪茶業', city: '安溪', industry: '茶葉', needs: '想參加國際茶展' });
    expect(scoreMatch(teaNamingFair, corpus.get('event', 'tea-fair')!, ctx).reasons.find((r) => r.code === 'named-event')?.text).toBe('You named this event');
  });

  it('spares a body the firm names the no-need penalty: naming it is asking for it', () => {
    // The firm wants a licence (legal advice) and names the HKMA, tagged only with fund pooling.
    const firm = toMatchableEnterprise({ name: 'X', city: '福州', industry: '跨境支付', needs: '需要律師和合規顧問，想了解香港金管局的監管要求' });
    const named = scoreMatch(firm, corpus.get('service-provider', 'hkma')!, ctx);
    expect(named.reasons.map((r) => r.code)).toContain('named-event');
    expect(named.reasons.map((r) => r.code)).not.toContain('no-need-met');
    const unnamed = scoreMatch(toMatchableEnterprise({ name: 'X', city: '福州', industry: '跨境支付', needs: '需要律師和合規顧問' }), corpus.get('service-provider', 'hkma')!, ctx);
    expect(unnamed.reasons.map((r) => r.code)).toContain('no-need-met');
  });

  it('counts a Hong Kong body named by a short name or its title without brackets, and finds it through the indexes', () => {
    const bodies = OpportunityCorpus.fromEntities([
      provider('hktdc', 'Hong Kong Trade Development Council (HKTDC)', '香港貿易發展局（香港貿發局）', { industries: ['trade-ecommerce'], needs: ['exhibit-find-buyers'] }),
      provider('hkma', 'Hong Kong Monetary Authority (HKMA)', '香港金融管理局', { industries: ['finance-fintech'], needs: ['fund-pooling'] }),
      provider('cyberport', 'Cyberport', '數碼港', { industries: ['digital-economy'], needs: ['research-collaboration'] }),
      provider('ird', 'Inland Revenue Department (IRD)', '稅務局', { industries: ['professional-services'], needs: ['tax-compliance'] }),
      event('electronics-spring', 'Hong Kong Electronics Fair (Spring Edition)', '香港電子產品展（春季版）', [8], { industries: ['electronics'], needs: ['exhibit-find-buyers'] }),
    ]);
    const namedIn = (needs: string) =>
      matchOpportunities(toMatchableEnterprise({ name: 'X', city: '福州', needs }), bodies, { today: TODAY, language: 'en' })
        .filter((m) => m.reasons.some((r) => r.code === 'named-event'))
        .map((m) => m.id);
    expect(namedIn('想了解金管局嘅監管要求')).toEqual(['hkma']);
    expect(namedIn('We will talk to the Hong Kong Monetary Authority')).toEqual(['hkma']);
    // Names other bodies share are no names of this one.
    expect(namedIn('We are licensed by the Monetary Authority of Singapore')).toEqual([]);
    expect(namedIn('想搵香港貿發局')).toEqual(['hktdc']);
    expect(namedIn('We met the Hong Kong Trade Development Council')).toEqual(['hktdc']);
    expect(namedIn('想入駐數碼港')).toEqual(['cyberport']);
    expect(namedIn('We asked the IRD about profits tax')).toEqual(['ird']);
    expect(namedIn('想問稅務局點樣報稅')).toEqual(['ird']);
    expect(namedIn('We find the third option weird')).toEqual([]);
    expect(namedIn('We plan to visit the Hong Kong Electronics Fair')).toEqual(['electronics-spring']);
    // An event's brackets hold its edition, not a name: "spring edition" names nothing.
    expect(namedIn('Our spring edition of the catalogue is out')).toEqual([]);
  });

  it('lets a need the firm mentions only in passing keep part of the no-need penalty, saying so', () => {
    const hkma = corpus.get('service-provider', 'hkma')!;
    // Exhibiting is named three times, the bank account once and for later: the account is a minor need.
    // (Named now, in the dictionary's words, it would weigh EXPLICIT_NEED_FLOOR of exhibiting: not minor.)
    const inPassing = toMatchableEnterprise({ name: 'X', city: '泉州', needs: '想去香港參展找買家，參加展會，展會上接訂單；以後再開個銀行戶口' });
    const mainly = toMatchableEnterprise({ name: 'X', city: '泉州', needs: '想開個銀行戶口' });
    const minor = scoreMatch(inPassing, hkma, ctx);
    const penalty = minor.reasons.find((r) => r.code === 'no-need-met')!;
    expect(penalty.codes).toEqual(['fund-pooling']);
    expect(penalty.contribution).toBeLessThan(0);
    expect(penalty.text).toBe('Meets only a need you mention in passing: fund pooling and treasury');
    expect(minor.reasons.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(minor.score, 2);
    expect(scoreMatch(mainly, hkma, ctx).reasons.some((r) => r.code === 'no-need-met')).toBe(false);
  });

  it('lowers an item made for another trade and purpose when the firm meets only a side need of it, saying so', () => {
    // Measure 25's shape: drug R&D and clinical trials, for pharmaceutical firms first; medical cooperation on the side.
    const trials = OpportunityCorpus.fromEntities([
      measure(25, 'Joint drug R&D and clinical trials', '新藥研發及臨床試驗合作', { industries: ['biomedicine', 'healthcare'], needs: ['research-collaboration', 'medical-cooperation'] }),
    ]).get('measure', 'measure-25')!;
    const hospital = toMatchableEnterprise({ name: 'X眼科醫院', city: '泉州', industry: '醫院', needs: '想同香港醫院合作培訓醫生，開展醫療合作' });
    const penalty = scoreMatch(hospital, trials, ctx).reasons.find((r) => r.code === 'no-need-met');
    expect(penalty?.codes).toEqual(['medical-cooperation']);
    expect(penalty?.contribution).toBeLessThan(0);
    expect(penalty?.text).toBe('Made for another trade and purpose; serves your medical cooperation only on the side');
    expect(scoreMatch(hospital, trials, { ...ctx, language: 'zh-Hant' }).reasons.find((r) => r.code === 'no-need-met')?.text).toBe('主要為其他行業及用途而設，只附帶切合：醫療合作');
    // The item's own trade (a drug maker), or its main need (research with a university), is what it is for.
    const drugMaker = toMatchableEnterprise({ name: 'X藥業', city: '廈門', industry: '生物醫藥', needs: '想開展醫療合作' });
    const researcher = toMatchableEnterprise({ name: 'X眼科醫院', city: '泉州', industry: '醫院', needs: '想同香港大學做科研合作' });
    expect(scoreMatch(drugMaker, trials, ctx).reasons.map((r) => r.code)).not.toContain('no-need-met');
    expect(scoreMatch(researcher, trials, ctx).reasons.map((r) => r.code)).not.toContain('no-need-met');
  });

  it('ranks a body whose catalogue role is to inform or accredit below those that serve the firm, saying why', () => {
    const testing = OpportunityCorpus.fromEntities([
      provider('hkctc', 'Hong Kong Council for Testing and Certification (HKCTC)', '香港檢測和認證局', { industries: ['professional-services'], needs: ['testing-certification'] }, { role: 'informs' }),
      provider('hkqaa', 'Hong Kong Quality Assurance Agency (HKQAA)', '香港品質保證局', { industries: ['professional-services'], needs: ['testing-certification'] }),
    ]);
    const results = matchOpportunities(toMatchableEnterprise({ name: 'X', city: '廈門', needs: '出口歐盟需要產品檢測認證' }), testing, { today: TODAY, language: 'zh-Hant' });
    expect(results.map((m) => m.id)).toEqual(['hkqaa', 'hkctc']);
    const informs = results[1].reasons.find((r) => r.code === 'inform-only')!;
    expect(informs.text).toBe('提供資訊及轉介，本身不直接為企業提供服務');
    expect(informs.contribution).toBeLessThan(0);
    expect(results[0].reasons.some((r) => r.code === 'inform-only')).toBe(false);
    // The role is read from the item, not from a list of ids: the same body as a provider that serves is not discounted.
    const serving = OpportunityCorpus.fromEntities([provider('hkctc', 'Hong Kong Council for Testing and Certification (HKCTC)', '香港檢測和認證局', { industries: ['professional-services'], needs: ['testing-certification'] }, { role: 'serves' })]);
    const asServing = matchOpportunities(toMatchableEnterprise({ name: 'X', city: '廈門', needs: '出口歐盟需要產品檢測認證' }), serving, { today: TODAY, language: 'en' });
    expect(asServing[0].reasons.some((r) => r.code === 'inform-only')).toBe(false);
  });

  it('weighs a small firm’s size against a listing or bond issue, not against the venture capital a financing service also offers', () => {
    const finance = OpportunityCorpus.fromEntities([
      provider('financing', 'Investment and financing', '投資及融資', { industries: ['finance-fintech'], needs: ['investment-financing', 'listing', 'bond-issuance'] }),
    ]);
    const o = finance.get('service-provider', 'financing')!;
    const fctx = { ...ctx, idf: finance.idf, keywords: finance.keywords };
    const sizeOf = (needs: string) => scoreMatch(toMatchableEnterprise({ name: 'X', city: '廈門', needs, employees: 30 }), o, fctx).reasons.find((r) => r.code === 'size-mismatch');
    expect(sizeOf('正在籌備A輪融資，尋找風險投資')).toBeUndefined();
    expect(sizeOf('計劃喺香港上市')?.contribution).toBeLessThan(0);
  });

  it('keeps opportunities for Hong Kong investors coming in away from a firm going out, saying why', () => {
    const invest = scoreMatch(toMatchableEnterprise({ name: 'X', city: '泉州', needs: '尋找投資者融資' }), corpus.get('measure', 'measure-7')!, ctx);
    const direction = invest.reasons.find((r) => r.code === 'direction')!;
    expect(direction.text).toBe('Meant for Hong Kong firms and investors coming into Fujian, not for a firm going out from Fujian');
    const park = scoreMatch(toMatchableEnterprise({ name: '園區', city: '漳州', needs: '招商引資，吸引港資' }), corpus.get('measure', 'measure-7')!, ctx);
    expect(park.reasons.some((r) => r.code === 'direction')).toBe(false);
    expect(park.score).toBeGreaterThan(invest.score);
    expect(direction.contribution).toBeLessThan(0);
  });

  it('makes every point of a score a reason, penalties included', () => {
    for (const o of corpus.profiles) {
      const { score, reasons } = scoreMatch(tea, o, ctx);
      if (score > 0) expect(reasons.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(score, 2);
    }
    const toys = scoreMatch(tea, corpus.get('event', 'toys-fair')!, ctx);
    expect(toys.reasons.find((r) => r.code === 'industry-mismatch')?.text).toBe('Made for another industry: Toys and games');
  });

  it('says when a result needs a Hong Kong company the firm has not said it has or is setting up', () => {
    const bud = scoreMatch(tea, corpus.get('service-provider', 'bud-fund')!, ctx);
    expect(bud.reasons.find((r) => r.code === 'precondition-unmet')?.contribution).toBeLessThan(0);
    const settingUp = toMatchableEnterprise({ ...tea.profile, needs: '建立品牌，在香港註冊公司' });
    expect(scoreMatch(settingUp, corpus.get('service-provider', 'bud-fund')!, ctx).reasons.some((r) => r.code === 'precondition-unmet')).toBe(false);
    const [result] = matchOpportunities(settingUp, corpus, { today: TODAY, language: 'en', types: ['service-provider'] }).filter((r) => r.id === 'bud-fund');
    expect(result.caveats.map((c) => c.text)).toContain('Needs a company registered in Hong Kong');
  });

  it('lowers what a firm declined ("不需要上市")', () => {
    const hkex = corpus.get('service-provider', 'hkex')!;
    const wants = scoreMatch(toMatchableEnterprise({ name: 'A', city: '寧德', needs: '計劃在香港上市' }), hkex, ctx).score;
    const declines = scoreMatch(toMatchableEnterprise({ name: 'A', city: '寧德', needs: '不需要上市，想參展' }), hkex, ctx);
    expect(declines.score).toBeLessThan(wants / 5);
  });
});

describe('results people can act on', () => {
  it('collapses a measure, its programme and a same-named event into one result with the others attached', () => {
    const results = matchOpportunities(tea, corpus, { today: TODAY, language: 'en' });
    const fairs = results.filter((r) => ['measure:measure-8', 'programme:fairs-support'].includes(`${r.type}:${r.id}`));
    expect(fairs).toHaveLength(1);
    const tour = results.filter((r) => r.id.startsWith('brands-tour'));
    expect(tour).toHaveLength(1);
    expect(keys(tour[0].related)).toEqual([tour[0].type === 'event' ? 'programme:brands-tour' : 'event:brands-tour-event']);
    const all = results.flatMap((r) => [`${r.type}:${r.id}`, ...keys(r.related)]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives a strongly stated need a slot in the top ten when the fairs of the firm\'s trade would fill it', () => {
    // Eleven fairs of the firm's trade for its first need; one service for its first need that serves its second too (within 0.7 to 0.8 of the fairs: the spread over needs does not lift it, as it is keyed by the first need).
    const fairs = Array.from({ length: 11 }, (_, i) => event(`fair-${i}`, `Trade Fair ${i}`, `交易會${i}`, [], { industries: ['tea'], needs: ['exhibit-find-buyers'] }));
    const services = measure(6, 'Professional services for firms going out', '專業服務助企業出海', { needs: ['exhibit-find-buyers', 'company-registration'] });
    const crowded = OpportunityCorpus.fromEntities([...fairs, services]);
    const firm = (needs: string) => toMatchableEnterprise({ name: '安溪茶業', city: '安溪', industry: '茶葉', needs });
    const twoNeeds = keys(matchOpportunities(firm('想去香港參展找買家；想在香港註冊公司'), crowded, { today: TODAY, limit: 12 }));
    expect(twoNeeds.slice(0, 10)).toContain('measure:measure-6');
    expect(twoNeeds[9]).toBe('measure:measure-6');
    // With one need, the fairs keep the top ten.
    expect(keys(matchOpportunities(firm('想去香港參展找買家'), crowded, { today: TODAY, limit: 12 })).slice(0, 10)).not.toContain('measure:measure-6');
    // Five stated needs (the fitness OEM's kind of list) still give the second its slot.
    const five = firm('想去香港參展找買家；想在香港註冊公司；要註冊商標；產品要做檢測認證；還要處理稅務');
    expect(five.classification.needs.filter((n) => n.weight >= 0.6)).toHaveLength(5);
    expect(keys(matchOpportunities(five, crowded, { today: TODAY, limit: 12 })).slice(0, 10)).toContain('measure:measure-6');
  });

  it('puts the deadline and tentative dates in caveats', () => {
    const teaFair = matchOpportunities(tea, corpus, { today: TODAY, language: 'zh-Hant' }).find((r) => r.id === 'tea-fair')!;
    expect(teaFair.caveats.map((c) => c.code)).toEqual(['applications-close', 'dates-tentative']);
    expect(teaFair.caveats[0].text).toBe('報名於 2027-03-31 截止');
  });

  it('never answers an empty list to a profile with content: partial matches, marked as such', () => {
    const vague = toMatchableEnterprise({ name: '某公司', city: '福州', markets: '東盟' });
    const results = matchOpportunities(vague, corpus, { today: TODAY });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.partial)).toBe(true);
    expect(results[0].reasons.map((r) => r.code)).toContain('target-market');
  });
});

describe('feedback', () => {
  it('removes an item marked not-interested (with its other faces) and lowers items of a wrong industry', () => {
    const before = matchOpportunities(tea, corpus, { today: TODAY, language: 'en' });
    const target = before.find((r) => r.id === 'fairs-support' || r.id === 'measure-8')!;
    const after = matchOpportunities(tea, corpus, { today: TODAY, language: 'en', feedback: feedbackAdjuster(corpus, [{ opportunityType: 'programme', opportunityId: 'fairs-support', reason: 'not-interested' }]) });
    expect(keys(after)).not.toContain(`${target.type}:${target.id}`);
    const adjust = feedbackAdjuster(corpus, [{ opportunityType: 'event', opportunityId: 'toys-fair', reason: 'wrong-industry' }]);
    expect(adjust(corpus.get('event', 'toys-fair')!)).toMatchObject({ factor: 0, scope: 'item' });
    expect(adjust(corpus.get('service-provider', 'hkex')!)).toBeNull();
  });

  it('explains a similar item or peers\' feedback in the reasons', () => {
    const peers = new Map([[corpus.groupOf('event:tea-fair'), { 'not-interested': 3 }]]);
    const results = matchOpportunities(tea, corpus, { today: TODAY, language: 'en', feedback: feedbackAdjuster(corpus, [], peers) });
    const teaFair = results.find((r) => r.id === 'tea-fair')!;
    expect(teaFair.reasons.find((r) => r.code === 'feedback')?.text).toBe('Firms like yours found similar items “not interested”');
  });
});

describe('journey', () => {
  it('orders the steps, implies the company a later step needs, and leaves out what is done', () => {
    const firm = toMatchableEnterprise({ name: '晉江鞋業', city: '晉江', needs: '已經在香港開了銀行賬戶；處理兩地稅務；參展找買家；計劃上市', employees: 900 });
    const journey = planJourney(firm, corpus, { today: TODAY, language: 'en' });
    expect(journey.steps.map((s) => s.step)).toEqual(['company-registration', 'tax-compliance', 'exhibit-find-buyers', 'listing']);
    expect(journey.steps[0]).toMatchObject({ implied: true, order: 1 });
    expect(journey.steps[0].providers.map((p) => p.id)).toEqual(['companies-registry']);
    expect(journey.steps.find((s) => s.step === 'exhibit-find-buyers')!.events.length).toBeGreaterThan(0);
    expect(journey.leftOut).toEqual([expect.objectContaining({ step: 'fund-pooling', because: 'done' })]);
  });
});

describe('events of the next twelve months', () => {
  it('ranks the events that fit, with announced or tentative dates, or the usual month when none are announced', () => {
    const events = eventsAhead(tea, corpus, { today: TODAY, language: 'en' });
    expect(events[0]).toMatchObject({ id: 'tea-fair', dateStatus: 'tentative', startDate: '2027-08-12', applicationDeadline: '2027-03-31', month: '2027-08' });
    expect(events[0].when).toBe('Next edition: 2027-08-12 – 2027-08-14 (tentative)');
    const tour = events.find((e) => e.id === 'brands-tour-event')!;
    expect(tour).toMatchObject({ dateStatus: 'usual-month', month: '2027-08', startDate: null });
    expect(tour.when).toBe('Usually held in August; next dates not yet announced');
    expect(eventsAhead(tea, corpus, { today: '2027-09-01', language: 'en' }).find((e) => e.id === 'tea-fair')).toBeUndefined();
  });

  it('leaves out events made for other industries, though their score is above zero', () => {
    const toysFair = corpus.profiles.find((o) => o.id === 'toys-fair')!;
    const scored = scoreMatch(tea, toysFair, ctx);
    expect(scored.score).toBeGreaterThan(0);
    expect(scored.reasons.map((r) => r.code)).toContain('industry-mismatch');
    expect(eventsAhead(tea, corpus, { today: TODAY, language: 'en' }).map((e) => e.id)).not.toContain('toys-fair');
    const toyMaker = toMatchableEnterprise({ name: '澄海玩具', city: '泉州', industry: '玩具', products: '積木', needs: '想去香港參展找買家', markets: '東盟' });
    expect(eventsAhead(toyMaker, corpus, { today: TODAY, language: 'en' }).map((e) => e.id)).toContain('toys-fair');
  });
});
