/**
 * `npm run rebuild`: rebuilds the matcher's read model from scratch on a running platform (or
 * matcher service) and shows the progress: replaying the retained owner events into staging,
 * swapping it in, rebuilding the search index. Searches keep being answered throughout.
 *   --url http://localhost:3000   where the matcher's API is (default: http://localhost:$PORT)
 */
import { Presets, SingleBar } from 'cli-progress';
import { progressOf, rebuildReadModel } from './read-model-rebuild.follower';

function baseUrl(argv: string[]): string {
  const at = argv.indexOf('--url');
  if (at >= 0 && !argv[at + 1]) throw new Error('--url needs a value, e.g. --url http://localhost:3000');
  return (at >= 0 ? argv[at + 1] : `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
}

async function main(): Promise<void> {
  const url = baseUrl(process.argv.slice(2));
  console.log(`rebuilding the matcher read model at ${url}`);
  const bar = new SingleBar({ format: ' {phase} |{bar}| {value}/{total}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 1000 }, Presets.shades_classic);
  let phase = '';
  const result = await rebuildReadModel(url, (run) => {
    const now = progressOf(run);
    if (now.phase !== phase) {
      if (phase) bar.stop();
      bar.start(now.total, now.value, { phase: now.phase.padEnd(10) });
      phase = now.phase;
    }
    bar.setTotal(now.total);
    bar.update(now.value, { phase: now.phase.padEnd(10) });
  });
  if (phase) bar.stop();
  if (result.outcome !== 'swapped') throw new Error(`rebuild ${result.id} failed: ${result.error}`);
  console.log(
    ` swapped in ${result.ms} ms: ${result.messages} events replayed (${result.skippedInvalid} invalid skipped), ` +
      `${result.enterprises} enterprises and ${result.opportunities} opportunities live, ${result.documents} documents indexed`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
