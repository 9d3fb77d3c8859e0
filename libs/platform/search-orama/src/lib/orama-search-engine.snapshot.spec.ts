/** Snapshots of the Orama adapter: a loaded index answers and changes exactly as the saved one; a bad file is refused, never half-loaded. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchQuery } from '@fhk/platform/search';
import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import { encodeSnapshot, readSnapshotFile, SNAPSHOT_FORMAT } from '@fhk/shared/util';
import { OPPORTUNITIES, specFor } from '@fhk/platform/search/testing';
import { OramaSearchEngine } from './orama-search-engine.adapter';
import { SEARCH_SNAPSHOT_FORMAT } from './orama-snapshot.records';

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

  it('refuses a snapshot of another body format instead of misreading it', async () => {
    await savedEngine();
    const file = join(dir, 'opps.snapshot');
    const records: unknown[] = [];
    const read = await readSnapshotFile(file, (record) => void records.push(record));
    if (!read || 'problem' in read) throw new Error(String(read && read.problem));
    const { format: _format, ...head } = records[0] as Record<string, unknown>;
    // A head without a format number (as format 1 wrote none), and one from a later format.
    writeFileSync(file, Buffer.concat(encodeSnapshot([head, ...records.slice(1)])));
    const target = engine();
    await expect(target.loadSnapshot(specFor('opps'))).resolves.toEqual({ loaded: false, problem: `search snapshot format 1, expected ${SEARCH_SNAPSHOT_FORMAT}` });
    writeFileSync(file, Buffer.concat(encodeSnapshot([{ ...head, format: SEARCH_SNAPSHOT_FORMAT + 1 }, ...records.slice(1)])));
    await expect(target.loadSnapshot(specFor('opps'))).resolves.toEqual({ loaded: false, problem: `search snapshot format ${SEARCH_SNAPSHOT_FORMAT + 1}, expected ${SEARCH_SNAPSHOT_FORMAT}` });
    // What the file format 1 wrote: one serialised body after the checksum, no records.
    const body = serialize({ ...head, format: 2 });
    writeFileSync(file, Buffer.concat([Buffer.from('FHKSNAP'), Buffer.from([1]), createHash('sha256').update(body).digest(), body]));
    await expect(target.loadSnapshot(specFor('opps'))).resolves.toEqual({ loaded: false, problem: `snapshot format 1, expected ${SNAPSHOT_FORMAT}` });
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
