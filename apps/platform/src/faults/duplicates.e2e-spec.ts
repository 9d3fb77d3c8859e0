import { EnterpriseChangedEvent } from '@fhk/contracts';
import { ReadModelRepository } from '@fhk/matcher/feature';
import { BusTransport } from '@fhk/platform/bus';
import { waitFor } from '@fhk/shared/util';
import { InProcessPlatform, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';
import { describeOnEveryBus, publishRaw, readTopic } from '../testing/buses-under-test';
import { useEventLoopWatchdog } from '../testing/event-loop-watchdog';

/**
 * Fault test: every event is delivered twice by the bus, and a shuffled selection of old events
 * is delivered again afterwards (out of order). The matcher must end in exactly the state that
 * single in-order delivery gives: the owner's current state.
 */
describeOnEveryBus('fault: duplicate and out-of-order delivery', (busUnderTest) => {
  let p: InProcessPlatform;
  let bus: BusTransport;
  beforeAll(async () => {
    p = await startInProcessPlatform({ bus: (dir) => (bus = busUnderTest.create(dir, { duplicates: 2 })) });
  }, 60_000);
  // After the boot (module loading and seeding are synchronous and would dominate).
  useEventLoopWatchdog('fault: duplicate and out-of-order delivery');
  afterAll(() => p.close());

  it('converges to the owner’s state', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await p.tokens.http<{ id: string }>('profiles-admin', `${p.url}/api/enterprises`, { body: { name: `重複測試企業 ${i}`, city: '福州', products: `茶葉 ${i}`, employees: 10 + i } });
      ids.push(res.body.id);
    }
    for (const id of ids.slice(0, 15)) {
      await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${id}`, { method: 'PATCH', headers: { 'if-match': '*' }, body: { products: '鐵觀音 第二版' } });
      await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${id}`, { method: 'PATCH', headers: { 'if-match': '*' }, body: { products: '鐵觀音 第三版', employees: 99 } });
    }
    for (const id of ids.slice(20, 25)) await p.tokens.http('profiles-admin', `${p.url}/api/enterprises/${id}`, { method: 'DELETE', headers: { 'if-match': '*' } });

    // Replay an old slice of the log, newest first: out of order, and a third copy of each.
    // (The embedded bus duplicates at delivery, Kafka at publishing: the log holds 1 or 2 copies.)
    const topic = EnterpriseChangedEvent.topic;
    await waitUntilSettled(p.url); // every write's event is on the bus (the relay publishes asynchronously)
    // This test's firms only (the enterprise demo account's sample firm is seeded at boot).
    const ours = new Set(ids);
    const history = (await readTopic(bus, topic)).filter((m) => ours.has((m.value as { data: { id: string } }).data.id));
    expect(new Set(history.map((m) => (m.value as { id: string }).id)).size).toBe(30 + 30 + 5);
    for (const record of [...history].reverse().filter((_, i) => i % 2 === 0)) {
      await publishRaw(bus, topic, record.key, JSON.stringify(record.value), record.headers);
    }

    const readModel = p.app.get(ReadModelRepository);
    await waitFor(async () => (await bus.lag('matcher', [topic])) === 0, 'the matcher to catch up', 30_000);

    const owner = (await p.tokens.http<{ items: Array<{ id: string; version: number; products: string; employees: number }> }>('profiles-admin', `${p.url}/api/enterprises?limit=200`)).body.items;
    const live = await readModel.liveEnterprises();
    const byId = (xs: Array<{ id: string }>) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(live)).toEqual(byId(owner));
    const tombstones = (await readModel.enterpriseRows()).filter((r) => r.deleted).map((r) => [r.id, r.version]);
    expect(tombstones.sort()).toEqual(ids.slice(20, 25).map((id) => [id, 2]).sort());

    const indexed = await p.tokens.http<{ total: number }>('platform-admin', `${p.url}/api/search?type=enterprise&limit=100`);
    expect(indexed.body.total).toBe(owner.length); // 25 of this test's firms, and the seeded sample firm
    expect(owner.filter((e) => ours.has(e.id))).toHaveLength(25);
    const v3 = await p.tokens.http<{ hits: Array<{ id: string }> }>('platform-admin', `${p.url}/api/search?type=enterprise&q=${encodeURIComponent('第三版')}&limit=100`);
    expect(v3.body.hits.map((h) => h.id).sort()).toEqual(ids.slice(0, 15).sort());
    const stale = await p.tokens.http<{ total: number }>('platform-admin', `${p.url}/api/search?type=enterprise&q=${encodeURIComponent('第二版')}`);
    expect(stale.body.total).toBe(0);
    expect((await p.tokens.http<{ items: unknown[] }>('platform-admin', `${p.url}/api/matcher/dead-letters`)).body.items).toEqual([]);
  }, 60_000);
});
