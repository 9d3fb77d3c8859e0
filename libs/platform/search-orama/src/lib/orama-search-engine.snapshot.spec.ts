/** Snapshots of the Orama adapter: a loaded index answers and changes exactly as the saved one; a bad file is refused, never half-loaded. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchQuery } from '@fhk/platform/search';
import { decodeSnapshot, encodeSnapshot } from '@fhk/shared/util';
import { OPPORTUNITIES, specFor } from '@fhk/platform/search/testing';
import { OramaSearchEngine } from './orama-search-engine.adapter';

const QUERIES: SearchQuery[] = [
  { text: '', facets: ['city', 'sectors'] },
  { text: 'tea', facets: ['kind'] },
  { text: 'tea export' },
  { text: 'fair', filter: { city: 'Xiamen' }, facets: ['sectors'] },
  { text: '', filter: { sectors: ['tea', 'trade'] }, limit: 3, offset: 1 },
];

describe('OramaSearchEngine snapshots', () => {
  let dir: string;
  let engines: OramaSearchEngine[];
  const engine = () => {
    const made = new OramaSearchEngine({ snapshotDir: dir });
    engines.push(made);
    return made;
  };
  const answers = (target: OramaSearchEngine) => Promise.all(QUERIES.map((query) => target.search('opps', query)));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'orama-snapshot-'));
    engines = [];
  });
  afterEach(async () => {
    await Promise.all(engines.map((e) => e.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  async function savedEngine(): Promise<OramaSearchEngine> {
    const original = engine();
    await original.ensureIndex(specFor('opps'));
    await original.upsert('opps', OPPORTUNITIES);
    await original.remove('opps', [OPPORTUNITIES[2].id]);
    const saved = await original.saveSnapshot('opps', { reflects: 42 });
    expect(saved?.bytes).toBeGreaterThan(0);
    return original;
  }

  it('loads what was saved, with its meta: the same hits, scores, totals and facets, then the same after the same changes', async () => {
    const original = await savedEngine();
    const loaded = engine();
    await expect(loaded.loadSnapshot(specFor('opps'))).resolves.toEqual({ loaded: true, meta: { reflects: 42 }, documents: OPPORTUNITIES.length - 1 });
    expect(await answers(loaded)).toEqual(await answers(original));
    for (const target of [original, loaded]) {
      await target.upsert('opps', [{ ...OPPORTUNITIES[0], terms: 'tea renamed' }, OPPORTUNITIES[2]]);
      await target.remove('opps', [OPPORTUNITIES[1].id]);
    }
    expect(await answers(loaded)).toEqual(await answers(original));
    expect((await loaded.search('opps', { text: 'renamed' })).total).toBe(1);
    // Nothing is left of the write but the snapshot itself.
    expect(readdirSync(dir)).toEqual(['opps.snapshot']);
  });

  it('refuses a missing, truncated, corrupt or foreign file and other settings, leaving the engine as it was', async () => {
    const file = join(dir, 'opps.snapshot');
    const target = engine();
    writeFileSync(join(dir, 'opps.snapshot.12345.tmp'), 'left by a writer killed mid-write');
    await expect(target.loadSnapshot(specFor('opps'))).resolves.toEqual({ loaded: false, problem: 'no snapshot' });
    expect(readdirSync(dir)).toEqual([]);
    await savedEngine();
    const good = readFileSync(file);
    await expect(target.loadSnapshot(specFor('opps', ['extra']))).resolves.toEqual({ loaded: false, problem: 'snapshot of other index settings' });
    writeFileSync(file, good.subarray(0, good.length - 10));
    await expect(target.loadSnapshot(specFor('opps'))).resolves.toMatchObject({ loaded: false, problem: expect.stringMatching(/checksum/) });
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100] ^= 0xff;
    writeFileSync(file, flipped);
    await expect(target.loadSnapshot(specFor('opps'))).resolves.toMatchObject({ loaded: false, problem: expect.stringMatching(/checksum/) });
    writeFileSync(file, '{"not":"a snapshot"}');
    await expect(target.loadSnapshot(specFor('opps'))).resolves.toEqual({ loaded: false, problem: 'not a snapshot file' });
    expect(target.indexNames()).toEqual([]);
  });

  it('refuses a snapshot of an older body format (postings as plain arrays) instead of misreading it', async () => {
    await savedEngine();
    const file = join(dir, 'opps.snapshot');
    const decoded = decodeSnapshot(readFileSync(file));
    if (!('body' in decoded)) throw new Error(decoded.problem);
    // What format 1 wrote: the same body without a format number, postings as Maps of arrays.
    const { format: _format, ...older } = decoded.body as Record<string, unknown>;
    writeFileSync(file, Buffer.concat(encodeSnapshot(older)));
    const target = engine();
    await expect(target.loadSnapshot(specFor('opps'))).resolves.toEqual({ loaded: false, problem: 'search snapshot format 1, expected 2' });
    writeFileSync(file, Buffer.concat(encodeSnapshot({ ...older, format: 3 })));
    await expect(target.loadSnapshot(specFor('opps'))).resolves.toEqual({ loaded: false, problem: 'search snapshot format 3, expected 2' });
    expect(target.indexNames()).toEqual([]);
  });

  it('keeps no snapshot without a directory', async () => {
    const plain = new OramaSearchEngine();
    engines.push(plain);
    await plain.ensureIndex(specFor('opps'));
    await expect(plain.saveSnapshot('opps', null)).resolves.toBeNull();
    await expect(plain.loadSnapshot(specFor('opps'))).resolves.toMatchObject({ loaded: false });
    expect(existsSync(join(dir, 'opps.snapshot'))).toBe(false);
  });
});
