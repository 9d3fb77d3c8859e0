import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..', '..');

export function freePort(): Promise<number> {
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

export interface PortalServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${log()}`);
    try {
      const ready = await fetch(`${url}/api/health/ready`);
      // Ready (the matcher has caught up with everything stored) and the seeded catalogue is searchable.
      if (ready.ok) {
        const events = (await (await fetch(`${url}/api/search?q=tea`)).json()) as { total?: number };
        if ((events.total ?? 0) > 0) return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`npm start did not become ready within ${timeoutMs} ms:\n${log()}`);
}

/** `npm start` exactly as a user runs it (the portal is built first when missing or stale), on a free port. */
export async function startPortalServer(): Promise<PortalServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  // The server writes to a file, not a pipe: it outlives this process's interest in its output
  // (a write to a closed pipe would kill it, e.g. the OIDC library's first-logout notice).
  mkdirSync(join(ROOT, 'tmp', 'e2e-artifacts'), { recursive: true });
  const logFile = join(ROOT, 'tmp', 'e2e-artifacts', 'server.log');
  const log = openSync(logFile, 'w');
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(url, child, () => readFileSync(logFile, 'utf8').slice(-4000), 180_000);
  return { url, dataDir, process: child };
}

export async function stopPortalServer(pid: number, dataDir: string): Promise<void> {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // stopped
  }
  rmSync(dataDir, { recursive: true, force: true });
}
