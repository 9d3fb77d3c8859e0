import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { encodeSnapshot, readSnapshotFile, SNAPSHOT_FORMAT, writeSnapshotFile } from './snapshot-file';

describe('snapshot files', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'snapshot-file-'));
    file = join(dir, 'x.snapshot');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const readAll = async () => {
    const records: unknown[] = [];
    const read = await readSnapshotFile(file, (record) => void records.push(record));
    return { read, records };
  };

  it('reads back every record in order, typed arrays as copies of their own (no view into the read buffer)', async () => {
    // Larger than the first read buffer, so the buffer grows and is reused between records.
    const big = new Uint32Array(600_000).map((_, at) => at);
    const written = [{ head: 1 }, new Map([['a', new Set([1, 2])]]), big, Buffer.from('tail'), [new Float64Array([0.5, 1.5])]];
    await writeSnapshotFile(file, encodeSnapshot(written));
    const { read, records } = await readAll();
    expect(read).toEqual({ records: written.length });
    // Checked part by part: what v8 deserialises belongs to Node's realm, not Jest's (no deep equality across them).
    expect(JSON.stringify(records[0])).toBe('{"head":1}');
    expect([...(records[1] as Map<string, Set<number>>)].map(([key, set]) => [key, [...set]])).toEqual([['a', [1, 2]]]);
    expect((records[2] as Uint32Array).length).toBe(600_000);
    expect(Array.from((records[4] as Float64Array[])[0])).toEqual([0.5, 1.5]);
    expect(Array.from(records[2] as Uint32Array).slice(-2)).toEqual([599_998, 599_999]);
    const copied = records[2] as Uint32Array;
    expect(copied.buffer.byteLength).toBe(copied.byteLength);
    expect((records[3] as Buffer).toString()).toBe('tail');
  });

  it('refuses a truncated or corrupt file, a foreign file and the older one-body layout, with a reason', async () => {
    await writeSnapshotFile(file, encodeSnapshot([{ a: 1 }, 'two', [3]]));
    const good = readFileSync(file);
    writeFileSync(file, good.subarray(0, good.length - 2));
    await expect(readAll()).resolves.toMatchObject({ read: { problem: 'checksum mismatch (truncated or corrupt)' } });
    const flipped = Buffer.from(good);
    flipped[flipped.length - 1] ^= 0xff;
    writeFileSync(file, flipped);
    await expect(readAll()).resolves.toMatchObject({ read: { problem: 'checksum mismatch (truncated or corrupt)' } });
    writeFileSync(file, 'not one');
    await expect(readAll()).resolves.toMatchObject({ read: { problem: 'not a snapshot file' } });
    const body = serialize({ a: 1 });
    writeFileSync(file, Buffer.concat([Buffer.from('FHKSNAP'), Buffer.from([1]), createHash('sha256').update(body).digest(), body]));
    await expect(readAll()).resolves.toEqual({ read: { problem: `snapshot format 1, expected ${SNAPSHOT_FORMAT}` }, records: [] });
  });

  it('stops handing records over once the owner refuses one, and reports its reason', async () => {
    await writeSnapshotFile(file, encodeSnapshot(['head', 'one', 'two']));
    const seen: unknown[] = [];
    const read = await readSnapshotFile(file, (record) => {
      seen.push(record);
      if (record === 'one') throw new Error('not mine');
    });
    expect(read).toEqual({ problem: 'not mine' });
    expect(seen).toEqual(['head', 'one']);
  });

  it('is null without a file, and removes what a killed writer left', async () => {
    writeFileSync(`${file}.999.tmp`, 'half');
    await expect(readSnapshotFile(file, () => undefined)).resolves.toBeNull();
    await expect(import('node:fs').then((fs) => fs.existsSync(`${file}.999.tmp`))).resolves.toBe(false);
  });
});
