import { waitFor } from '@fhk/shared/util';
import { usePlatformProcess } from './testing/platform-process';

/**
 * The walking skeleton as a user runs it: `npm start` in a child process, a profile created over
 * HTTP, the process killed with SIGKILL, started again: the profile is still stored and
 * still found by the matcher.
 */
describe('platform process: kill -9 and restart', () => {
  const platformProcess = usePlatformProcess('platform-e2e');

  it('serves readiness for all four services and every adapter', async () => {
    const platform = platformProcess();
    const body = (await (await fetch(`${platform.url}/api/health/ready`)).json()) as { status: string; details: Record<string, unknown> };
    expect(body.status).toBe('ok');
    for (const check of ['bus', 'enterprise-profiles:store', 'measure-catalogue:store', 'event-calendar:store', 'matcher:store', 'matcher:search', 'matcher:index']) {
      expect(body.details[check]).toMatchObject({ status: 'up' });
    }
  });

  it('keeps an acknowledged profile, and its search entry, across kill -9', async () => {
    const platform = platformProcess();
    const name = '寧德鋰能新材料科技有限公司';
    const created = await platform.tokens.fetch('profiles-admin', `${platform.url}/api/enterprises`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, city: '寧德', industry: '新能源', products: '鋰電池正極材料', needs: '香港上市 融資', markets: '東盟 歐洲', employees: 320 }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const found = async () => {
      const res = await platform.tokens.fetch('platform-admin', `${platform.url}/api/search?q=${encodeURIComponent(name)}&type=enterprise`);
      return ((await res.json()) as { hits: Array<{ id: string }> }).hits.some((h) => h.id === id);
    };
    await waitFor(found, 'the new profile in search', 5_000);

    await platform.kill9();
    await platform.start();

    const stored = await platform.tokens.fetch('profiles-admin', `${platform.url}/api/enterprises/${id}`);
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({ id, name, version: 1 });
    expect(await found()).toBe(true);
    const list = (await (await platform.tokens.fetch('profiles-admin', `${platform.url}/api/enterprises?limit=200`)).json()) as { items: Array<{ id: string }> };
    expect(list.items.filter((e) => e.id === id)).toHaveLength(1);
  }, 240_000);
});
