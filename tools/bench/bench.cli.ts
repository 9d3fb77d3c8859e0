/**
 * `npm run bench`: numbers, not assertions (see README "Performance"). Starts the platform in a
 * child process with a fresh data directory, loads deterministic synthetic data through the
 * public APIs, measures every figure of issue 14 beside a baseline from the same run, prints one
 * markdown table and writes tmp/bench-results.json. `npm run bench -- --help` lists the flags.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { waitUntilSettled } from '@fhk/composition/embedded';
import { BenchHttpClient } from './bench-http.client';
import { loadFirms, loadOpportunities, LoadResult } from './bench-loading.phase';
import { measureEventToSearchable, measureForwardMatch, measureHttpFloor, measureHttpLoad, measureOutreach, measureReadModelRebuild, measureSearch, warmUpMatch } from './bench-measurements.phase';
import { BENCH_USAGE, BenchOptions, CoreSizes, parseBenchOptions } from './bench-options';
import { coreMatchingTable, measureCoreMatching } from './core-matching.phase';
import { benchRows, BenchResults, markdownTable } from './bench-report';
import { BenchServerProcess } from './bench-server.process';
import { describeError } from './bench-stats';

async function run(options: BenchOptions): Promise<BenchResults> {
  const began = performance.now();
  if (options.dataDir && existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0) {
    throw new Error(`--data-dir ${options.dataDir} is not empty: the bench loads its data into a fresh directory`);
  }
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fhk-bench-'));
  mkdirSync(dataDir, { recursive: true });
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg(), loadAverageAtEnd: [] as number[] };
  console.log(`bench: firms ${options.firmSizes.join('/')}, opportunities ${options.opportunitySizes.join('/')} (+ shipped), seed ${options.seed}, ${machine.cpus} × ${machine.cpuModel}, node ${machine.node}, load ${machine.loadAverageAtStart.map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`data dir ${dataDir}`);

  const [adapter, ...otherAdapters] = options.httpAdapters;
  let server = await BenchServerProcess.start(dataDir, adapter);
  const emptyStartupMs = server.startupMs;
  console.log(`start-up on the empty data dir: ${(emptyStartupMs / 1000).toFixed(1)} s`);
  try {
    const client = new BenchHttpClient(server.url);
    await waitUntilSettled(server.url, 300_000); // the shipped catalogue and calendar, seeded at start
    let documents = (await client.indexStatus()).documents;
    const engineDocuments = await server.request<number>({ cmd: 'engine-count' });
    if (engineDocuments !== documents) throw new Error(`the engine baseline reads an index of ${engineDocuments} documents, the matcher reports ${documents}: is the index name still "matcher-search"?`);
    const shippedDocuments = documents;
    await server.metrics({ resetLoopDelay: true }); // the whole-run loop delay starts after the boot

    const opportunityImports: LoadResult[] = [];
    const forwardMatch: BenchResults['forwardMatch'] = [];
    let opportunities = 0;
    for (const size of options.opportunitySizes) {
      opportunityImports.push(await loadOpportunities(client, options.seed, opportunities, size, documents));
      documents += size - opportunities;
      opportunities = size;
      forwardMatch.push({ opportunities: size, ...(await measureForwardMatch(client, server, options.seed, options.matchSamples, size)) });
    }
    const httpFloor = await measureHttpFloor(client, options.matchSamples);
    const httpLoad = await measureHttpLoad(client, server, options.seed, options.connections, options.durationSeconds);

    const firmImports: LoadResult[] = [];
    const outreach: BenchResults['outreach'] = [];
    const memory: BenchResults['memory'] = [];
    let firms = 0;
    for (const size of options.firmSizes) {
      firmImports.push(await loadFirms(client, options.seed, firms, size, documents, options.writers));
      documents += size - firms;
      firms = size;
      const m = await server.metrics({ gc: true });
      memory.push({ firms: size, opportunities, rssMb: m.rssMb, heapUsedMb: m.heapUsedMb });
      const last = firmImports[firmImports.length - 1];
      console.log(` ${size} firms: searchable ${last.searchablePerSecond.toFixed(0)}/s (acknowledged ${(last.added / last.acknowledgedSeconds).toFixed(0)}/s); after GC RSS ${Math.round(m.rssMb)} MB, heap ${Math.round(m.heapUsedMb)} MB; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
      outreach.push({ firms: size, ...(await measureOutreach(client, server, options.seed, options.outreachSamples, size)) });
    }
    const search = { firms, opportunities, ...(await measureSearch(client, server, options.seed, options.searchSamples)) };
    const eventToSearchable = await measureEventToSearchable(client, options.seed, options.lagSamples);
    const finalMetrics = await server.metrics();
    const readModelRebuild = await measureReadModelRebuild(client, options.seed);
    await server.close();

    process.stdout.write(' start-up with the loaded data dir… ');
    server = await BenchServerProcess.start(dataDir, adapter);
    const after = await server.metrics({ gc: true });
    const restartedDocuments = (await new BenchHttpClient(server.url).indexStatus()).documents;
    if (restartedDocuments < documents) throw new Error(`after the restart the index holds ${restartedDocuments} of ${documents} documents`);
    console.log(`${(server.startupMs / 1000).toFixed(1)} s`);
    const startup = { firms, opportunities, startupMs: server.startupMs, bootMs: server.bootMs, rssMb: after.rssMb, emptyStartupMs };

    // The same load on each HTTP adapter, same data, one fresh process each (ADR 0017).
    const httpAdapters: BenchResults['httpAdapters'] = [];
    for (const name of [adapter, ...otherAdapters]) {
      if (name !== adapter) {
        await server.close();
        console.log(` ${name}: start-up…`);
        server = await BenchServerProcess.start(dataDir, name);
      }
      const adapterClient = new BenchHttpClient(server.url);
      await warmUpMatch(adapterClient, options.seed, options.matchSamples);
      httpAdapters.push({ adapter: name, firms, opportunities, startupMs: server.startupMs, ...(await measureHttpLoad(adapterClient, server, options.seed, options.connections, options.durationSeconds)) });
    }
    await server.close();

    machine.loadAverageAtEnd = loadavg();
    return {
      at: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      machine,
      shippedDocuments,
      opportunityImports,
      forwardMatch,
      httpFloor,
      httpLoad,
      firmImports,
      outreach,
      memory,
      search,
      eventToSearchable,
      readModelRebuild,
      peakRssMb: finalMetrics.peakRssMb,
      loopDelayWholeRunMs: finalMetrics.loopDelayMs,
      startup,
      httpAdapters,
      durationSeconds: (performance.now() - began) / 1000,
      networkRetries: client.networkRetries,
    };
  } catch (error) {
    await server.close().catch(() => undefined);
    throw error;
  } finally {
    if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(BENCH_USAGE);
    return;
  }
  if (options.core) {
    await runCore(options, options.core);
    return;
  }
  const results = await run(options);
  const rows = benchRows(results);
  const table = markdownTable(rows);
  console.log(`\n${table}\n\n${results.command} · ${results.machine.cpus} × ${results.machine.cpuModel} · ${Math.round(results.durationSeconds)} s`);
  const dir = join(__dirname, '..', '..', 'tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench-results.json'), JSON.stringify({ ...results, rows, table }, null, 2));
  console.log('written to tmp/bench-results.json');
}

/** `--core`: the matching core in-process, its own table and JSON (tmp/bench-core-results.json). */
async function runCore(options: BenchOptions, sizes: CoreSizes): Promise<void> {
  const began = performance.now();
  console.log(`bench --core: opportunities ${sizes.opportunitySizes.join('/')} (+ shipped), firms ${sizes.firmSizes.join('/')} (${sizes.distinctFirms} distinct), seed ${options.seed}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, node ${process.version}, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const figures = await measureCoreMatching({ seed: options.seed, ...sizes, matchSamples: options.matchSamples, outreachSamples: options.outreachSamples, outreachOpportunities: null });
  const table = coreMatchingTable(figures);
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`;
  console.log(`\n${table}\n\n${command} · ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'} · ${Math.round((performance.now() - began) / 1000)} s`);
  const dir = join(__dirname, '..', '..', 'tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench-core-results.json'), JSON.stringify({ at: new Date().toISOString(), command, ...figures, table }, null, 2));
  console.log('written to tmp/bench-core-results.json');
}

main().catch((error) => {
  console.error(describeError(error));
  // Let a dying server child report how it ended before this process goes.
  setTimeout(() => process.exit(1), 500);
});
