import ICAL from 'ical.js';
import { waitFor } from '@fhk/shared/util';
import { http, InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';

interface SearchBody {
  total: number;
  hits: Array<{ type: string; id: string; title: Record<string, string> }>;
}

describe('platform API (embedded, in process)', () => {
  let p: InProcessPlatform;
  beforeAll(async () => {
    p = await startInProcessPlatform();
    await waitUntilSettled(p.url);
  }, 60_000);
  afterAll(() => p.close());

  const search = (q: string, extra = '') => p.tokens.http<SearchBody>('platform-admin', `${p.url}/api/search?q=${encodeURIComponent(q)}${extra}`);
  const enterpriseCount = async () => (await p.tokens.http<{ total: number }>('profiles-admin', `${p.url}/api/enterprises`)).body.total;
  const validProfile = { name: '泉州童趣玩具有限公司', city: '泉州', industry: '玩具', products: '毛絨玩具 益智玩具', needs: '參展 找買家', markets: '歐洲 北美', employees: 85 };

  describe('health and docs', () => {
    it('is ready with every service and adapter up', async () => {
      // Ready once the matching corpus is built after the start (ADR 0021), in the background.
      await waitFor(async () => (await http(`${p.url}/api/health/ready`)).status === 200, 'the platform to be ready', 30_000);
      const { status, body } = await http<{ status: string; details: Record<string, { status: string }> }>(`${p.url}/api/health/ready`);
      expect(status).toBe(200);
      expect(Object.keys(body.details)).toEqual(
        expect.arrayContaining(['bus', 'enterprise-profiles:store', 'measure-catalogue:outbox', 'event-calendar:store', 'matcher:search', 'matcher:index']),
      );
    });

    it('documents every service in one OpenAPI document', async () => {
      const { body } = await http<{ paths: Record<string, unknown> }>(`${p.url}/api/docs-json`);
      expect(Object.keys(body.paths)).toEqual(
        expect.arrayContaining(['/api/enterprises', '/api/catalogue/items', '/api/calendar/events', '/api/search', '/api/health/ready']),
      );
    });
  });

  describe('enterprise profiles: bad input gets a 4xx naming the field, and changes nothing', () => {
    it.each([
      ['malformed JSON', { raw: '{"name": "x",' }, 400, '(body)'],
      ['a missing required field', { body: { city: '福州' } }, 400, 'name'],
      ['a wrong type', { body: { ...validProfile, employees: 'forty' } }, 400, 'employees'],
      ['a negative size', { body: { ...validProfile, employees: -3 } }, 400, 'employees'],
      ['an unknown field', { body: { ...validProfile, revenue: 5 } }, 400, 'revenue'],
      ['a blank name', { body: { ...validProfile, name: '   ' } }, 400, 'name'],
      ['an array instead of an object', { body: [validProfile] }, 400, '(body)'],
      ['a body over the limit', { body: { ...validProfile, products: 'x'.repeat(5 * 1024 * 1024) } }, 413, '(body)'],
    ])('%s', async (_case, request, status, field) => {
      const before = await enterpriseCount();
      const res = await p.tokens.http<{ statusCode: number; issues: Array<{ field: string; reason: string }> }>('profiles-admin', `${p.url}/api/enterprises`, request);
      expect(res.status).toBe(status);
      expect(res.body.statusCode).toBe(status);
      expect(res.body.issues.map((i) => i.field)).toContain(field);
      expect(res.body.issues.every((i) => i.reason.length > 0)).toBe(true);
      expect(await enterpriseCount()).toBe(before);
    });

    it('answers 404 naming the id for an unknown profile', async () => {
      const res = await p.tokens.http<{ issues: Array<{ field: string }> }>('profiles-admin', `${p.url}/api/enterprises/no-such-id`);
      expect(res.status).toBe(404);
      expect(res.body.issues[0].field).toBe('id');
      expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/no-such-id`, { method: 'PATCH', headers: { 'if-match': '*' }, body: { city: '廈門' } })).status).toBe(404);
    });

    it('rejects bad query parameters', async () => {
      expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises?limit=0`)).status).toBe(400);
      expect((await p.tokens.http('platform-admin', `${p.url}/api/search?q=tea&type=spaceship`)).status).toBe(400);
      expect((await p.tokens.http('calendar-admin', `${p.url}/api/calendar/events?from=2027-05-01&to=2027-01-01`)).status).toBe(400);
    });
  });

  describe('enterprise profiles: lifecycle and the matcher following it', () => {
    it('creates, finds, refuses a stale update, updates, deletes', async () => {
      const created = await p.tokens.http<{ id: string; version: number }>('profiles-admin', `${p.url}/api/enterprises`, { body: validProfile });
      expect(created.status).toBe(201);
      expect(created.headers.get('etag')).toBe('"1"');
      const { id } = created.body;
      const inSearch = async (q: string) => (await search(q, '&type=enterprise')).body.hits.some((h) => h.id === id);
      await waitFor(() => inSearch(validProfile.name), 'the profile in the index');

      const updated = await p.tokens.http<{ version: number }>('profiles-admin', `${p.url}/api/enterprises/${id}`, { method: 'PATCH', body: { name: '泉州童趣玩具集團' }, headers: { 'if-match': '"1"' } });
      expect(updated.status).toBe(200);
      expect(updated.body.version).toBe(2);
      const stale = await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${id}`, { method: 'PATCH', body: { city: '晉江' }, headers: { 'if-match': '"1"' } });
      expect(stale.status).toBe(412);
      expect((await p.tokens.http<{ city: string }>('profiles-admin', `${p.url}/api/enterprises/${id}`)).body.city).toBe('泉州');
      await waitFor(() => inSearch('泉州童趣玩具集團'), 'the new name in the index');

      expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${id}`, { method: 'DELETE', headers: { 'if-match': '*' } })).status).toBe(204);
      expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${id}`)).status).toBe(404);
      await waitFor(async () => !(await inSearch('泉州童趣玩具集團')), 'the profile to leave the index');
    });
  });

  describe('enterprise profiles: bulk import', () => {
    it('creates every line of an NDJSON body in one commit, the index follows; an invalid line stops it with 422', async () => {
      const send = (body: string, query = '') =>
        p.tokens.fetch('profiles-admin', `${p.url}/api/enterprises/import${query}`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
      const lines = [JSON.stringify({ ...validProfile, name: '泉州批量匯入甲玩具' }), '', JSON.stringify({ ...validProfile, name: '泉州批量匯入乙玩具', outreachConsent: true })];
      const refused = await send([...lines, '{"name": 3}'].join('\n'));
      expect(refused.status).toBe(422);
      expect(((await refused.json()) as { invalid: unknown[] }).invalid).toEqual(expect.arrayContaining([expect.objectContaining({ row: 4, field: 'name' })]));
      const dry = await send(lines.join('\n'), '?dryRun=true');
      expect(await dry.json()).toMatchObject({ dryRun: true, applied: false, rows: 2, created: [] });
      const done = await send(lines.join('\n'));
      const report = (await done.json()) as { created: string[]; applied: boolean };
      expect({ status: done.status, applied: report.applied, created: report.created.length }).toEqual({ status: 200, applied: true, created: 2 });
      await waitFor(async () => (await search('泉州批量匯入乙玩具', '&type=enterprise')).body.hits.some((h) => h.id === report.created[1]), 'the imported profile in the index');
      expect((await send('{}', '?format=csv')).status).toBe(400);
      expect((await p.tokens.fetch('agency-staff', `${p.url}/api/enterprises/import`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: lines[0] })).status).toBe(403);
    });
  });

  describe('catalogue and calendar', () => {
    it('serves the 11 areas and 28 measures with their original text', async () => {
      expect((await http<{ total: number }>(`${p.url}/api/catalogue/areas`)).body.total).toBe(11);
      expect((await http<{ total: number }>(`${p.url}/api/catalogue/measures`)).body.total).toBe(28);
      const measure = await http<{ number: number; text: Record<string, string> }>(`${p.url}/api/catalogue/measures/8`);
      expect(measure.body.text['zh-Hant']).toContain('香港國際茶展');
      expect((await http(`${p.url}/api/catalogue/measures/abc`)).status).toBe(400);
      expect((await http(`${p.url}/api/catalogue/measures/29`)).status).toBe(404);
    });

    it('filters the calendar and exports it as iCalendar', async () => {
      const tea = await p.tokens.http<{ items: Array<{ id: string }> }>('calendar-admin', `${p.url}/api/calendar/events?industry=tea`);
      expect(tea.body.items.map((e) => e.id)).toContain('hong-kong-international-tea-fair');
      const res = await fetch(`${p.url}/api/calendar/events.ics?industry=tea&lang=zh-Hans`);
      expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
      const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent');
      expect(events.map((v) => v.getFirstPropertyValue('summary'))).toContain('香港国际茶展（待定）');
    });

    it('draws the calendar and the catalogue coverage as pictures', async () => {
      const year = await fetch(`${p.url}/api/calendar/year.svg?lang=zh-Hans`);
      expect(year.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const svg = await year.text();
      expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('香港国际茶展');
      expect(svg).toContain('url(#hatch)');
      const coverage = await (await fetch(`${p.url}/api/catalogue/coverage.svg`)).text();
      for (const n of [1, 14, 28]) expect(coverage).toContain(`>${n}. `);
      expect((await http(`${p.url}/api/catalogue/coverage.svg?lang=fr`)).status).toBe(400);
    });

    it('finds the same opportunity from Traditional, Simplified and English', async () => {
      const ids = async (q: string) => (await search(q, '&type=event')).body.hits.map((h) => h.id);
      for (const q of ['國際茶展', '国际茶展', 'tea fair']) expect(await ids(q)).toContain('hong-kong-international-tea-fair');
    });

    it('highlights what matched, in every language, and facets by city', async () => {
      const res = await p.tokens.http<{
        hits: Array<{ id: string; highlight: Record<string, Array<{ text: string; match: boolean }>> }>;
        facets: Record<string, Record<string, number>>;
      }>('platform-admin', `${p.url}/api/search?q=${encodeURIComponent('茶展')}&type=event`);
      const teaFair = res.body.hits.find((h) => h.id === 'hong-kong-international-tea-fair')!;
      expect(teaFair.highlight['zh-Hant'].filter((s) => s.match).map((s) => s.text)).toEqual(['茶展']);
      expect(teaFair.highlight.en.filter((s) => s.match).map((s) => s.text).join(' ')).toMatch(/Tea/);
      expect(res.body.facets.cities['hong-kong']).toBeGreaterThan(0);
      const xiamen = await p.tokens.http<SearchBody>('platform-admin', `${p.url}/api/search?type=event&city=xiamen`);
      expect(xiamen.body.hits.map((h) => h.id)).toContain('china-international-fair-for-investment-and-trade');
      expect(xiamen.body.hits.map((h) => h.id)).not.toContain('hong-kong-international-tea-fair');
    });

    it('keeps the index following admin edits of the catalogue', async () => {
      const { body: item, headers } = await p.tokens.http<Record<string, unknown> & { version: number }>('catalogue-admin', `${p.url}/api/catalogue/items/hktdc`);
      expect(headers.get('etag')).toBe(`"${item.version}"`);
      const { version: _v, ...input } = item;
      const renamed = { ...input, summary: { ...(input.summary as object), en: 'Organiser of the Zanzibar-quokka trade fairs' } };
      const put = await p.tokens.http('catalogue-admin', `${p.url}/api/catalogue/items/hktdc`, { method: 'PUT', body: renamed, headers: { 'if-match': `"${item.version}"` } });
      expect(put.status).toBe(200);
      await waitFor(async () => (await search('quokka')).body.hits.some((h) => h.id === 'hktdc'), 'the edit in the index');
      const stale = await p.tokens.http('catalogue-admin', `${p.url}/api/catalogue/items/hktdc`, { method: 'PUT', body: renamed, headers: { 'if-match': `"${item.version}"` } });
      expect(stale.status).toBe(412);
    });

    it('imports in bulk: a dry run reports every invalid row and writes nothing; a real one refuses with 422', async () => {
      const exported = await p.tokens.http<{ items: Array<Record<string, unknown>> }>('calendar-admin', `${p.url}/api/calendar/export?format=json`);
      const [first, second] = exported.body.items;
      const rows = [{ ...first, name: { ...(first.name as object), en: 'Renamed in bulk' } }, { ...second, recurrence: { frequency: 'weekly', usualMonth: 13 } }];
      const dry = await p.tokens.http<{ invalid: Array<{ row: number; field: string }>; updated: string[]; applied: boolean }>('calendar-admin', `${p.url}/api/calendar/import?dryRun=true`, { body: rows });
      expect(dry.status).toBe(200);
      expect(dry.body.invalid.map((i) => [i.row, i.field])).toEqual([[2, 'recurrence.frequency'], [2, 'recurrence.usualMonth']]);
      expect(dry.body.updated).toEqual([first.id]);
      expect(dry.body.applied).toBe(false);
      const real = await p.tokens.http('calendar-admin', `${p.url}/api/calendar/import`, { body: rows });
      expect(real.status).toBe(422);
      expect((await p.tokens.http<{ name: { en: string } }>('calendar-admin', `${p.url}/api/calendar/events/${first.id}`)).body.name.en).not.toBe('Renamed in bulk');
      const csv = await p.tokens.fetch('catalogue-admin', `${p.url}/api/catalogue/export?format=csv&kind=area`);
      const reimport = await p.tokens.http<{ unchanged: string[]; invalid: unknown[] }>('catalogue-admin', `${p.url}/api/catalogue/import?format=csv&dryRun=true`, {
        raw: await csv.text(),
        headers: { 'content-type': 'text/csv' },
      });
      expect(reimport.body.invalid).toEqual([]);
      expect(reimport.body.unchanged).toHaveLength(11);
    });
  });
});
