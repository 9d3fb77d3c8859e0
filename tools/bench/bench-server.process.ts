import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { http } from '@fhk/shared/util';
import type { FilterValue } from '@fhk/platform/search';

export type ServerCommand =
  | { cmd: 'metrics'; gc?: boolean; resetLoopDelay?: boolean }
  | { cmd: 'engine-search'; texts: string[]; filter?: Record<string, FilterValue | FilterValue[]>; facets?: string[]; limit?: number }
  | { cmd: 'engine-count' }
  | { cmd: 'close' };

export interface ServerMetrics {
  rssMb: number;
  heapUsedMb: number;
  /** What V8 holds for its heap (used or free): RSS beyond it is code, native memory and buffers. */
  heapTotalMb: number;
  /** V8's old space: held and used (held far above used is fragmentation, given back only by compaction). */
  oldSpaceMb: { held: number; used: number };
  /** Memory of ArrayBuffers and Buffers outside the heap, and all native memory V8 is told of. */
  arrayBuffersMb: number;
  externalMb: number;
  /** Linux `/proc/self/smaps_rollup`: RSS in anonymous memory (heap, malloc) and in mapped files (code, ICU data); null elsewhere. */
  residentMb: { anonymous: number; fileBacked: number } | null;
  peakRssMb: number;
  loopDelayMs: { p50: number; p99: number; max: number };
  /** CPU time the server process has used since it started (`process.cpuUsage`): user and system. */
  cpuMs: { user: number; system: number };
}

/** The platform under test in a child process (bench-server.cli.ts), driven over IPC. */
export class BenchServerProcess {
  private nextId = 0;
  private closing = false;
  /** Why the server is gone, once it is. */
  exited: string | null = null;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    /** From fork to the platform answering HTTP (index rebuilt from the read model). */
    readonly startupMs: number,
    /** The platform's own boot time inside the child (without Node's start and module loading). */
    readonly bootMs: number,
  ) {
    child.on('message', (message: { id?: number; result?: unknown; error?: string }) => {
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id as number);
      if (message.error) waiter.reject(new Error(message.error));
      else waiter.resolve(message.result);
    });
    child.on('exit', (code, signal) => {
      this.exited = `the bench server (pid ${child.pid}) exited (code ${code}, signal ${signal})`;
      if (!this.closing) console.error(`\n${this.exited}`);
      for (const waiter of this.pending.values()) waiter.reject(new Error(this.exited));
      this.pending.clear();
    });
  }

  /**
   * `httpAdapter`: HTTP_ADAPTER of the platform (express or fastify, ADR 0017).
   * `BENCH_SERVER_CPU_PROF=DIR`: the server runs with `--cpu-prof`, its profile written to DIR when it closes.
   */
  static start(dataDir: string, httpAdapter: string): Promise<BenchServerProcess> {
    const started = performance.now();
    const profileDir = process.env.BENCH_SERVER_CPU_PROF;
    const child = fork(join(__dirname, 'bench-server.cli.ts'), [], {
      execArgv: [...process.execArgv.filter((a) => !a.startsWith('--inspect')), '--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
      env: { ...process.env, BENCH_DATA_DIR: dataDir, HTTP_ADAPTER: httpAdapter },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the bench server exited with ${code} before it was ready`)));
      child.on('message', (message: { ready?: { url: string; bootMs: number }; failed?: string }) => {
        if (message.failed) reject(new Error(`the bench server failed to start: ${message.failed}`));
        if (message.ready) resolve(new BenchServerProcess(child, message.ready.url, performance.now() - started, message.ready.bootMs));
      });
    });
  }

  request<T>(command: ServerCommand): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, command });
    });
  }

  metrics(options: { gc?: boolean; resetLoopDelay?: boolean } = {}): Promise<ServerMetrics> {
    return this.request({ cmd: 'metrics', ...options });
  }

  /** Times the raw search-engine query (in the server, no HTTP, no matching) for each text. */
  engineSearch(texts: string[], options: Omit<Extract<ServerCommand, { cmd: 'engine-search' }>, 'cmd' | 'texts'> = {}): Promise<{ times: number[]; hits: number }> {
    return this.request({ cmd: 'engine-search', texts, ...options });
  }

  /** Resolves once `GET /api/health/ready` answers 200, asking every `pollMs` (each answer counts the index: not too often). */
  async untilReady(pollMs = 500): Promise<void> {
    while ((await http(`${this.url}/api/health/ready`)).status !== 200) await sleep(pollMs);
  }

  async close(): Promise<void> {
    if (this.exited) return;
    this.closing = true;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.request({ cmd: 'close' });
    this.child.kill();
    await exited;
  }
}
