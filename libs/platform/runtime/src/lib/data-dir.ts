import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** DATA_DIR cannot hold the embedded files: the process stops with one line naming it and the problem. */
export class DataDirError extends Error {
  constructor(
    readonly dataDir: string,
    readonly problem: string,
  ) {
    super(`DATA_DIR=${dataDir}: ${problem}`);
    this.name = 'DataDirError';
  }
}

const codeOf = (error: unknown): string => (error as { code?: string })?.code ?? (error as Error)?.message ?? String(error);

const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a directory',
  ENOSPC: 'no space left on the device',
  SQLITE_CANTOPEN: 'a store file cannot be opened',
  SQLITE_NOTADB: 'a store file is not an SQLite database',
  SQLITE_CORRUPT: 'a store file is corrupt',
  SQLITE_READONLY: 'a store file is read-only',
  SQLITE_IOERR: 'an I/O error reading a store file',
  SQLITE_FULL: 'no space left on the device',
};

/** Creates DATA_DIR when missing and proves it writable (a probe file), or throws DataDirError. */
export function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
    const probe = join(dataDir, `.write-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    const code = codeOf(error);
    throw new DataDirError(dataDir, `cannot be created or written (${WHY[code] ?? code})`);
  }
}

/** Runs `open` (an embedded store or log file in DATA_DIR); a file-system or SQLite failure becomes a DataDirError. */
export function openInDataDir<T>(dataDir: string, file: string, open: () => T): T {
  const translate = (error: unknown): never => {
    const code = codeOf(error);
    if (!(code in WHY) && !code.startsWith('SQLITE_')) throw error;
    throw new DataDirError(dataDir, `${file} cannot be opened (${WHY[code] ?? code})`);
  };
  try {
    const opened = open();
    return (opened instanceof Promise ? opened.catch(translate) : opened) as T;
  } catch (error) {
    return translate(error);
  }
}
