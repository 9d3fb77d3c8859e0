/**
 * The answers of `POST /api/match` as a digest, to check that a change meant to be faster answers
 * exactly as before: starts the platform on a data dir a bench run kept (bench-server.process.ts),
 * sends `--profiles` of the bench's query profiles (another stream range than the load's), each with
 * a limit, a language and sometimes types varied by its index, and hashes every response body as
 * sent (bytes, so the serialisation counts too). Prints one JSON line: the digest of them all, and
 * the first differing index can be found by comparing the `--out` files (one hash a line) of two
 * checkouts (cd to the other checkout and give this file's path). Answers depend on the day.
 *
 *   node -r @swc-node/register tools/bench/bench-match-digest.cli.ts --data-dir DIR [--profiles 600] [--out FILE]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BenchServerProcess } from './bench-server.process';
import { syntheticMatchRequest } from './synthetic-data.generator';

const LIMITS = [20, 5, 60, 1, 100];
const LANGUAGES = [null, 'en', 'zh-Hant', 'zh-Hans'];
const TYPES = [null, null, ['event'], ['programme', 'service-provider'], ['measure', 'service-category']];

/** Request `i`: a query profile with its options varied by index (some cut down to one field, for partial and empty answers). */
function request(seed: number, i: number): Record<string, unknown> {
  const profile = syntheticMatchRequest(seed, 30_000 + i);
  const types = TYPES[i % TYPES.length];
  const cut = i % 11 === 0 ? { industry: '', products: '', needs: '' } : i % 13 === 0 ? { needs: '', markets: '', name: '' } : {};
  return { ...profile, ...cut, limit: LIMITS[i % LIMITS.length], language: LANGUAGES[(i >> 1) % LANGUAGES.length], ...(types ? { types } : {}) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, profiles: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir DIR is required (a data dir the bench kept)');
  const seed = Number(values.seed ?? 14);
  const count = Number(values.profiles ?? 600);
  const server = await BenchServerProcess.start(dataDir, 'fastify');
  try {
    const all = createHash('sha256');
    const lines: string[] = [];
    let results = 0;
    for (let i = 0; i < count; i++) {
      const res = await fetch(`${server.url}/api/match`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request(seed, i)) });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`request ${i} answered ${res.status}: ${text.slice(0, 300)}`);
      results += (JSON.parse(text) as { results: unknown[] }).results.length;
      const hash = createHash('sha256').update(`${res.headers.get('content-type')}\n${text}`).digest('hex');
      all.update(hash);
      lines.push(hash);
    }
    if (values.out) writeFileSync(values.out, `${lines.join('\n')}\n`);
    console.log(JSON.stringify({ dataDir, profiles: count, results, digest: all.digest('hex') }));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
