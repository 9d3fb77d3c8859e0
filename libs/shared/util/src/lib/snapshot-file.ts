/**
 * The file a snapshot of an in-memory structure lives in (the search index, ADR 0020; the matcher's
 * corpus, ADR 0021): `FHKSNAP` + a format byte, the SHA-256 of the body, then the body
 * (`v8.serialize` of what its owner saved: Maps, Sets, arrays and typed arrays as they are, shared
 * references kept, no JSON string, so no string-length limit). Written to a temporary file, fsynced, then renamed over the
 * old one (and the directory fsynced): a crash leaves the old snapshot or the new one, never half
 * of one. Anything that does not read back to exactly what was written is refused with a reason.
 */
import { createHash } from 'node:crypto';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

const MAGIC = Buffer.from('FHKSNAP');
/** Bump when the body's shape changes: an older file is refused (and its owner builds afresh). */
export const SNAPSHOT_FORMAT = 1;
const HEADER = MAGIC.length + 1 + 32;

const sha256 = (body: Buffer): Buffer => createHash('sha256').update(body).digest();

/** The body, serialised now (synchronously: what it reflects is one instant of the caller's state). */
export function encodeSnapshot(body: unknown): Buffer[] {
  const payload = serialize(body);
  return [Buffer.concat([MAGIC, Buffer.from([SNAPSHOT_FORMAT]), sha256(payload)]), payload];
}

/** The body, or why the bytes are not a snapshot this code wrote. */
export function decodeSnapshot(bytes: Buffer): { body: unknown } | { problem: string } {
  if (bytes.length < HEADER || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { problem: 'not a snapshot file' };
  if (bytes[MAGIC.length] !== SNAPSHOT_FORMAT) return { problem: `snapshot format ${bytes[MAGIC.length]}, expected ${SNAPSHOT_FORMAT}` };
  const payload = bytes.subarray(HEADER);
  if (!sha256(payload).equals(bytes.subarray(MAGIC.length + 1, HEADER))) return { problem: 'checksum mismatch (truncated or corrupt)' };
  try {
    return { body: deserialize(payload) };
  } catch (error) {
    return { problem: `cannot be deserialised: ${(error as Error).message}` };
  }
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

/** The file's bytes, or null when there is none. Temporary files a killed writer left beside it go first. */
export async function readSnapshotFile(file: string): Promise<Buffer | null> {
  const prefix = `${basename(file)}.`;
  const leftovers = (await readdir(dirname(file)).catch(() => [] as string[])).filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
  await Promise.all(leftovers.map((name) => rm(join(dirname(file), name), { force: true })));
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}
