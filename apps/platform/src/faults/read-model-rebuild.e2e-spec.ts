import { BUS_TRANSPORT, BusTransport } from '@fhk/platform/bus';
import { DocumentStore } from '@fhk/platform/store';
import { LIVE_READ_MODEL, MATCHER_COLLECTIONS, ReadModelStaging, STAGING_READ_MODEL } from '@fhk/matcher/feature';
import { InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';
import { searchAnswers } from '../testing/search-answers';
import { describeOnEveryBus } from '../testing/buses-under-test';
import { useEventLoopWatchdog } from '../testing/event-loop-watchdog';

interface RebuildStatus {
  running: { id: string; phase: string; replay: { position: number; end: number; messages: number } } | null;
  last: { id: string; outcome: string; error: string | null; messages: number; enterprises: number; opportunities: number; documents: number } | null;
}

/**
 * Fault test: the matcher's read model is lost (wiped and corrupted) and rebuilt from scratch by
 * replaying the bus's retained log, while the platform keeps serving and keeps taking writes.
 */
describeOnEveryBus('fault: read model lost and rebuilt from the log', (busUnderTest) => {
  let p: InProcessPlatform;
  let store: DocumentStore;
  const QUERIES = ['茶', '国际茶展', 'cash pooling', '資金池', 'listing', '玩具', 'Xiamen', 'battery'];
  const snapshot = () => searchAnswers(p.url, QUERIES);
  const status = async () => (await p.tokens.http<RebuildStatus>('platform-admin', `${p.url}/api/matcher/read-model`)).body;

  beforeAll(async () => {
    p = await startInProcessPlatform({ bus: (dir) => busUnderTest.create(dir) });
    // A second connection to the matcher's own store (the test plays the disaster).
    store = await p.runtime.openStore('matcher');
    await store.init(MATCHER_COLLECTIONS);
  }, 60_000);
  // After the boot (module loading and seeding are synchronous and would dominate).
  useEventLoopWatchdog('fault: read model lost and rebuilt from the log');
  let resume = () => undefined as void;
  afterAll(async () => {
    resume(); // never leave a held replay behind a failed assertion
    await store.close();
    await p.close();
  });

  it('replays into staging while live writes continue, swaps, and answers as before plus the new write', async () => {
    const ids: string[] = [];
    for (const name of ['寧德新能源電池科技', 'Xiamen Toys Trading Co.', '安溪铁观音茶业', '福州臨時企業']) {
      ids.push((await p.tokens.http<{ id: string }>('profiles-admin', `${p.url}/api/enterprises`, { body: { name, city: '福建', products: name } })).body.id);
    }
    await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${ids[0]}`, { method: 'PATCH', headers: { 'if-match': '*' }, body: { products: '鋰電池 battery packs' } });
    await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${ids[3]}`, { method: 'DELETE', headers: { 'if-match': '*' } });
    expect((await p.tokens.http('catalogue-admin', `${p.url}/api/catalogue/items/hktdc`, { method: 'DELETE', headers: { 'if-match': '*' } })).status).toBe(204);
    await waitUntilSettled(p.url);
    const before = await snapshot();
    const liveBefore = await store.find(LIVE_READ_MODEL.enterprises, { orderBy: [['id', 'asc']] });
    const opportunitiesBefore = await store.find(LIVE_READ_MODEL.opportunities, { orderBy: [['id', 'asc']] });
    expect(before['battery'].ids).toContain(`enterprise:${ids[0]}`);

    // Lose the read model: every enterprise row gone, one opportunity corrupted.
    const [first] = opportunitiesBefore;
    await store.commit([
      { op: 'deleteWhere', collection: LIVE_READ_MODEL.enterprises, where: {} },
      { op: 'put', collection: LIVE_READ_MODEL.opportunities, document: { ...first, entity: null, deleted: true } },
    ]);

    // Hold the replay after its first message, so a live write lands while it runs.
    const bus = p.app.get<BusTransport>(BUS_TRANSPORT);
    const held = new Promise<void>((resolve) => (resume = resolve));
    const replay = bus.replay.bind(bus);
    const spy = jest.spyOn(bus, 'replay').mockImplementation((topics, handle, progress) =>
      replay(topics, async (message) => {
        await handle(message);
        await held;
      }, progress),
    );

    const started = await p.tokens.http<{ id: string; status: string }>('platform-admin', `${p.url}/api/matcher/read-model/rebuild`, { method: 'POST' });
    expect(started.status).toBe(202);
    expect(started.body.status).toBe('/api/matcher/read-model');
    const again = await p.tokens.http<{ message: string }>('platform-admin', `${p.url}/api/matcher/read-model/rebuild`, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already running/);
    expect((await status()).running).toMatchObject({ id: started.body.id, phase: 'replaying' });
    expect((await p.tokens.http('platform-admin', `${p.url}/api/search?q=tea`)).status).toBe(200); // still serving

    const during = (await p.tokens.http<{ id: string }>('profiles-admin', `${p.url}/api/enterprises`, { body: { name: '重建期間新增的茶企', city: '武夷山', products: '岩茶 tea' } })).body.id;
    await waitUntilSettled(p.url);
    expect(await store.get(STAGING_READ_MODEL.enterprises, during)).toMatchObject({ id: during, version: 1 });
    resume();
    spy.mockRestore();

    const progress: number[] = [];
    for (let s = await status(); s.running; s = await status()) {
      progress.push(s.running.replay.position);
      await new Promise((r) => setTimeout(r, 20));
    }
    const { last } = await status();
    expect(last).toMatchObject({ id: started.body.id, outcome: 'swapped', error: null });
    expect(last!.messages).toBeGreaterThan(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const liveAfter = await store.find(LIVE_READ_MODEL.enterprises, { orderBy: [['id', 'asc']] });
    expect(liveAfter.filter((r) => r.id !== during)).toEqual(liveBefore);
    expect(await store.find(LIVE_READ_MODEL.opportunities, { orderBy: [['id', 'asc']] })).toEqual(opportunitiesBefore);
    expect(await store.count(STAGING_READ_MODEL.enterprises)).toBe(0);
    expect(await p.app.get(ReadModelStaging).current()).toBeNull();

    const after = await snapshot();
    expect(after['茶'].ids).toContain(`enterprise:${during}`);
    for (const q of QUERIES) {
      expect(before[q].total).toBeLessThan(100); // every hit is compared, none cut off by the page
      const added = after[q].ids.includes(`enterprise:${during}`) ? 1 : 0;
      expect({ total: after[q].total - added, ids: after[q].ids.filter((id) => id !== `enterprise:${during}`) }).toEqual({ total: before[q].total, ids: before[q].ids });
    }
  }, 60_000);

  it('releases the staging claim of a rebuild whose process died, at the next start', async () => {
    const crashed = await startInProcessPlatform({ bus: (dir) => busUnderTest.create(dir) });
    const crashedStore = await crashed.runtime.openStore('matcher');
    await crashedStore.init(MATCHER_COLLECTIONS);
    // What a process killed mid-replay leaves behind: a claim and half a staging model.
    await crashed.app.get(ReadModelStaging).claim('rebuild-of-a-dead-process');
    await crashedStore.commit([{ op: 'put', collection: STAGING_READ_MODEL.enterprises, document: { id: 'half', version: 1, deleted: false, entity: null } }]);
    await crashedStore.close();
    await crashed.close({ keepData: true });

    const restarted = await startInProcessPlatform({ dataDir: crashed.dataDir, bus: (dir) => busUnderTest.create(dir) });
    try {
      expect(await restarted.app.get(ReadModelStaging).current()).toBeNull();
      const id = (await restarted.tokens.http<{ id: string }>('profiles-admin', `${restarted.url}/api/enterprises`, { body: { name: '重啟之後的企業', city: '莆田' } })).body.id;
      await waitUntilSettled(restarted.url);
      const restartedStore = await restarted.runtime.openStore('matcher');
      await restartedStore.init(MATCHER_COLLECTIONS);
      expect(await restartedStore.count(STAGING_READ_MODEL.enterprises)).toBe(0);
      expect(await restartedStore.get(LIVE_READ_MODEL.enterprises, id)).toMatchObject({ id, version: 1 });
      await restartedStore.close();
    } finally {
      await restarted.close();
    }
  }, 60_000);
});
