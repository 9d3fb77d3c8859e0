import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitFor } from '@fhk/shared/util';

const root = join(__dirname, '..', '..', '..', '..', '..');

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

/**
 * An app as a user starts it (`node -r @swc-node/register apps/<app>/src/main.ts`), in a child
 * process on 127.0.0.1 that a test can stop, kill -9 and start again with the same data.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];

  constructor(
    /** The entry file, relative to the repository root. */
    readonly entry: string,
    readonly dataDir: string,
    readonly port: number,
    private readonly env: Record<string, string> = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(timeoutMs = 180_000): Promise<void> {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', this.entry], {
      cwd: root,
      env: { ...process.env, DATA_DIR: this.dataDir, PORT: String(this.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (d) => this.output.push(String(d)));
    this.child.stderr?.on('data', (d) => this.output.push(String(d)));
    await waitFor(
      async () => {
        if (this.child?.exitCode !== null) throw new Error(`${this.entry} exited early:\n${this.output.join('')}`);
        return (await fetch(`${this.url}/api/health/ready`).catch(() => null))?.status === 200;
      },
      `${this.entry} to be ready`,
      timeoutMs,
    );
  }

  /** SIGKILL: no shutdown hooks, no flushing; only what was durable survives. */
  kill9(): Promise<void> {
    return this.signal('SIGKILL');
  }

  /** SIGTERM: a graceful shutdown (the consumer commits and leaves its group). */
  stop(): Promise<void> {
    return this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
