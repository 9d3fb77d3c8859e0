/**
 * The file a snapshot of an in-memory structure lives in (the search index, ADR 0020; the matcher's
 * corpus, ADR 0021): `FHKSNAP` + a format byte, the SHA-256 of the records, then the records, each a
 * little-endian u32 length and the `v8.serialize` of one value (Maps, Sets, arrays and typed arrays
 * as they are, no JSON string). Its owner writes it as many small records (a chunk of rows, one part
 * of an index), so reading needs no buffer the size of the file: records are read one at a time into
 * one buffer that is reused, each deserialised and handed to the owner before the next is read.
 * Written to a temporary file, fsynced, then renamed over the old one (and the directory fsynced): a
 * crash leaves the old snapshot or the new one, never half of one. Anything that does not read back
 * to exactly what was written is refused with a reason; as the checksum is known only at the end, an
 * owner builds what it reads apart and adopts it only once the read has succeeded.
 */
import { createHash } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DefaultDeserializer, serialize } from 'node:v8';

const MAGIC = Buffer.from('FHKSNAP');
/**
 * Bump when the layout changes: an older file is refused (and its owner builds afresh).
 * 2: length-prefixed records (1: one `v8.serialize`d body).
 */
export const SNAPSHOT_FORMAT = 2;
const HEADER = MAGIC.length + 1 + 32;
/** The read buffer's first size; it grows to the largest record. */
const FIRST_BUFFER = 1 << 20;

const lengthOf = (payload: Buffer): Buffer => {
  const prefix = Buffer.allocUnsafe(4);
  prefix.writeUInt32LE(payload.length);
  return prefix;
};

/** One record as it is written (its length, then its bytes), serialised now. */
export function encodeSnapshotRecord(record: unknown): Buffer[] {
  const payload = serialize(record);
  return [lengthOf(payload), payload];
}

/** The file's parts: its header (magic, format, checksum of the records' parts), then those parts. */
export function snapshotParts(recordParts: Buffer[]): Buffer[] {
  const hash = createHash('sha256');
  for (const part of recordParts) hash.update(part);
  return [Buffer.concat([MAGIC, Buffer.from([SNAPSHOT_FORMAT]), hash.digest()]), ...recordParts];
}

/** The records, serialised now (synchronously: what they reflect is one instant of the caller's state). */
export const encodeSnapshot = (records: readonly unknown[]): Buffer[] => snapshotParts(records.flatMap(encodeSnapshotRecord));

/**
 * `v8.deserialize` that copies typed arrays out of the bytes read: Node's deserialiser otherwise
 * returns views into them, which would keep the whole read buffer alive (and, as it is reused,
 * see it overwritten by the next record).
 */
class CopyingDeserializer extends DefaultDeserializer {
  _readHostObject(): unknown {
    const view = (DefaultDeserializer.prototype as unknown as { _readHostObject(this: DefaultDeserializer): NodeJS.ArrayBufferView })._readHostObject.call(this);
    if (Buffer.isBuffer(view)) return Buffer.from(view);
    if (view instanceof DataView) return new DataView(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
    return (view as unknown as Uint8Array).slice();
  }
}

function deserializeCopying(bytes: Buffer): unknown {
  const deserializer = new CopyingDeserializer(bytes);
  deserializer.readHeader();
  return deserializer.readValue();
}

/** Writes the parts durably in place of `file` (atomic rename). */
export async function writeSnapshotFile(file: string, parts: Buffer[]): Promise<number> {
  const temporary = `${file}.${process.pid}.tmp`;
  let bytes = 0;
  try {
    const handle = await open(temporary, 'w');
    try {
      for (const part of parts) {
        await handle.write(part);
        bytes += part.length;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const directory = await open(dirname(file), 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
  return bytes;
}

/** What reading a snapshot file gave: how many records it handed over, or why it was refused. */
export type SnapshotRead = { records: number } | { problem: string };

/**
 * Reads the file's records in order, handing each, deserialised, to `take` (which may be async, and
 * throws to refuse the snapshot: its message is the problem). Null when there is no file. Temporary
 * files a killed writer left beside it go first.
 */
export async function readSnapshotFile(file: string, take: (record: unknown, index: number) => void | Promise<void>): Promise<SnapshotRead | null> {
  const prefix = `${basename(file)}.`;
  const leftovers = (await readdir(dirname(file)).catch(() => [] as string[])).filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
  await Promise.all(leftovers.map((name) => rm(join(dirname(file), name), { force: true })));
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return await readRecords(handle, take);
  } finally {
    await handle.close();
  }
}

async function readRecords(handle: import('node:fs/promises').FileHandle, take: (record: unknown, index: number) => void | Promise<void>): Promise<SnapshotRead> {
  const { size } = await handle.stat();
  const header = Buffer.alloc(HEADER);
  const { bytesRead } = await handle.read(header, 0, HEADER, 0);
  if (bytesRead < HEADER || !header.subarray(0, MAGIC.length).equals(MAGIC)) return { problem: 'not a snapshot file' };
  if (header[MAGIC.length] !== SNAPSHOT_FORMAT) return { problem: `snapshot format ${header[MAGIC.length]}, expected ${SNAPSHOT_FORMAT}` };
  const hash = createHash('sha256');
  const prefix = Buffer.alloc(4);
  let buffer = Buffer.allocUnsafeSlow(FIRST_BUFFER);
  let records = 0;
  // A record that cannot be read or is refused: the rest is still hashed, so that a corrupt file
  // says so rather than what the corruption made of one record.
  let refused: string | null = null;
  const truncated = { problem: 'checksum mismatch (truncated or corrupt)' };
  for (let position = HEADER; position < size; ) {
    if ((await handle.read(prefix, 0, 4, position)).bytesRead < 4) return truncated;
    const length = prefix.readUInt32LE(0);
    if (position + 4 + length > size) return truncated;
    if (length > buffer.length) buffer = Buffer.allocUnsafeSlow(Math.max(length, buffer.length * 2));
    const payload = buffer.subarray(0, length);
    if ((await handle.read(payload, 0, length, position + 4)).bytesRead < length) return truncated;
    hash.update(prefix).update(payload);
    position += 4 + length;
    if (refused !== null) continue;
    let record: unknown;
    try {
      record = deserializeCopying(payload);
    } catch (error) {
      refused = `cannot be deserialised: ${(error as Error).message}`;
      continue;
    }
    try {
      await take(record, records++);
    } catch (error) {
      refused = (error as Error).message;
    }
  }
  if (!hash.digest().equals(header.subarray(MAGIC.length + 1))) return truncated;
  return refused === null ? { records } : { problem: refused };
}
