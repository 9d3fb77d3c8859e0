import { parse } from 'csv-parse/sync';
import { waitFor } from '@fhk/shared/util';
import { http, InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';

interface MatchBody {
  profile: { language: string; industries: Array<{ code: string }> };
  results: Array<{ type: string; id: string; title: Record<string, string>; score: number; reasons: Array<{ code: string; codes: string[]; terms: string[]; text: string }> }>;
  note?: string;
}

const ANXI_TEA = {
  'zh-Hant': { name: '安溪鐵觀音茶業有限公司', city: '福建安溪', industry: '茶葉', products: '安溪鐵觀音、烏龍茶', needs: '想到香港參展、尋找買家，建立品牌並註冊商標', markets: '香港、東盟', employees: 40 },
  'zh-Hans': { name: '安溪铁观音茶业有限公司', city: '福建安溪', industry: '茶叶', products: '安溪铁观音、乌龙茶', needs: '想到香港参展、寻找买家，建立品牌并注册商标', markets: '香港、东盟', employees: 40 },
  en: { name: 'Anxi Tieguanyin Tea Co., Ltd.', city: 'Anxi, Fujian', industry: 'Tea', products: 'Anxi Tieguanyin oolong tea', needs: 'Exhibit in Hong Kong, find buyers, build our brand and register trademarks', markets: 'Hong Kong, ASEAN', employees: 40 },
};

describe('matching (embedded, in process)', () => {
  let p: InProcessPlatform;
  beforeAll(async () => {
    p = await startInProcessPlatform();
    await waitUntilSettled(p.url);
  }, 60_000);
  afterAll(() => p.close());

  const match = (body: unknown) => http<MatchBody>(`${p.url}/api/match`, { body });

  it('puts the International Tea Fair in the top 3 for an Anxi tea firm, in every language, with a reason naming tea, and the same top 3', async () => {
    const top3: string[][] = [];
    for (const [language, profile] of Object.entries(ANXI_TEA)) {
      const { status, body } = await match(profile);
      expect(status).toBe(200);
      expect(body.profile.language).toBe(language);
      const ids = body.results.slice(0, 3).map((r) => `${r.type}:${r.id}`);
      expect(ids).toContain('event:hong-kong-international-tea-fair');
      const teaFair = body.results.find((r) => r.id === 'hong-kong-international-tea-fair')!;
      const industry = teaFair.reasons.find((r) => r.code === 'industry')!;
      expect(industry.codes).toContain('tea');
      expect(industry.text).toMatch(language === 'en' ? /Tea/ : /茶/);
      expect(body.results.every((r) => r.reasons.length > 0)).toBe(true);
      top3.push(ids.sort());
    }
    expect(top3[1]).toEqual(top3[0]);
    expect(top3[2]).toEqual(top3[0]);
  });

  it('restricts results to the requested types and limit', async () => {
    const { body } = await match({ ...ANXI_TEA.en, types: ['service-category', 'service-provider'], limit: 3 });
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r) => ['service-category', 'service-provider'].includes(r.type))).toBe(true);
  });

  it.each([
    ['only punctuation', { name: '！！？？……', products: '---' }],
    ['only emoji', { products: '🍵🍵🍵😀' }],
    ['nothing at all', {}],
  ])('answers %s with an empty result and a reason, not an error', async (_case, body) => {
    const res = await match(body);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([]);
    expect(res.body.note).toBeTruthy();
  });

  it('refuses 100 KB of text with a 4xx naming the field', async () => {
    const res = await http<{ issues: Array<{ field: string }> }>(`${p.url}/api/match`, { body: { products: '茶'.repeat(100_000) } });
    expect(res.status).toBe(400);
    expect(res.body.issues[0].field).toBe('products');
  });

  it('understands mixed scripts and languages in one profile', async () => {
    const { body } = await match({ name: 'Fuding 白茶 Co.', products: 'white tea 福鼎白茶, 茶具', needs: 'trademark 商標 and 香港參展', markets: 'HK, Malaysia' });
    expect(body.profile.industries.map((i) => i.code)).toContain('tea');
    expect(body.results.length).toBeGreaterThan(0);
  });

  it('matches a stored profile, and ranks stored firms for an opportunity with filters, consent and CSV', async () => {
    const firms = [
      { ...ANXI_TEA['zh-Hant'], outreachConsent: true },
      { name: '福鼎白茶合作社', city: '福鼎', industry: '茶葉', products: '白茶', needs: '參展', employees: 12, outreachConsent: true, contact: { person: '林女士', email: 'lin@tea.example' } },
      { name: '武夷山岩茶廠', city: '武夷山', industry: '茶葉', products: '大紅袍', needs: '品牌', employees: 300, outreachConsent: false },
      { name: '泉州玩具廠', city: '泉州', industry: '玩具', products: '毛絨玩具', needs: '參展', employees: 80, outreachConsent: true },
    ];
    const ids: string[] = [];
    for (const firm of firms) ids.push((await p.tokens.http<{ id: string }>('profiles-admin', `${p.url}/api/enterprises`, { body: firm })).body.id);
    await waitUntilSettled(p.url);

    const stored = await p.tokens.http<MatchBody>('profiles-admin', `${p.url}/api/match/enterprises/${ids[0]}?limit=5&lang=en`);
    expect(stored.body.results.slice(0, 3).map((r) => r.id)).toContain('hong-kong-international-tea-fair');
    expect(stored.body.results[0].reasons[0].text).toMatch(/^[A-Z]/);
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/match/enterprises/unknown`)).status).toBe(404);

    const outreach = `${p.url}/api/match/opportunities/event/hong-kong-international-tea-fair/enterprises`;
    const consenting = await p.tokens.http<{ total: number; items: Array<{ id: string; reasons: unknown[]; contact: { email: string } | null }> }>('agency-staff', outreach);
    expect(consenting.body.items.map((i) => i.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect(consenting.body.items.every((i) => i.reasons.length > 0)).toBe(true);
    expect(consenting.body.items.find((i) => i.id === ids[1])?.contact?.email).toBe('lin@tea.example');
    const everyone = await p.tokens.http<{ items: Array<{ id: string; contact: unknown }> }>('platform-admin', `${outreach}?consent=false`);
    expect(everyone.body.items.map((i) => i.id)).toContain(ids[2]);
    expect(everyone.body.items.map((i) => i.id)).not.toContain(ids[3]);
    // Platform-admin reads the list without contact details (ADR 0009).
    expect(everyone.body.items.map((i) => i.contact)).toEqual(everyone.body.items.map(() => null));
    const inFuding = await p.tokens.http<{ items: Array<{ id: string }> }>('platform-admin', `${outreach}?city=${encodeURIComponent('宁德')}&consent=false`);
    expect(inFuding.body.items.map((i) => i.id)).toEqual([ids[1]]);
    const big = await p.tokens.http<{ items: Array<{ id: string }> }>('platform-admin', `${outreach}?minEmployees=100&consent=false`);
    expect(big.body.items.map((i) => i.id)).toEqual([ids[2]]);
    const paged = await p.tokens.http<{ items: unknown[]; total: number }>('platform-admin', `${outreach}?limit=1&offset=1`);
    expect(paged.body).toMatchObject({ total: 2 });
    expect(paged.body.items).toHaveLength(1);

    const csv = await p.tokens.fetch('platform-admin', `${outreach}?format=csv&lang=zh-Hans`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parse(await csv.text(), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(2);
    expect(rows[0].reasons).toMatch(/行业相符：茶叶/);

    expect((await p.tokens.http('platform-admin', `${outreach}?minEmployees=50&maxEmployees=10`)).status).toBe(400);
    expect((await p.tokens.http('platform-admin', `${p.url}/api/match/opportunities/spaceship/x/enterprises`)).status).toBe(400);
    expect((await p.tokens.http('platform-admin', `${p.url}/api/match/opportunities/event/no-such-fair/enterprises`)).status).toBe(404);
  });

  it('follows a change of a firm: the matcher re-analyses it', async () => {
    const { body: firm } = await p.tokens.http<{ id: string }>('profiles-admin', `${p.url}/api/enterprises`, { body: { name: '晉江鞋業', city: '晉江', products: '運動鞋', outreachConsent: true } });
    await waitUntilSettled(p.url);
    await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${firm.id}`, { method: 'PATCH', headers: { 'if-match': '*' }, body: { industry: '茶葉', products: '茶葉' } });
    await waitFor(
      async () => (await p.tokens.http<MatchBody>('profiles-admin', `${p.url}/api/match/enterprises/${firm.id}`)).body.profile.industries.some((i) => i.code === 'tea'),
      'the matcher to see the new industry',
    );
  });
});
