import { InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';

const TEA_FAIR = 'opportunities/event/hong-kong-international-tea-fair/enterprises';
const BOUND_MS = 1000;

interface Outreach {
  items: Array<{ id: string; contact: { email: string } | null }>;
}

/** Consent withdrawal and deletion reach the matcher within a second (embedded mode), end to end. */
describe('consent and deletion propagate by event', () => {
  let p: InProcessPlatform;
  let notice: string;
  beforeAll(async () => {
    p = await startInProcessPlatform();
    await waitUntilSettled(p.url, 30_000, p.tokens);
    notice = (await p.tokens.http<{ version: string }>(null, `${p.url}/api/privacy-notice`)).body.version;
  }, 60_000);
  afterAll(() => p.close());

  const outreach = () => p.tokens.http<Outreach>('agency-staff', `${p.url}/api/match/${TEA_FAIR}?limit=500`);
  const createTeaFirm = async (name: string) => {
    const contact = { person: '王先生', role: '總經理', email: `${name.length}@tea.example`, phone: '+86 595 0000', wechat: 'wang-tea' };
    const res = await p.tokens.http<{ id: string; version: number }>('enterprise', `${p.url}/api/enterprises`, {
      body: { name, city: '安溪', industry: '茶葉', products: '鐵觀音 烏龍茶', needs: '參展 找買家', markets: '香港', contact },
    });
    expect(res.status).toBe(201);
    const consent = await p.tokens.http('enterprise', `${p.url}/api/enterprises/${res.body.id}/consents`, { body: { purpose: 'outreach', granted: true, noticeVersion: notice } });
    expect(consent.status).toBe(201);
    await waitUntilSettled(p.url, 30_000, p.tokens);
    return res.body.id;
  };
  const timeUntil = async (condition: () => Promise<boolean>) => {
    const started = Date.now();
    while (!(await condition())) {
      if (Date.now() - started > 10 * BOUND_MS) throw new Error('not propagated within 10 s');
      await new Promise((r) => setTimeout(r, 10));
    }
    return Date.now() - started;
  };

  it('lists a consenting firm with its contact, and drops it within a second of the withdrawal', async () => {
    const id = await createTeaFirm('安溪鐵觀音茶業（撤回測試）');
    const before = (await outreach()).body.items.find((i) => i.id === id);
    expect(before?.contact?.email).toMatch(/@tea\.example$/);

    const started = Date.now();
    const withdrawn = await p.tokens.http('enterprise', `${p.url}/api/enterprises/${id}/consents`, { body: { purpose: 'outreach', granted: false, noticeVersion: notice } });
    expect(withdrawn.status).toBe(201);
    const lag = await timeUntil(async () => !(await outreach()).body.items.some((i) => i.id === id));
    expect(Date.now() - started).toBeLessThanOrEqual(BOUND_MS);
    expect(lag).toBeLessThanOrEqual(BOUND_MS);

    // The staff can no longer read the profile or its contact; the history keeps both decisions.
    expect((await p.tokens.http('agency-staff', `${p.url}/api/enterprises/${id}`)).status).toBe(403);
    const history = await p.tokens.http<{ items: Array<{ granted: boolean; noticeVersion: string; by: string }> }>('enterprise', `${p.url}/api/enterprises/${id}/consents`);
    expect(history.body.items.map((r) => [r.granted, r.noticeVersion, r.by])).toEqual([
      [true, notice, 'demo-enterprise'],
      [false, notice, 'demo-enterprise'],
    ]);
  });

  it('refuses a consent against an outdated notice, naming the field', async () => {
    const id = await createTeaFirm('安溪茶業（舊通知）');
    const res = await p.tokens.http<{ issues: Array<{ field: string }> }>('enterprise', `${p.url}/api/enterprises/${id}/consents`, { body: { purpose: 'outreach', granted: true, noticeVersion: '2020-01-01' } });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i) => i.field)).toEqual(['noticeVersion']);
  });

  it('forgets a deleted firm everywhere within a second', async () => {
    const id = await createTeaFirm('安溪茶業（刪除測試）');
    const started = Date.now();
    expect((await p.tokens.http('enterprise', `${p.url}/api/enterprises/${id}`, { method: 'DELETE', headers: { 'if-match': '*' } })).status).toBe(204);
    await timeUntil(async () => (await p.tokens.http('profiles-admin', `${p.url}/api/match/enterprises/${id}`)).status === 404);
    expect(Date.now() - started).toBeLessThanOrEqual(BOUND_MS);
    expect((await outreach()).body.items.some((i) => i.id === id)).toBe(false);
    const search = await p.tokens.http<{ hits: Array<{ id: string }> }>('platform-admin', `${p.url}/api/search?q=${encodeURIComponent('刪除測試')}&type=enterprise`);
    expect(search.body.hits.some((h) => h.id === id)).toBe(false);
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${id}`)).status).toBe(404);
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${id}/consents`)).status).toBe(404);
    expect((await p.tokens.http('enterprise', `${p.url}/api/enterprises/${id}`)).status).toBe(403);
  });
});
