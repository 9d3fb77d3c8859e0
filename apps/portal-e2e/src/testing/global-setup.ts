import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startPortalServer } from './portal-server';

export const STATE_FILE = join(ROOT, 'tmp', 'portal-e2e-server.json');
export const ARTIFACTS = join(ROOT, 'tmp', 'e2e-artifacts');

/** One `npm start` for the whole run; its URL reaches the tests through a state file. */
export default async function globalSetup(): Promise<void> {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startPortalServer();
  writeFileSync(STATE_FILE, JSON.stringify({ url: server.url, pid: server.process.pid, dataDir: server.dataDir }));
  server.process.unref();
}
