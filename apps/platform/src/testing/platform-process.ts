import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { RoleTokens } from '@fhk/platform/auth';
import { waitFor } from '@fhk/shared/util';

const root = join(__dirname, '..', '..', '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The platform as a user starts it (`npm start`), in a child process that a test can kill -9. */
export class PlatformProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];

  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Demo-account tokens; the signing key lives in the data directory, so they survive a restart. */
  readonly tokens = new RoleTokens(`http://127.0.0.1:${this.port}`);

  async start(timeoutMs = 60_000): Promise<void> {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/platform/src/main.ts'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: this.dataDir, PORT: String(this.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test', RATE_LIMIT_PER_MIN: '10000000', RATE_LIMIT_WRITES_PER_MIN: '10000000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (d) => this.output.push(String(d)));
    this.child.stderr?.on('data', (d) => this.output.push(String(d)));
    await waitFor(
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`platform exited early:\n${this.output.join('')}`);
        return (await fetch(`${this.url}/api/health/ready`).catch(() => null))?.status === 200;
      },
      'the platform to be ready',
      timeoutMs,
    );
  }

  /** SIGKILL: no shutdown hooks, no flushing; only what was durable survives. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * Registers a platform child process for the enclosing describe: started in a fresh data
 * directory before its tests, stopped and removed after. Call the returned getter in tests.
 */
export function usePlatformProcess(prefix: string): () => PlatformProcess {
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  let platform: PlatformProcess;
  beforeAll(async () => {
    platform = new PlatformProcess(dataDir, await freePort());
    await platform.start();
  }, 90_000);
  afterAll(async () => {
    await platform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return () => platform;
}
