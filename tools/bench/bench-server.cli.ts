/**
 * The platform under test, in its own process (forked by bench-server.process.ts), so that the
 * memory, the event-loop delay and the raw search-engine baseline are the server's own, and every
 * HTTP figure crosses a real socket from another process. Answers the parent over IPC.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { startInProcessPlatform } from '@fhk/composition/embedded';
import { analyzeForQuery } from '@fhk/matcher/core';
import { SEARCH_ENGINE, SearchEngine } from '@fhk/platform/search';
import type { ServerCommand } from './bench-server.process';

/** The matcher's search index (libs/matcher/feature search-document.mapper); checked against GET /api/matcher/index at start. */
const MATCHER_INDEX = 'matcher-search';
/** The histogram records whole timer intervals: the delay is what exceeds the resolution. */
const LOOP_DELAY_RESOLUTION_MS = 10;
const delayMs = (ns: number) => Math.max(0, ns / 1e6 - LOOP_DELAY_RESOLUTION_MS);

/** Resident memory by kind (Linux only): anonymous (V8's heap, malloc, buffers) and file-backed (code, mapped data). */
function residentMb(): { anonymous: number; fileBacked: number } | null {
  let rollup: string;
  try {
    rollup = readFileSync('/proc/self/smaps_rollup', 'utf8');
  } catch {
    return null;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
  return { anonymous: kb('Anonymous') / 1024, fileBacked: (kb('Rss') - kb('Anonymous')) / 1024 };
}

async function main(): Promise<void> {
  const dataDir = process.env.BENCH_DATA_DIR;
  if (!dataDir) throw new Error('BENCH_DATA_DIR is not set');
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
  loopDelay.enable();
  const started = performance.now();
  // SEARCH_SNAPSHOT=false: the index rebuilt at every start (bench-startup.cli.ts compares both).
  const env = process.env.SEARCH_SNAPSHOT ? { SEARCH_SNAPSHOT: process.env.SEARCH_SNAPSHOT } : undefined;
  const platform = await startInProcessPlatform({ dataDir, env });
  const bootMs = performance.now() - started;
  const engine = platform.app.get<SearchEngine>(SEARCH_ENGINE, { strict: false });
  const gc = (globalThis as { gc?: () => void }).gc;

  const answer = async (command: ServerCommand): Promise<unknown> => {
    switch (command.cmd) {
      case 'metrics': {
        if (command.gc && gc) gc();
        const memory = process.memoryUsage();
        const cpu = process.cpuUsage();
        const oldSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'old_space');
        const result = {
          rssMb: memory.rss / 2 ** 20,
          heapUsedMb: memory.heapUsed / 2 ** 20,
          heapTotalMb: memory.heapTotal / 2 ** 20,
          oldSpaceMb: { held: (oldSpace?.space_size ?? 0) / 2 ** 20, used: (oldSpace?.space_used_size ?? 0) / 2 ** 20 },
          arrayBuffersMb: memory.arrayBuffers / 2 ** 20,
          externalMb: memory.external / 2 ** 20,
          residentMb: residentMb(),
          peakRssMb: process.resourceUsage().maxRSS / 1024,
          loopDelayMs: { p50: delayMs(loopDelay.percentile(50)), p99: delayMs(loopDelay.percentile(99)), max: delayMs(loopDelay.max) },
          cpuMs: { user: cpu.user / 1000, system: cpu.system / 1000 },
        };
        if (command.resetLoopDelay) loopDelay.reset();
        return result;
      }
      case 'engine-search': {
        const times: number[] = [];
        let hits = 0;
        for (const text of command.texts) {
          const tokens = analyzeForQuery(text);
          const t = performance.now();
          const result = await engine.search(MATCHER_INDEX, { text: tokens.join(' '), filter: command.filter, facets: command.facets, limit: command.limit ?? 20 });
          times.push(performance.now() - t);
          hits += result.total;
        }
        return { times, hits };
      }
      case 'engine-count':
        return engine.count(MATCHER_INDEX);
      case 'close':
        await platform.close({ keepData: true });
        return null;
    }
  };

  process.on('message', (message: { id: number; command: ServerCommand }) => {
    answer(message.command).then(
      (result) => process.send?.({ id: message.id, result }),
      (error: Error) => process.send?.({ id: message.id, error: error.message }),
    );
  });
  // Under --cpu-prof (BENCH_SERVER_CPU_PROF, bench-server.process.ts) the profile is written on exit, which SIGTERM would skip.
  if (process.execArgv.includes('--cpu-prof')) process.once('SIGTERM', () => process.exit(0));
  process.send?.({ ready: { url: platform.url, bootMs } });
}

main().catch((error) => {
  process.send?.({ failed: error instanceof Error ? error.message : String(error) });
  console.error(error);
  process.exit(1);
});
