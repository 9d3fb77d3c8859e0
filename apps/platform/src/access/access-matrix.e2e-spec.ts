import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJWK, SignJWT } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { Role, ROLES, routeRules, RouteRule } from '@fhk/platform/auth';
import { InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';
import { http, waitFor } from '@fhk/shared/util';

type Expected = 'anyone' | readonly Role[];
const ADMIN_OF_ENTERPRISES = ['enterprise', 'profiles-admin'] as const;
const READERS_OF_ENTERPRISES = ['enterprise', 'agency-staff', 'profiles-admin', 'platform-admin'] as const;

/**
 * Who may call what, as the issue states it. Every route the platform serves must be here and
 * match its rule: a route added without a rule (or with another) fails this test.
 */
const EXPECTED: Record<string, Expected> = {
  'GET /api/health/live': 'anyone',
  'GET /api/health/ready': 'anyone',
  'POST /api/enterprises': ADMIN_OF_ENTERPRISES,
  'POST /api/enterprises/import': ADMIN_OF_ENTERPRISES,
  'GET /api/enterprises': READERS_OF_ENTERPRISES,
  'GET /api/enterprises/:id': READERS_OF_ENTERPRISES,
  'PATCH /api/enterprises/:id': ADMIN_OF_ENTERPRISES,
  'DELETE /api/enterprises/:id': ADMIN_OF_ENTERPRISES,
  'POST /api/enterprises/:id/consents': ADMIN_OF_ENTERPRISES,
  'GET /api/enterprises/:id/consents': ['enterprise', 'profiles-admin', 'platform-admin'],
  'GET /api/enterprises/:id/export': ADMIN_OF_ENTERPRISES,
  'GET /api/match/enterprises/:id/export': ADMIN_OF_ENTERPRISES,
  'GET /api/audit/enterprise-profiles': ['platform-admin', 'enterprise'],
  'GET /api/audit/measure-catalogue': ['platform-admin', 'enterprise'],
  'GET /api/audit/event-calendar': ['platform-admin', 'enterprise'],
  'GET /api/audit/matcher': ['platform-admin', 'enterprise'],
  'GET /api/privacy-notice': 'anyone',
  'GET /api/catalogue/items': 'anyone',
  'GET /api/catalogue/items/:id': 'anyone',
  'GET /api/catalogue/areas': 'anyone',
  'GET /api/catalogue/measures': 'anyone',
  'GET /api/catalogue/measures/:number': 'anyone',
  'GET /api/catalogue/coverage.svg': 'anyone',
  'POST /api/catalogue/items': ['catalogue-admin'],
  'PUT /api/catalogue/items/:id': ['catalogue-admin'],
  'PATCH /api/catalogue/items/:id': ['catalogue-admin'],
  'DELETE /api/catalogue/items/:id': ['catalogue-admin'],
  'GET /api/catalogue/export': ['catalogue-admin', 'platform-admin'],
  'POST /api/catalogue/import': ['catalogue-admin'],
  'GET /api/calendar/events': 'anyone',
  'GET /api/calendar/events.ics': 'anyone',
  'GET /api/calendar/year.svg': 'anyone',
  'GET /api/calendar/deadlines': 'anyone',
  'GET /api/calendar/events/:id': 'anyone',
  'POST /api/calendar/events': ['calendar-admin'],
  'PUT /api/calendar/events/:id': ['calendar-admin'],
  'PATCH /api/calendar/events/:id': ['calendar-admin'],
  'DELETE /api/calendar/events/:id': ['calendar-admin'],
  'GET /api/calendar/export': ['calendar-admin', 'platform-admin'],
  'POST /api/calendar/import': ['calendar-admin'],
  'POST /api/match': 'anyone',
  'GET /api/match/enterprises/:id': ['enterprise', 'profiles-admin'],
  'GET /api/match/enterprises/:id/journey': ['enterprise', 'profiles-admin'],
  'GET /api/match/enterprises/:id/events': ['enterprise', 'profiles-admin'],
  'GET /api/match/enterprises/:id/feedback': ['enterprise', 'profiles-admin'],
  'POST /api/match/enterprises/:id/feedback': ['enterprise'],
  'POST /api/match/journey': 'anyone',
  'POST /api/match/events': 'anyone',
  'GET /api/match/opportunities/:type/:id/enterprises': ['agency-staff', 'profiles-admin', 'platform-admin'],
  'GET /api/search': 'anyone',
  'GET /api/matcher/index': ['platform-admin'],
  'POST /api/matcher/index/rebuild': ['platform-admin'],
  'GET /api/matcher/read-model': ['platform-admin'],
  'POST /api/matcher/read-model/rebuild': ['platform-admin'],
  'GET /api/matcher/dead-letters': ['platform-admin'],
  'POST /api/matcher/dead-letters/replay': ['platform-admin'],
  'POST /api/matcher/dead-letters/:id/replay': ['platform-admin'],
};

/**
 * Audit logs: platform-admin reads all; an enterprise account only the entries about its own firm
 * (`?enterpriseId=`), and only where a service holds firms.
 */
const AUDIT_OF_FIRMS = new Set(['GET /api/audit/enterprise-profiles', 'GET /api/audit/matcher']);
const AUDIT_WITHOUT_FIRMS = new Set(['GET /api/audit/measure-catalogue', 'GET /api/audit/event-calendar']);

/** Routes whose `:id` is an enterprise: own (consenting, owned by the enterprise demo account) / other (not consenting, nobody's) / none. */
const ENTERPRISE_OWNED = new Set([
  'GET /api/enterprises/:id',
  'PATCH /api/enterprises/:id',
  'DELETE /api/enterprises/:id',
  'POST /api/enterprises/:id/consents',
  'GET /api/enterprises/:id/consents',
  'GET /api/enterprises/:id/export',
  'GET /api/match/enterprises/:id/export',
  'GET /api/match/enterprises/:id',
  'GET /api/match/enterprises/:id/journey',
  'GET /api/match/enterprises/:id/events',
  'GET /api/match/enterprises/:id/feedback',
  'POST /api/match/enterprises/:id/feedback',
]);

const ruleOf = (r: RouteRule): Expected | null => (r.rule === null ? null : 'anonymous' in r.rule ? 'anyone' : [...r.rule.roles].sort());
const normalise = (e: Expected): Expected => (e === 'anyone' ? e : [...e].sort());
const allows = (e: Expected, role: Role | null) => e === 'anyone' || (role !== null && e.includes(role));

// Writes carry a stale If-Match, so an allowed write is refused (412) or invalid (400) and changes nothing.
const probe = (route: RouteRule, id: string) => ({
  path: route.path.replace(':type', 'event').replace(':number', '8').replace(/:id/g, id) + (route.path.startsWith('/api/audit/') ? `?enterpriseId=${id}` : ''),
  init: { method: route.method, headers: { 'if-match': '"999999"' }, ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { body: {} } : {}) },
});

describe('access matrix: role × route × (own / other / none), from the routes themselves', () => {
  let p: InProcessPlatform;
  let routes: RouteRule[];
  let own: string;
  let other: string;
  beforeAll(async () => {
    p = await startInProcessPlatform();
    routes = routeRules(p.app);
    own = (await p.tokens.http<{ id: string }>('enterprise', `${p.url}/api/enterprises`, { body: { name: '安溪茶業 (matrix)', city: '安溪', products: '鐵觀音', outreachConsent: true } })).body.id;
    other = (await p.tokens.http<{ id: string }>('profiles-admin', `${p.url}/api/enterprises`, { body: { name: '泉州玩具 (matrix)', city: '泉州', products: '玩具' } })).body.id;
    await waitUntilSettled(p.url, 30_000, p.tokens);
  }, 90_000);
  afterAll(() => p.close());

  it('finds the routes, and every route has the rule the issue gives it (deny by default for the rest)', () => {
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
    const actual = Object.fromEntries(routes.map((r) => [r.route, ruleOf(r)]));
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([route, e]) => [route, normalise(e)]));
    expect(actual).toEqual(expected);
  });

  it('answers every route for every role and anonymous as the rule says', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const expected = ruleOf(route) ?? [];
      for (const role of [null, ...ROLES] as Array<Role | null>) {
        const perFirm = ENTERPRISE_OWNED.has(route.route) || AUDIT_OF_FIRMS.has(route.route) || AUDIT_WITHOUT_FIRMS.has(route.route);
        const ids = perFirm ? { own, other, none: 'no-such-firm' } : { any: 'no-such-thing' };
        for (const [which, id] of Object.entries(ids)) {
          const { path, init } = probe(route, id);
          const res = await p.tokens.http(role, `${p.url}${path}`, init);
          let want: 'allowed' | 401 | 403 | 404 = allows(expected, role) ? 'allowed' : role === null ? 401 : 403;
          if (want === 'allowed' && ENTERPRISE_OWNED.has(route.route)) {
            const everyFirm = role === 'profiles-admin' || (role === 'platform-admin' && route.method === 'GET');
            if (which === 'none') want = everyFirm ? 404 : 403;
            else if (which === 'other' && !everyFirm) want = 403;
          }
          if (want === 'allowed' && role === 'enterprise' && (AUDIT_WITHOUT_FIRMS.has(route.route) || (AUDIT_OF_FIRMS.has(route.route) && which !== 'own'))) want = 403;
          const ok = want === 'allowed' ? ![401, 403].includes(res.status) && res.status < 500 : res.status === want;
          if (!ok) failures.push(`${route.route} as ${role ?? 'anonymous'} (${which}): ${res.status}, wanted ${want}`);
          if (res.status === 401 && !res.headers.get('www-authenticate')?.startsWith('Bearer')) failures.push(`${route.route}: 401 without WWW-Authenticate`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('refuses missing, malformed, expired, wrongly signed, wrong-issuer and wrong-audience tokens with 401 and a challenge', async () => {
    const jwk = JSON.parse(readFileSync(join(p.dataDir, 'oidc-signing-key.json'), 'utf8'));
    const issuerKey = await importJWK(jwk, 'RS256');
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: Record<string, unknown>, key: Parameters<SignJWT['sign']>[0] = issuerKey) =>
      new SignJWT({ roles: ['profiles-admin'], ...claims }).setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'at+jwt' }).sign(key);
    const good = { sub: 'demo-profiles-admin', iss: p.url, aud: 'fhk-api', iat: now, exp: now + 600 };
    expect((await http(`${p.url}/api/enterprises/${other}`, { headers: { authorization: `Bearer ${await sign(good)}` } })).status).toBe(200);
    const cases: Array<[string, Record<string, string>]> = [
      ['missing', {}],
      ['not a bearer', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
      ['malformed', { authorization: 'Bearer not.a.jwt' }],
      ['garbage', { authorization: 'Bearer ' + 'x'.repeat(300) }],
      ['expired beyond the clock skew', { authorization: `Bearer ${await sign({ ...good, iat: now - 7200, exp: now - 3600 })}` }],
      ['wrongly signed', { authorization: `Bearer ${await sign(good, stranger)}` }],
      ['wrong issuer', { authorization: `Bearer ${await sign({ ...good, iss: 'https://evil.example' })}` }],
      ['wrong audience', { authorization: `Bearer ${await sign({ ...good, aud: 'another-api' })}` }],
      ['alg none', { authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(good)).toString('base64url')}.` }],
    ];
    for (const [name, headers] of cases) {
      for (const target of [other, 'no-such-firm']) {
        const res = await http<{ message: string }>(`${p.url}/api/enterprises/${target}`, { headers });
        expect({ name, status: res.status }).toEqual({ name, status: 401 });
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="fhk"/);
        expect(res.text).not.toContain(target);
      }
    }
    // Within the skew, a just-expired token still passes.
    expect((await http(`${p.url}/api/enterprises/${other}`, { headers: { authorization: `Bearer ${await sign({ ...good, exp: now - 5 })}` } })).status).toBe(200);
  });

  it('gives the enterprise demo account its sample firm, labelled SAMPLE', async () => {
    const mine = await p.tokens.http<{ items: Array<{ id: string; name: string; ownerId: string }> }>('enterprise', `${p.url}/api/enterprises`);
    expect(mine.body.items.find((e) => e.id === 'sample-anxi-tea')).toMatchObject({ ownerId: 'demo-enterprise', name: expect.stringContaining('SAMPLE') });
  });

  it('searches opportunities only, for anonymous callers and enterprises', async () => {
    await waitFor(async () => (await p.tokens.http<{ total: number }>('platform-admin', `${p.url}/api/search?q=${encodeURIComponent('安溪茶業')}&type=enterprise`)).body.total > 0, 'the firm indexed');
    for (const role of [null, 'enterprise', 'agency-staff'] as const) {
      const res = await p.tokens.http<{ hits: Array<{ type: string }> }>(role, `${p.url}/api/search?q=${encodeURIComponent('安溪茶業')}`);
      expect(res.status).toBe(200);
      expect(res.body.hits.filter((h) => h.type === 'enterprise')).toEqual([]);
      const asked = await p.tokens.http<{ hits: unknown[] }>(role, `${p.url}/api/search?q=${encodeURIComponent('安溪茶業')}&type=enterprise`);
      expect(asked.body.hits).toEqual([]);
    }
  });

  it('requires If-Match on PUT, PATCH and DELETE: 428 saying so, nothing changed', async () => {
    const patch = await p.tokens.http<{ message: string; issues: Array<{ field: string }> }>('enterprise', `${p.url}/api/enterprises/${own}`, { method: 'PATCH', body: { city: '廈門' } });
    expect(patch.status).toBe(428);
    expect(patch.body.issues[0].field).toBe('If-Match');
    expect(patch.body.message).toMatch(/If-Match/);
    expect((await p.tokens.http('enterprise', `${p.url}/api/enterprises/${own}`, { method: 'DELETE' })).status).toBe(428);
    expect((await p.tokens.http('catalogue-admin', `${p.url}/api/catalogue/items/hktdc`, { method: 'DELETE' })).status).toBe(428);
    expect((await p.tokens.http('calendar-admin', `${p.url}/api/calendar/events/x`, { method: 'PUT', body: {} })).status).toBe(428);
    expect((await p.tokens.http<{ city: string }>('enterprise', `${p.url}/api/enterprises/${own}`)).body.city).toBe('安溪');
  });
});
