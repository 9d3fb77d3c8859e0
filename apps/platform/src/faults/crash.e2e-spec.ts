import { seededRandom, waitFor } from '@fhk/shared/util';
import { usePlatformProcess } from '../testing/platform-process';
import { describeOnEveryBus } from '../testing/buses-under-test';

const PROFILES = Number(process.env.CRASH_TEST_PROFILES ?? 10_000);
const CONCURRENCY = 16;

interface Listed {
  items: Array<{ id: string; name: string }>;
  total: number;
}

/**
 * Fault test: a client imports PROFILES profiles into the platform (a child process, `npm start`)
 * and the platform is killed with SIGKILL at a random point (seeded and printed: FAULT_SEED replays it). After a restart every write the API
 * acknowledged is present exactly once in the owner's store and in the matcher's index, and the
 * index holds exactly what the store holds (nothing unacknowledged is half-present).
 */
describeOnEveryBus('fault: kill -9 during a bulk import', (bus) => {
  const platformProcess = usePlatformProcess('crash', bus.env);

  it('keeps every acknowledged write exactly once, in the store and in the index', async () => {
    const platform = platformProcess();
    const killAfter = Math.floor(PROFILES * (0.2 + 0.6 * seededRandom(`crash (${bus.label} bus) kill point`)()));
    console.log(`crash (${bus.label} bus): SIGKILL after ${killAfter} of ${PROFILES} acknowledged writes`);
    const acknowledged = new Map<string, string>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < PROFILES) {
        const i = next++;
        const name = `崩潰測試企業 ${String(i).padStart(5, '0')}`;
        try {
          const res = await platform.tokens.fetch('profiles-admin', `${platform.url}/api/enterprises`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name, city: ['福州', '廈門', '泉州', '寧德'][i % 4], products: `產品 ${i}`, employees: 1 + (i % 500) }),
          });
          if (res.status === 201) acknowledged.set(name, ((await res.json()) as { id: string }).id);
        } catch {
          // the connection died with the process: not acknowledged
        }
        if (acknowledged.size >= killAfter && !killed) {
          killed = true;
          await platform.kill9();
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(killed).toBe(true);

    // Ready means the matcher has caught up with everything acknowledged before the kill (issue 9).
    await platform.start();
    const stored: Listed['items'] = [];
    for (let offset = 0; ; offset += 200) {
      const page = (await (await platform.tokens.fetch('profiles-admin', `${platform.url}/api/enterprises?limit=200&offset=${offset}`)).json()) as Listed;
      stored.push(...page.items);
      if (page.items.length < 200) break;
    }
    const storedNames = stored.map((e) => e.name);
    expect(new Set(storedNames).size).toBe(storedNames.length);
    const storedByName = new Map(stored.map((e) => [e.name, e.id]));
    for (const [name, id] of acknowledged) expect(storedByName.get(name)).toBe(id);
    expect(stored.length - acknowledged.size).toBeLessThanOrEqual(CONCURRENCY);
    console.log(`killed after ${acknowledged.size} acknowledged writes; ${stored.length} stored after restart`);

    await waitFor(
      async () => ((await (await platform.tokens.fetch('platform-admin', `${platform.url}/api/matcher/index`)).json()) as { enterprises: number }).enterprises === stored.length,
      'the matcher to hold every stored profile',
      120_000,
    );
    const index = (await (await platform.tokens.fetch('platform-admin', `${platform.url}/api/matcher/index`)).json()) as { enterprises: number; consumerLag: number; deadLetters: number };
    expect(index).toMatchObject({ enterprises: stored.length, consumerLag: 0, deadLetters: 0 });
    const indexed = (await (await platform.tokens.fetch('platform-admin', `${platform.url}/api/search?type=enterprise&limit=1`)).json()) as { total: number };
    expect(indexed.total).toBe(stored.length);
    const sample = [...acknowledged.entries()].filter((_, i) => i % Math.ceil(acknowledged.size / 25) === 0);
    for (const [name, id] of sample) {
      const hits = (await (await platform.tokens.fetch('platform-admin', `${platform.url}/api/search?type=enterprise&q=${encodeURIComponent(name)}`)).json()) as { hits: Array<{ id: string }> };
      expect(hits.hits.map((h) => h.id)).toContain(id);
    }
  }, 600_000);
});
