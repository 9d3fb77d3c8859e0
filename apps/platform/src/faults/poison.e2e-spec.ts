import { buildEvent, deadLetterTopic, EnterpriseChangedEvent } from '@fhk/contracts';
import { SearchIndexSync } from '@fhk/matcher/feature';
import { BusTransport } from '@fhk/platform/bus';
import { waitFor } from '@fhk/shared/util';
import { InProcessPlatform, startInProcessPlatform } from '@fhk/composition/embedded';
import { describeOnEveryBus, publishRaw, readTopic } from '../testing/buses-under-test';
import { useEventLoopWatchdog } from '../testing/event-loop-watchdog';
import { OpenApiConformance, OpenApiDocument } from '../testing/openapi-conformance';

/**
 * Fault test: a malformed message and an event whose handler always throws both end in the dead
 * letters; the events after them are processed; the consumer's lag returns to zero; a replay
 * after the fix applies the poisoned event.
 */
describeOnEveryBus('fault: poison messages', (busUnderTest) => {
  let p: InProcessPlatform;
  let bus: BusTransport;
  let poisoned = true;
  const original = SearchIndexSync.prototype.syncEnterprise;
  beforeAll(async () => {
    jest.spyOn(SearchIndexSync.prototype, 'syncEnterprise').mockImplementation(async function (this: SearchIndexSync, id: string) {
      if (poisoned && id.startsWith('poison-')) throw new Error('this handler always throws');
      return original.call(this, id);
    });
    p = await startInProcessPlatform({
      env: { CONSUMER_MAX_ATTEMPTS: '3' },
      bus: (dir) => (bus = busUnderTest.create(dir)),
    });
  }, 60_000);
  // After the boot (module loading and seeding are synchronous and would dominate).
  useEventLoopWatchdog('fault: poison messages');
  afterAll(async () => {
    jest.restoreAllMocks();
    await p.close();
  });

  it('dead-letters both, keeps going, and replays after the fix', async () => {
    const topic = EnterpriseChangedEvent.topic;
    const now = new Date().toISOString();
    const entity = { id: 'poison-1', version: 1, name: '毒丸測試', city: '廈門', industry: '', products: '', needs: '', markets: '', employees: null, language: null, outreachConsent: false, ownerId: null, contact: null, createdAt: now, updatedAt: now };
    // Same key as the good event below: the poison must not block its partition.
    await publishRaw(bus, topic, 'poison-1', '{"specversion":"1.0","id":"broken"');
    await publishRaw(bus, topic, 'poison-1', JSON.stringify(buildEvent(EnterpriseChangedEvent, { id: 'poison-1', version: 1, deleted: false, entity }, { id: 'evt-poison', source: 'urn:test' })), { ce_id: 'evt-poison', ce_type: topic });
    const good = await p.tokens.http<{ id: string }>('profiles-admin', `${p.url}/api/enterprises`, { body: { name: '毒丸之後的企業', city: '漳州' } });

    await waitFor(async () => (await bus.lag('matcher', [topic])) === 0, 'lag back to zero', 30_000);
    const found = await p.tokens.http<{ hits: Array<{ id: string }> }>('platform-admin', `${p.url}/api/search?type=enterprise&q=${encodeURIComponent('毒丸之後的企業')}`);
    expect(found.body.hits.map((h) => h.id)).toEqual([good.body.id]);

    const listed = await p.tokens.http<{ items: Array<{ id: string; error: string; attempts: number; topic: string; headers: Record<string, string> }> }>('platform-admin', `${p.url}/api/matcher/dead-letters`);
    const letters = listed.body.items;
    // Dead letters as the OpenAPI document describes them (no other test has any to list).
    const conformance = new OpenApiConformance((await (await fetch(`${p.url}/api/docs-json`)).json()) as OpenApiDocument);
    expect(conformance.check('GET', `${p.url}/api/matcher/dead-letters`, listed.status, listed.headers.get('content-type'), listed.text)).toBeNull();
    expect(letters).toHaveLength(2);
    expect(letters.find((l) => l.attempts === 0)?.error).toMatch(/^invalid event/);
    expect(letters.find((l) => l.attempts === 3)?.error).toBe('this handler always throws');
    const dlq = await readTopic(bus, deadLetterTopic(topic));
    expect(dlq).toHaveLength(2);
    // The dead-letter topic keeps the original headers next to the error and the attempts.
    expect(dlq.find((r) => r.headers['x-dlq-attempts'] === '3')?.headers).toMatchObject({ ce_id: 'evt-poison', ce_type: topic, 'x-dlq-error': 'this handler always throws' });
    expect(letters.find((l) => l.attempts === 3)).toMatchObject({ headers: { ce_id: 'evt-poison', ce_type: topic } });

    poisoned = false;
    const replayed = await p.tokens.http<{ results: Array<{ outcome: string }> }>('platform-admin', `${p.url}/api/matcher/dead-letters/replay`, { method: 'POST' });
    expect(replayed.body.results.map((r) => r.outcome).sort()).toEqual(['dead-lettered', 'duplicate']);
    expect(conformance.check('POST', `${p.url}/api/matcher/dead-letters/replay`, replayed.status, replayed.headers.get('content-type'), replayed.text)).toBeNull();
    const nowFound = await p.tokens.http<{ hits: Array<{ id: string }> }>('platform-admin', `${p.url}/api/search?type=enterprise&q=${encodeURIComponent('毒丸測試')}`);
    expect(nowFound.body.hits.map((h) => h.id)).toEqual(['poison-1']);
  }, 60_000);
});
