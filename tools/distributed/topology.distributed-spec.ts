import { deadLetterTopic, EnterpriseChangedEvent } from '@fhk/contracts';
import { ServiceProcess } from '@fhk/composition/embedded';
import { LIVE_READ_MODEL, MATCHER_COLLECTIONS } from '@fhk/matcher/feature';
import { BusPublisher, RetainedMessage } from '@fhk/platform/bus';
import { KafkaBusTransport } from '@fhk/platform/bus-kafka';
import { ServiceName } from '@fhk/platform/config';
import { createDocumentStore } from '@fhk/platform/runtime';
import { seededRandom, waitFor } from '@fhk/shared/util';
import { join } from 'node:path';
import { api, indexStatus, useIssuer, searchableEnterpriseIds, storedEnterpriseIds, writeProfiles } from './distributed-api';
import { DistributedTopology } from './distributed-topology';

const BURST = Number(process.env.DISTRIBUTED_BURST ?? 3_000);
const LAG_SAMPLES = Number(process.env.DISTRIBUTED_LAG_SAMPLES ?? 100);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * The distributed mode across processes: the four services each from its own app, over a real
 * Kafka broker, each with its embedded store and search. One topology for the whole file (the
 * tests run in order and build on each other's data).
 */
describe('distributed topology: four service processes over a real Kafka', () => {
  const topology = new DistributedTopology(process.env.KAFKA_BROKERS);
  let services: Record<ServiceName, ServiceProcess>;
  let transport: KafkaBusTransport;
  const profilesUrl = () => services['enterprise-profiles'].url;
  const matcher = () => services.matcher;
  const storedTotal = async () => (await api<{ total: number }>(`${profilesUrl()}/api/enterprises?limit=1`)).body.total;
  const settled = (url: string, enterprises: number, timeoutMs = 120_000) =>
    waitFor(
      async () => {
        const status = await indexStatus(url).catch(() => null);
        return status?.enterprises === enterprises && status.consumerLag === 0;
      },
      `${url}: ${enterprises} enterprises in the read model and lag 0`,
      timeoutMs,
    );

  beforeAll(async () => {
    useIssuer(await topology.issuerUrl());
    services = await topology.startAll();
    transport = topology.transport();
    console.log(`distributed: ${Object.entries(services).map(([n, p]) => `${n} pid ${p.pid} ${p.url}`).join('; ')}; namespace ${topology.namespace}`);
  }, 180_000);
  afterAll(async () => {
    await transport?.close();
    await topology.close();
  });

  it('a profile written to enterprise-profiles becomes searchable and matchable in the matcher process', async () => {
    const created = await api<{ id: string }>(`${profilesUrl()}/api/enterprises`, {
      body: { name: '跨進程測試茶業有限公司', city: '安溪', industry: '茶葉', products: '鐵觀音 烏龍茶', needs: '參展 品牌建設', markets: '香港', employees: 40 },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await waitFor(
      async () => (await api<{ hits: Array<{ id: string }> }>(`${matcher().url}/api/search?type=enterprise&q=${encodeURIComponent('跨進程測試茶业')}`)).body.hits.some((h) => h.id === id),
      'the profile to be searchable in the matcher process (Simplified query)',
      60_000,
    );
    // The opportunities it is matched with came from the two other processes, over Kafka too.
    await waitFor(async () => (await indexStatus(matcher().url)).consumerLag === 0, 'the matcher to catch up', 60_000);
    const matched = await api<{ results: Array<{ type: string; reasons: unknown[] }> }>(`${matcher().url}/api/match/enterprises/${id}?limit=10`);
    expect(matched.status).toBe(200);
    expect(matched.body.results.length).toBeGreaterThan(0);
    expect(new Set(matched.body.results.map((r) => r.type)).size).toBeGreaterThan(1);
    expect(matched.body.results.every((r) => r.reasons.length > 0)).toBe(true);
  });

  it('measures the event-to-searchable lag through real Kafka (printed, not asserted)', async () => {
    const lags: number[] = [];
    for (let i = 0; i < LAG_SAMPLES; i++) {
      const name = `延遲測量企業 ${i} lagprobe${i}x`;
      const started = performance.now();
      const res = await api<{ id: string }>(`${profilesUrl()}/api/enterprises`, { body: { name, city: '福州' } });
      expect(res.status).toBe(201);
      await waitFor(
        async () => (await api<{ hits: Array<{ id: string }> }>(`${matcher().url}/api/search?type=enterprise&q=lagprobe${i}x`)).body.hits.some((h) => h.id === res.body.id),
        `lag probe ${i}`,
        30_000,
      );
      lags.push(performance.now() - started);
    }
    const sorted = [...lags].sort((a, b) => a - b);
    console.log(
      `distributed: event-to-searchable lag through Kafka over ${LAG_SAMPLES} writes (write acknowledged → found by search in the matcher process): ` +
        `p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`,
    );
    expect(lags).toHaveLength(LAG_SAMPLES);
  });

  it(`keeps every acknowledged write exactly once when the matcher is killed -9 during a burst of ${BURST} writes`, async () => {
    const killAt = Math.floor(BURST * (0.2 + 0.6 * seededRandom('distributed matcher kill point')()));
    console.log(`distributed: SIGKILL of the matcher after ${killAt} of ${BURST} acknowledged writes`);
    let killed: Promise<void> | null = null;
    const burst = await writeProfiles(profilesUrl(), BURST, (i) => `突發寫入企業 ${String(i).padStart(5, '0')}`, {
      afterEach: async (acknowledged) => {
        if (acknowledged >= killAt && !killed) killed = matcher().kill9();
      },
    });
    await killed;
    expect(burst).toHaveLength(BURST);
    await matcher().start(180_000);

    const total = await storedTotal();
    await settled(matcher().url, total, 180_000);
    const searchable = await searchableEnterpriseIds(matcher().url);
    expect(searchable).toHaveLength(total);
    expect(new Set(searchable).size).toBe(total); // nothing doubled in the index
    const present = new Set(searchable);
    expect(burst.filter((id) => !present.has(id))).toEqual([]); // nothing acknowledged lost
  }, 600_000);

  it('shares the partitions between two matcher instances in one group; when one is killed -9 the other takes over', async () => {
    const second = await topology.create('matcher', 'matcher-b');
    await second.start(120_000);
    // The second instance starts from the group's committed offsets: only new events reach it.
    let probes = 0;
    await waitFor(
      async () => {
        await writeProfiles(profilesUrl(), 8, (i) => `分區探測企業 ${probes}-${i}`, { concurrency: 4 });
        probes++;
        return (await indexStatus(second.url)).enterprises > 0;
      },
      'the second instance to be assigned partitions',
      90_000,
    );
    const before = new Set(await searchableEnterpriseIds(matcher().url));

    let killed: Promise<void> | null = null;
    const batch = await writeProfiles(profilesUrl(), 600, (i) => `接管測試企業 ${String(i).padStart(4, '0')}`, {
      concurrency: 8,
      afterEach: async (acknowledged) => {
        if (acknowledged >= 300 && !killed) killed = second.kill9();
      },
    });
    await killed;
    const total = await storedTotal();

    // What the killed instance had applied is in its own store (read after its death).
    const deadStore = await createDocumentStore({ adapter: 'sqlite', file: join(second.dataDir, 'matcher.sqlite') });
    await deadStore.init(MATCHER_COLLECTIONS);
    const inDead = new Set((await deadStore.find(LIVE_READ_MODEL.enterprises, {})).filter((r) => !r.deleted).map((r) => r.id as string));
    await deadStore.close();

    // The survivor ends with every partition: lag 0, and everything not applied by the dead one.
    await waitFor(async () => (await indexStatus(matcher().url)).consumerLag === 0, 'the survivor to take over every partition', 120_000);
    const survivor = await searchableEnterpriseIds(matcher().url);
    expect(new Set(survivor).size).toBe(survivor.length); // nothing doubled
    expect((await indexStatus(matcher().url)).enterprises).toBe(survivor.length);
    const inSurvivor = new Set(survivor);
    const lost = [...batch].filter((id) => !inSurvivor.has(id) && !inDead.has(id));
    expect(lost).toEqual([]);
    const sharedBatch = batch.filter((id) => inDead.has(id));
    expect(sharedBatch.length).toBeGreaterThan(0); // the killed instance did have partitions
    expect(sharedBatch.length).toBeLessThan(batch.length);
    const redelivered = sharedBatch.filter((id) => inSurvivor.has(id)).length;
    const newSince = survivor.filter((id) => !before.has(id)).length;
    console.log(
      `distributed: two matchers in one group: the killed one applied ${inDead.size} profiles (${sharedBatch.length} of the batch of ${batch.length}), ` +
        `${redelivered} of them applied but not yet committed when it died and redelivered to the survivor; the survivor gained ${newSince}; ${total} stored`,
    );
  }, 600_000);

  it('sends a poison message to its .dlq topic and the consumer lag returns to 0', async () => {
    const topic = EnterpriseChangedEvent.topic;
    const publisher = new BusPublisher(transport.createPublisherClient());
    const poison = `{"specversion":"1.0","id":"distributed-poison-${topology.namespace}"`;
    await publisher.publish(topic, { key: 'poison-distributed', value: poison, headers: { origin: 'distributed-test' } });
    await publisher.close();
    const after = await api<{ id: string }>(`${profilesUrl()}/api/enterprises`, { body: { name: '毒丸之後的跨進程企業', city: '漳州' } });

    await waitFor(
      async () => (await api<{ hits: Array<{ id: string }> }>(`${matcher().url}/api/search?type=enterprise&q=${encodeURIComponent('毒丸之後的跨進程企業')}`)).body.hits.some((h) => h.id === after.body.id),
      'the write after the poison to be searchable',
      60_000,
    );
    await waitFor(async () => (await indexStatus(matcher().url)).consumerLag === 0, 'lag back to 0', 60_000);
    const letters = (await api<{ items: Array<{ error: string; attempts: number; payload: unknown }> }>(`${matcher().url}/api/matcher/dead-letters`)).body.items;
    expect(letters.filter((l) => l.payload === poison)).toEqual([expect.objectContaining({ attempts: 0, error: expect.stringMatching(/^invalid event/) })]);
    let dlq: RetainedMessage[] = [];
    await waitFor(
      async () => {
        dlq = [];
        await transport.replay([deadLetterTopic(topic)], async (m) => void dlq.push(m));
        return dlq.some((m) => m.value === poison);
      },
      'the poison on the .dlq topic',
      30_000,
    );
    expect(dlq.find((m) => m.value === poison)?.headers).toMatchObject({ origin: 'distributed-test', 'x-dlq-attempts': '0', 'x-dlq-original-topic': topic });
  });

  it('rebuilds the read model from the compacted topics while searches are served, recovering what the killed instance held', async () => {
    // The profiles the killed second instance had applied and committed live only in its store:
    // with a store per process, the survivor's read model lacks them until it is rebuilt from the log.
    const stored = (await storedEnterpriseIds(profilesUrl())).sort();
    const opportunities = async () => (await api<{ total: number }>(`${matcher().url}/api/search?type=event,programme,service-provider,service-category,measure,area`)).body.total;
    const before = { enterprises: (await searchableEnterpriseIds(matcher().url)).sort(), opportunities: await opportunities() };
    const missing = stored.filter((id) => !before.enterprises.includes(id));
    expect(missing.length).toBeGreaterThan(0);
    expect(before.opportunities).toBeGreaterThan(0);

    const started = await api<{ id: string }>(`${matcher().url}/api/matcher/read-model/rebuild`, { method: 'POST' });
    expect(started.status).toBe(202);
    const statuses: number[] = [];
    interface Rebuild {
      id: string;
      outcome: string;
      messages: number;
    }
    let last: Rebuild | null = null;
    for (;;) {
      statuses.push((await api(`${matcher().url}/api/search?q=${encodeURIComponent('茶')}&limit=5`)).status);
      const status = (await api<{ running: unknown; last: Rebuild | null }>(`${matcher().url}/api/matcher/read-model`)).body;
      if (!status.running && status.last?.id === started.body.id) {
        last = status.last;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const done = last as Rebuild | null;
    expect(done).toMatchObject({ outcome: 'swapped' });
    expect(done!.messages).toBeGreaterThanOrEqual(stored.length);
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.every((s) => s === 200)).toBe(true);
    console.log(`distributed: read model rebuilt from ${done!.messages} retained messages; ${statuses.length} searches answered 200 meanwhile`);
    const after = { enterprises: (await searchableEnterpriseIds(matcher().url)).sort(), opportunities: await opportunities() };
    expect(after).toEqual({ enterprises: stored, opportunities: before.opportunities });
    console.log(`distributed: the rebuild restored the ${missing.length} profiles only the killed instance had applied`);
  }, 300_000);
});
