import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ServiceProcess } from '@fhk/composition/embedded';
import { RoleTokens } from '@fhk/platform/auth';

export { freePort };

/** The platform as a user starts it (`npm start`), in a child process that a test can kill -9. */
export class PlatformProcess extends ServiceProcess {
  /** Demo-account tokens; the signing key lives in the data directory, so they survive a restart. */
  readonly tokens: RoleTokens;

  constructor(dataDir: string, port: number, env: Record<string, string> = {}) {
    super('apps/platform/src/main.ts', dataDir, port, { RATE_LIMIT_PER_MIN: '10000000', RATE_LIMIT_WRITES_PER_MIN: '10000000', ...env });
    this.tokens = new RoleTokens(`http://127.0.0.1:${port}`);
  }
}

/**
 * Registers a platform child process for the enclosing describe: started in a fresh data
 * directory (with `env(dataDir)` on top of the test's environment) before its tests, stopped and
 * removed after. Call the returned getter in tests.
 */
export function usePlatformProcess(prefix: string, env: (dataDir: string) => Record<string, string> = () => ({})): () => PlatformProcess {
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  let platform: PlatformProcess;
  beforeAll(async () => {
    platform = new PlatformProcess(dataDir, await freePort(), env(dataDir));
    await platform.start();
  }, 200_000);
  afterAll(async () => {
    await platform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return () => platform;
}
