import { http, InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';
import { EventsAheadResponseSchema, JourneyResponseSchema, MatchResponseSchema } from '@fhk/matcher/feature';

interface Result {
  type: string;
  id: string;
  score: number;
  reasons: Array<{ code: string; codes: string[]; text: string; contribution: number }>;
  related: Array<{ type: string; id: string }>;
  caveats: Array<{ code: string; text: string }>;
}
interface MatchBody {
  profile: { needs: Array<{ code: string }>; declinedNeeds: Array<{ code: string }>; notUnderstood: string[] };
  results: Result[];
  note?: string;
}
interface JourneyBody {
  journey: {
    steps: Array<{ order: number; step: string; why: string; implied: boolean; providers: Array<{ id: string }>; programmes: Array<{ id: string }>; events: Array<{ id: string }>; measures: number[] }>;
    leftOut: Array<{ step: string; because: string; text: string }>;
  };
}

const FOOTWEAR = {
  name: '晋江远航鞋业有限公司',
  city: '晋江',
  industry: '运动鞋',
  products: '跑鞋、户外鞋',
  needs: '打算在香港设立一家贸易公司接海外订单；我们想让海外几家子公司的资金统一在香港管理；注册商标；参加展会找买家；不需要上市',
  markets: '中东、东南亚',
  employees: 650,
};

describe('journeys and feedback (embedded, in process)', () => {
  let p: InProcessPlatform;
  beforeAll(async () => {
    p = await startInProcessPlatform();
    await waitUntilSettled(p.url);
  }, 60_000);
  afterAll(() => p.close());

  it('plans an ad-hoc journey in dependency order, with providers and measures, leaving out what the firm does not need', async () => {
    const { status, body } = await http<JourneyBody>(`${p.url}/api/match/journey`, { body: { ...FOOTWEAR, language: 'en' } });
    expect(status).toBe(200);
    expect(() => JourneyResponseSchema.parse(body)).not.toThrow();
    const steps = body.journey.steps.map((s) => s.step);
    expect(steps.slice(0, 2)).toEqual(['company-registration', 'fund-pooling']);
    expect(steps.indexOf('trademark-patent')).toBeLessThan(steps.indexOf('exhibit-find-buyers'));
    expect(steps).not.toContain('listing');
    expect(body.journey.leftOut).toEqual([expect.objectContaining({ step: 'listing', because: 'declined' })]);
    const company = body.journey.steps[0];
    expect(company.providers.map((x) => x.id)).toContain('companies-registry');
    expect(company.measures).toContain(6);
    expect(company.why).toMatch(/^First/);
    const fair = body.journey.steps.find((s) => s.step === 'exhibit-find-buyers')!;
    expect(fair.events.length).toBeGreaterThan(0);
    expect((await http(`${p.url}/api/match/journey`, { body: { ...FOOTWEAR, employees: 'many' } })).status).toBe(400);
  });

  it('lists the events of the next twelve months for a firm, with how certain their dates are', async () => {
    const { status, body } = await http<{ events: Array<{ id: string; dateStatus: string; month: string; when: string }> }>(`${p.url}/api/match/events`, {
      body: { name: '安溪茶業', city: '安溪', industry: '茶葉', products: '鐵觀音', needs: '參展找買家', language: 'en' },
    });
    expect(status).toBe(200);
    expect(() => EventsAheadResponseSchema.parse(body)).not.toThrow();
    expect(body.events[0].id).toBe('hong-kong-international-tea-fair');
    for (const e of body.events) expect(['announced', 'tentative', 'usual-month']).toContain(e.dateStatus);
  });

  it.each([
    ['a Ningde battery maker', { name: '寧德示例電池', city: '寧德', industry: '新能源電池', products: '鋰電池、儲能電池櫃', needs: '想去香港參展，找東南亞買家', markets: '東盟、中東' }, ['eco-expo-asia']],
    ['a Jinjiang shoe maker', { ...FOOTWEAR, needs: '参加展会找买家' }, ['centrestage']],
    ['a Xiamen LED-lighting maker', { name: '厦门示例照明', city: '厦门', industry: 'LED照明', products: 'LED灯具、智能照明', needs: '参展找买家', markets: '欧洲、东盟' }, ['hong-kong-international-lighting-fair-spring', 'hong-kong-international-lighting-fair-autumn']],
    ['a Dehua porcelain maker', { name: 'Dehua Example Porcelain', city: 'Dehua', industry: 'ceramics', products: 'ceramic tableware, porcelain gifts', needs: 'exhibit in Hong Kong to find overseas buyers', markets: 'Europe, North America' }, ['hong-kong-houseware-fair', 'hong-kong-gifts-premium-fair']],
  ])('gives %s the Hong Kong fairs of its industry among its events ahead, and none made for other industries', async (_firm, profile, expected) => {
    const { status, body } = await http<{ profile: { industries: Array<{ code: string }> }; events: Array<{ id: string }> }>(`${p.url}/api/match/events`, { body: profile });
    expect(status).toBe(200);
    expect(body.events.map((e) => e.id)).toEqual(expect.arrayContaining(expected));
    const catalogue = await http<{ items: Array<{ id: string; tags: { industries: string[] } }> }>(`${p.url}/api/calendar/events`);
    expect(catalogue.status).toBe(200);
    const industriesOf = new Map(catalogue.body.items.map((e) => [e.id, e.tags.industries]));
    const firm = new Set(body.profile.industries.map((i) => i.code));
    expect(firm.size).toBeGreaterThan(0);
    // Each event ahead is tagged with none of the firm's industries only if it is tagged with none at all.
    const forOthers = body.events.filter((e) => (industriesOf.get(e.id) ?? []).length > 0 && !industriesOf.get(e.id)!.some((code) => firm.has(code)));
    expect(forOthers.map((e) => e.id)).toEqual([]);
  });

  it('answers the same journey for a stored firm, to its owner and profiles-admin; 403 for the owner of another firm, 404 for an unknown one to profiles-admin', async () => {
    const { body: firm } = await p.tokens.http<{ id: string }>('enterprise', `${p.url}/api/enterprises`, { body: FOOTWEAR });
    await waitUntilSettled(p.url);
    const { status, body } = await p.tokens.http<JourneyBody>('enterprise', `${p.url}/api/match/enterprises/${firm.id}/journey?lang=zh-Hant`);
    expect(status).toBe(200);
    expect(body.journey.steps[0]).toMatchObject({ order: 1, step: 'company-registration' });
    expect(body.journey.steps[0].why).toMatch(/香港公司/);
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/match/enterprises/${firm.id}/journey`)).status).toBe(200);
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/match/enterprises/nobody/journey`)).status).toBe(404);
    expect((await p.tokens.http('enterprise', `${p.url}/api/match/enterprises/nobody/journey`)).status).toBe(403);
    expect((await http(`${p.url}/api/match/enterprises/${firm.id}/journey`)).status).toBe(401);
  });

  it('reads paraphrased and negated needs, collapses one opportunity into one result and states preconditions', async () => {
    const { body } = await http<MatchBody>(`${p.url}/api/match`, { body: { ...FOOTWEAR, language: 'en', limit: 20 } });
    expect(() => MatchResponseSchema.parse(body)).not.toThrow();
    expect(body.profile.needs.map((n) => n.code)).toEqual(expect.arrayContaining(['company-registration', 'fund-pooling', 'trademark-patent', 'exhibit-find-buyers']));
    expect(body.profile.declinedNeeds.map((n) => n.code)).toContain('listing');
    const keys = body.results.flatMap((r) => [`${r.type}:${r.id}`, ...r.related.map((x) => `${x.type}:${x.id}`)]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of body.results) expect(r.score).toBeCloseTo(r.reasons.reduce((s, x) => s + x.contribution, 0), 1);
    expect(body.results.map((r) => r.id)).not.toContain('hkex-fujian-listing-cooperation');
  });

  it('takes feedback through the outbox and changes that firm\'s ranking', async () => {
    const { body: firm } = await p.tokens.http<{ id: string }>('enterprise', `${p.url}/api/enterprises`, { body: { ...FOOTWEAR, name: '晋江另一家鞋业' } });
    await waitUntilSettled(p.url);
    const before = await p.tokens.http<MatchBody>('enterprise', `${p.url}/api/match/enterprises/${firm.id}?limit=20&lang=en`);
    const first = before.body.results[0];

    const bad = await p.tokens.http<{ issues: Array<{ field: string }> }>('enterprise', `${p.url}/api/match/enterprises/${firm.id}/feedback`, {
      body: { opportunityType: first.type, opportunityId: first.id, reason: 'meh' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].field).toBe('reason');
    const unknown = await p.tokens.http('enterprise', `${p.url}/api/match/enterprises/${firm.id}/feedback`, { body: { opportunityType: 'event', opportunityId: 'no-such-fair', reason: 'not-interested' } });
    expect(unknown.status).toBe(404);
    expect((await p.tokens.http('enterprise', `${p.url}/api/match/enterprises/nobody/feedback`, { body: { opportunityType: first.type, opportunityId: first.id, reason: 'useful' } })).status).toBe(403);
    expect((await p.tokens.http('agency-staff', `${p.url}/api/match/enterprises/${firm.id}/feedback`, { body: { opportunityType: first.type, opportunityId: first.id, reason: 'useful' } })).status).toBe(403);

    const recorded = await p.tokens.http<{ id: string; reason: string }>('enterprise', `${p.url}/api/match/enterprises/${firm.id}/feedback`, {
      body: { opportunityType: first.type, opportunityId: first.id, reason: 'not-interested' },
    });
    expect(recorded.status).toBe(202);
    await waitUntilSettled(p.url);
    const after = await p.tokens.http<MatchBody>('enterprise', `${p.url}/api/match/enterprises/${firm.id}?limit=20&lang=en`);
    expect(after.body.results.map((r) => r.id)).not.toContain(first.id);
    const log = await p.tokens.http<{ items: Array<{ reason: string }> }>('enterprise', `${p.url}/api/match/enterprises/${firm.id}/feedback`);
    expect(log.body.items.map((i) => i.reason)).toEqual(['not-interested']);

    // Another firm of the same industry now sees the pooled feedback once two firms agree.
    const { body: other } = await p.tokens.http<{ id: string }>('enterprise', `${p.url}/api/enterprises`, { body: { ...FOOTWEAR, name: '晋江第三家鞋业' } });
    await waitUntilSettled(p.url);
    await p.tokens.http('enterprise', `${p.url}/api/match/enterprises/${other.id}/feedback`, { body: { opportunityType: first.type, opportunityId: first.id, reason: 'wrong-need' } });
    const { body: third } = await p.tokens.http<{ id: string }>('enterprise', `${p.url}/api/enterprises`, { body: { ...FOOTWEAR, name: '晋江第四家鞋业' } });
    await waitUntilSettled(p.url);
    const peers = await p.tokens.http<MatchBody>('enterprise', `${p.url}/api/match/enterprises/${third.id}?limit=20&lang=en`);
    const same = peers.body.results.find((r) => r.id === first.id);
    expect(same?.reasons.find((r) => r.code === 'feedback')?.text).toMatch(/Firms like yours/);
  });
});
