/**
 * `npm run bench`: numbers, not assertions. Boots the embedded platform in this process with a
 * fresh data directory and measures:
 *   1. write throughput: profiles acknowledged per second by the API (16 concurrent clients);
 *   2. pipeline throughput: events per second through outbox → bus → matcher read model → index;
 *   3. event-to-searchable lag: from the API's 201 to the profile being found by /api/search (p50/p95/p99);
 *   4. matching latency: POST /api/match and the outreach list over all stored firms (p50/p99);
 *   5. read-model rebuild from the retained log: events replayed per second, time to swap, and
 *      search latency and failures while it runs (the no-downtime claim, measured);
 *   6. memory (RSS, heap) at the end;
 *   7. per section, how late the event loop ran (perf_hooks.monitorEventLoopDelay: p50/p99/max):
 *      long synchronous work anywhere in the platform shows up here.
 * Results are printed as a table and written to tmp/bench-results.json.
 *   BENCH_PROFILES (default 5000)   BENCH_LAG_SAMPLES (default 200)
 */
import { MultiBar, Presets, SingleBar } from 'cli-progress';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, startInProcessPlatform, waitUntilSettled } from '@fhk/composition/embedded';
import { EventLoopDelay, watchEventLoop } from '@fhk/shared/util';
import { progressOf, rebuildReadModel } from '../rebuild/read-model-rebuild.follower';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 5000);
const LAG_SAMPLES = Number(process.env.BENCH_LAG_SAMPLES ?? 200);
const CONCURRENCY = 16;

const CITIES = ['福州', '廈門', '泉州', '漳州', '莆田', '三明', '南平', '龍岩', '寧德', '安溪', '晉江', '福鼎'];
const PRODUCTS = ['鐵觀音 烏龍茶', '運動鞋', '鋰電池 儲能', '毛絨玩具', '陶瓷 茶具', '海產 鮑魚', 'LED 照明', '軟件 SaaS', '中成藥', '家具', 'garments and textiles', 'drones'];
const NEEDS = ['參展 找買家', '香港上市 融資', '資金池 稅務合規', '商標 專利', '法律諮詢 仲裁', '品牌建設', 'company registration in Hong Kong', 'technology transfer'];
const profile = (i: number, tag: string) => ({
  name: `${tag} 企業 ${i}`,
  city: CITIES[i % CITIES.length],
  products: PRODUCTS[i % PRODUCTS.length],
  needs: NEEDS[i % NEEDS.length],
  markets: i % 3 ? '東盟 香港' : 'Europe',
  employees: 5 + ((i * 37) % 2000),
  outreachConsent: i % 4 !== 0,
});

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const stats = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)), max: round(s[s.length - 1]) };
};
const round = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  console.log(`bench: ${PROFILES} profiles, ${LAG_SAMPLES} lag samples, node ${process.version}`);
  const platform = await startInProcessPlatform();
  await waitUntilSettled(platform.url, 120_000);
  const results: Record<string, unknown> = { profiles: PROFILES, at: new Date().toISOString() };
  const eventLoop: Record<string, EventLoopDelay> = {};
  let watchdog = watchEventLoop();
  const section = (name: string) => {
    eventLoop[name] = watchdog.stop();
    watchdog = watchEventLoop();
  };

  // 1 + 2: write throughput, then the pipeline behind it.
  const bars = new MultiBar({ hideCursor: true, clearOnComplete: false, noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
  const written = bars.create(PROFILES, 0, {}, { format: ' acknowledged by API |{bar}| {value}/{total}' });
  const indexed = bars.create(PROFILES, 0, {}, { format: ' indexed by matcher  |{bar}| {value}/{total}' });
  const started = Date.now();
  let next = 0;
  let acknowledged = 0;
  const writers = Array.from({ length: CONCURRENCY }, async () => {
    while (next < PROFILES) {
      const res = await platform.tokens.http('profiles-admin', `${platform.url}/api/enterprises`, { body: profile(next++, 'bench') });
      if (res.status !== 201) throw new Error(`write failed: ${res.status} ${res.text}`);
      written.update(++acknowledged);
    }
  });
  let indexedCount = 0;
  const watcher = (async () => {
    while (indexedCount < PROFILES) {
      indexedCount = (await platform.tokens.http<{ enterprises: number }>('platform-admin', `${platform.url}/api/matcher/index`)).body.enterprises;
      indexed.update(indexedCount);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  await Promise.all(writers);
  const writeSeconds = (Date.now() - started) / 1000;
  await watcher;
  const pipelineSeconds = (Date.now() - started) / 1000;
  bars.stop();
  results.writesPerSecond = round(PROFILES / writeSeconds);
  results.eventsPerSecondThroughPipeline = round(PROFILES / pipelineSeconds);
  section('writes');

  // 3: event-to-searchable lag, one profile at a time on a warm system.
  const lagBar = new SingleBar({ format: ' event → searchable  |{bar}| {value}/{total}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
  lagBar.start(LAG_SAMPLES, 0);
  const lags: number[] = [];
  for (let i = 0; i < LAG_SAMPLES; i++) {
    const name = `lagprobe${i}x${Date.now()}`;
    const res = await platform.tokens.http<{ id: string }>('profiles-admin', `${platform.url}/api/enterprises`, { body: { name, city: '福州', products: name } });
    const acked = performance.now();
    for (;;) {
      const found = await platform.tokens.http<{ hits: Array<{ id: string }> }>('platform-admin', `${platform.url}/api/search?type=enterprise&q=${name}`);
      if (found.body.hits.some((h) => h.id === res.body.id)) break;
    }
    lags.push(performance.now() - acked);
    lagBar.update(i + 1);
  }
  lagBar.stop();
  results.eventToSearchableMs = stats(lags);
  section('lag');

  // 4: matching latency.
  const forward: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await http(`${platform.url}/api/match`, { body: { ...profile(i, 'query'), outreachConsent: undefined } });
    forward.push(performance.now() - t);
  }
  results.forwardMatchMs = stats(forward);
  const reverse: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await platform.tokens.http('platform-admin', `${platform.url}/api/match/opportunities/event/hong-kong-international-tea-fair/enterprises?limit=50`);
    reverse.push(performance.now() - t);
  }
  results.outreachListMs = { ...stats(reverse), enterprises: PROFILES + LAG_SAMPLES };
  section('matching');

  // 5: read-model rebuild while searches keep coming.
  const rebuildBar = new SingleBar({ format: ' read-model rebuild  |{bar}| {value}/{total} {phase}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
  rebuildBar.start(1, 0, { phase: '' });
  const during: number[] = [];
  let failedSearches = 0;
  let rebuilding = true;
  const searcher = (async () => {
    while (rebuilding) {
      const t = performance.now();
      const res = await platform.tokens.http('platform-admin', `${platform.url}/api/search?q=${encodeURIComponent('茶')}&limit=20`);
      if (res.status !== 200) failedSearches++;
      during.push(performance.now() - t);
    }
  })();
  const rebuilt = await rebuildReadModel(platform.url, (run) => {
    const { phase, value, total } = progressOf(run);
    rebuildBar.setTotal(total);
    rebuildBar.update(value, { phase });
  });
  rebuilding = false;
  await searcher;
  rebuildBar.stop();
  results.readModelRebuild = {
    outcome: rebuilt.outcome,
    events: rebuilt.messages,
    ms: rebuilt.ms,
    eventsPerSecond: round(rebuilt.messages / (rebuilt.ms / 1000)),
    searchesDuring: during.length,
    failedSearchesDuring: failedSearches,
    searchDuringMs: stats(during),
  };

  section('rebuild');
  results.eventLoopDelayMs = Object.fromEntries(Object.entries(eventLoop).map(([name, d]) => [name, { p99: d.p99Ms, max: d.maxMs }]));
  watchdog.stop();
  const memory = process.memoryUsage();
  results.memoryMb = { rss: round(memory.rss / 2 ** 20), heapUsed: round(memory.heapUsed / 2 ** 20) };
  await platform.close();

  console.table(
    Object.entries(results)
      .filter(([k]) => k !== 'at')
      .map(([metric, value]) => ({ metric, value: typeof value === 'object' ? JSON.stringify(value) : value })),
  );
  const dir = join(__dirname, '..', '..', 'tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench-results.json'), JSON.stringify(results, null, 2));
  console.log('written to tmp/bench-results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
