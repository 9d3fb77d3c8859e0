import { InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';

interface AuditPage {
  total: number;
  items: Array<{ action: string; actor: { subject: string; roles: string[] } | null; enterpriseId: string | null; target: { type: string; id: string }; from: string | null; route: string | null }>;
}

const TEA_FAIR = 'opportunities/event/hong-kong-international-tea-fair/enterprises';

/** The audit log (who read or changed what, about which firm) and a firm's export of its own data, end to end. */
describe('audit log and data export', () => {
  let p: InProcessPlatform;
  let firm: string;
  beforeAll(async () => {
    p = await startInProcessPlatform();
    await waitUntilSettled(p.url, 30_000, p.tokens);
    const notice = (await p.tokens.http<{ version: string }>(null, `${p.url}/api/privacy-notice`)).body.version;
    const created = await p.tokens.http<{ id: string }>('enterprise', `${p.url}/api/enterprises`, {
      body: { name: '審計測試茶業', city: '安溪', industry: '茶葉', products: '鐵觀音', needs: '參展 找買家', contact: { person: '陳小姐', email: 'chen@tea.example' } },
    });
    firm = created.body.id;
    await p.tokens.http('enterprise', `${p.url}/api/enterprises/${firm}/consents`, { body: { purpose: 'outreach', granted: true, noticeVersion: notice } });
    await waitUntilSettled(p.url, 30_000, p.tokens);
  }, 60_000);
  afterAll(() => p.close());

  const auditOf = (service: string, role: 'platform-admin' | 'enterprise', query = `enterpriseId=${firm}`) =>
    p.tokens.http<AuditPage>(role, `${p.url}/api/audit/${service}?${query}`);

  it('records changes by anyone and reads by staff, with who, role, what, which firm, when and from where', async () => {
    expect((await p.tokens.http('agency-staff', `${p.url}/api/enterprises/${firm}`)).status).toBe(200);
    expect((await p.tokens.http('enterprise', `${p.url}/api/enterprises/${firm}`)).status).toBe(200);
    const listed = await p.tokens.http<{ items: Array<{ id: string }> }>('agency-staff', `${p.url}/api/match/${TEA_FAIR}?limit=100`);
    expect(listed.body.items.map((i) => i.id)).toContain(firm);

    const profiles = (await auditOf('enterprise-profiles', 'platform-admin')).body.items;
    const actions = profiles.map((e) => `${e.actor?.subject} ${e.action} ${e.route}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'demo-enterprise create POST /api/enterprises',
        'demo-enterprise update POST /api/enterprises/:id/consents',
        'demo-agency-staff read GET /api/enterprises/:id',
      ]),
    );
    // The owner reading its own firm is not an audited staff read.
    expect(actions.filter((a) => a === 'demo-enterprise read GET /api/enterprises/:id')).toEqual([]);
    for (const e of profiles) expect(e).toMatchObject({ enterpriseId: firm, from: expect.stringMatching(/127\.0\.0\.1/) });
    expect(profiles.find((e) => e.action === 'read')?.actor?.roles).toEqual(['agency-staff']);

    const matcher = (await auditOf('matcher', 'platform-admin')).body.items;
    expect(matcher.map((e) => `${e.actor?.subject} ${e.action} ${e.route}`)).toContain('demo-agency-staff read GET /api/match/opportunities/:type/:id/enterprises');
  });

  it('filters for platform-admin, shows the owner the entries about its own firm only, and nobody else', async () => {
    const reads = await auditOf('enterprise-profiles', 'platform-admin', 'action=read&actor=demo-agency-staff');
    expect(reads.body.items.length).toBeGreaterThan(0);
    expect(reads.body.items.every((e) => e.action === 'read' && e.actor?.subject === 'demo-agency-staff')).toBe(true);
    expect((await auditOf('enterprise-profiles', 'enterprise')).status).toBe(200);
    expect((await auditOf('matcher', 'enterprise')).body.items.every((e) => e.enterpriseId === firm)).toBe(true);
    // The owner sees who did what by role and when; staff identities and addresses stay with platform-admin.
    const owned = (await auditOf('enterprise-profiles', 'enterprise')).body.items;
    const staffRead = owned.find((e) => e.action === 'read');
    expect(staffRead).toMatchObject({ actor: { subject: '', roles: ['agency-staff'] }, from: null });
    expect(owned.find((e) => e.action === 'create')?.actor?.subject).toBe('demo-enterprise');
    expect(owned.every((e) => e.from === null)).toBe(true);
    expect((await auditOf('enterprise-profiles', 'enterprise', 'enterpriseId=sample-someone-else')).status).toBe(403);
    expect((await auditOf('enterprise-profiles', 'enterprise', '')).status).toBe(403);
    expect((await p.tokens.http('agency-staff', `${p.url}/api/audit/enterprise-profiles`)).status).toBe(403);
    expect((await p.tokens.http(null, `${p.url}/api/audit/matcher`)).status).toBe(401);
    expect((await auditOf('enterprise-profiles', 'platform-admin', 'since=yesterday')).status).toBe(400);
  });

  it("exports all of a firm's data to its owner, and after deletion keeps only the fact of it", async () => {
    await p.tokens.http('enterprise', `${p.url}/api/match/enterprises/${firm}/feedback`, { body: { opportunityType: 'event', opportunityId: 'hong-kong-international-tea-fair', reason: 'useful' } });
    await waitUntilSettled(p.url, 30_000, p.tokens);
    const profile = await p.tokens.http<{ profile: { name: string; contact: { email: string } }; consents: Array<{ granted: boolean }>; audit: unknown[] }>('enterprise', `${p.url}/api/enterprises/${firm}/export`);
    expect(profile.status).toBe(200);
    expect(profile.body.profile).toMatchObject({ name: '審計測試茶業', contact: { email: 'chen@tea.example' } });
    expect(profile.body.consents.map((c) => c.granted)).toEqual([true]);
    expect(profile.body.audit.length).toBeGreaterThan(0);
    const matcher = await p.tokens.http<{ matches: { results: Array<{ id: string }> }; feedback: Array<{ reason: string }>; journey: { steps: unknown[] }; audit: unknown[] }>('enterprise', `${p.url}/api/match/enterprises/${firm}/export`);
    expect(matcher.status).toBe(200);
    expect(matcher.body.matches.results.map((r) => r.id)).toContain('hong-kong-international-tea-fair');
    expect(matcher.body.feedback.map((f) => f.reason)).toEqual(['useful']);
    expect(matcher.body.journey.steps.length).toBeGreaterThan(0);
    expect((await p.tokens.http('agency-staff', `${p.url}/api/enterprises/${firm}/export`)).status).toBe(403);

    const { headers } = await p.tokens.http('enterprise', `${p.url}/api/enterprises/${firm}`);
    expect((await p.tokens.http('enterprise', `${p.url}/api/enterprises/${firm}`, { method: 'DELETE', headers: { 'if-match': headers.get('etag') ?? '' } })).status).toBe(204);
    await waitUntilSettled(p.url, 30_000, p.tokens);
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${firm}/export`)).status).toBe(404);
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/match/enterprises/${firm}/export`)).status).toBe(404);
    const after = await auditOf('enterprise-profiles', 'platform-admin');
    expect(after.body.items.map((e) => e.action)).toContain('delete');
    expect(JSON.stringify(after.body)).not.toMatch(/審計測試茶業|陳小姐|chen@tea.example/);
  });
});
