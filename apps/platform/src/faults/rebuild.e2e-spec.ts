import { SEARCH_ENGINE, SearchEngine } from '@fhk/platform/search';
import { InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';
import { searchAnswers } from '../testing/search-answers';
import { describeOnEveryBus } from '../testing/buses-under-test';
import { useEventLoopWatchdog } from '../testing/event-loop-watchdog';

/** Fault test: drop the matcher's index, rebuild it from the read model: the same answers as before. */
describeOnEveryBus('fault: index dropped and rebuilt', (bus) => {
  let p: InProcessPlatform;
  beforeAll(async () => {
    p = await startInProcessPlatform({ bus: (dir) => bus.create(dir) });
  }, 60_000);
  // After the boot (module loading and seeding are synchronous and would dominate).
  useEventLoopWatchdog('fault: index dropped and rebuilt');
  afterAll(() => p.close());

  const QUERIES = ['茶', '国际茶展', 'cash pooling', '資金池', 'listing', '上市', 'toys', '玩具', 'Xiamen', '', 'battery'];
  const snapshot = () => searchAnswers(p.url, QUERIES);

  it('answers the same after a drop and a rebuild', async () => {
    for (const name of ['寧德新能源電池科技', 'Xiamen Toys Trading Co.', '安溪铁观音茶业']) {
      await p.tokens.http('profiles-admin', `${p.url}/api/enterprises`, { body: { name, city: '福建', products: name } });
    }
    await waitUntilSettled(p.url);
    // The three, and the enterprise demo account's sample firm.
    expect((await p.tokens.http<{ total: number }>('platform-admin', `${p.url}/api/search?type=enterprise`)).body.total).toBe(4);
    const before = await snapshot();
    expect(before['茶'].total).toBeGreaterThan(0);

    const engine = p.app.get<SearchEngine>(SEARCH_ENGINE);
    await engine.drop('matcher-search');
    const unavailable = await p.tokens.http<{ statusCode: number }>('platform-admin', `${p.url}/api/search?q=tea`);
    expect(unavailable.status).toBe(503);

    const rebuilding = p.tokens.http<{ documents: number }>('platform-admin', `${p.url}/api/matcher/index/rebuild`, { method: 'POST' });
    const during = await p.tokens.http<{ rebuilding: { indexed: number; total: number } | null }>('platform-admin', `${p.url}/api/matcher/index`);
    if (during.body.rebuilding) expect(during.body.rebuilding.total).toBeGreaterThan(100);
    const rebuilt = await rebuilding;
    expect((await p.tokens.http<{ rebuilding: unknown }>('platform-admin', `${p.url}/api/matcher/index`)).body.rebuilding).toBeNull();
    expect(rebuilt.status).toBe(201);
    expect(rebuilt.body.documents).toBeGreaterThan(100);
    expect(await snapshot()).toEqual(before);
  }, 60_000);
});
