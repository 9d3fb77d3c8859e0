import { Logger } from '@nestjs/common';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Enterprise } from '@fhk/contracts';
import { analyseFirm, FirmAnalyser, FirmAnalysis } from './firm-analysis';
// Also so that the production build, which follows imports, compiles the worker's file beside this one.
import { FIRM_ANALYSIS_WORKER, FirmAnalysisAnswer, FirmAnalysisRequest } from './firm-analysis.worker';

/** The worker's file beside this one: `.ts` under the dev register (`npm start`, tests), `.js` in the build. */
const WORKER_FILE = join(__dirname, `firm-analysis.worker${extname(__filename)}`);
/** A TypeScript worker needs the dev register (workers inherit `execArgv`, which under jest has none). */
const WORKER_EXEC_ARGV =
  extname(__filename) === '.ts' && !process.execArgv.includes('@swc-node/register') ? [...process.execArgv, '-r', '@swc-node/register'] : process.execArgv;

/**
 * Batches smaller than this are analysed in this thread, and start no worker: a single edit's
 * round trip would only add latency (event -> searchable), and a start that seeds a few sample
 * firms pays no worker start-up.
 */
export const SMALLEST_BATCH_FOR_WORKERS = 8;

interface Pending {
  readonly firms: number;
  resolve(analyses: FirmAnalysis[]): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly worker: Worker;
  /** Until it has loaded the analysis code, batches are analysed in this thread instead of waiting. */
  ready: boolean;
  /** Requests sent and not answered, by batch number. */
  readonly pending: Map<number, Pending>;
  /** Firms sent and not answered: the next chunk goes to the least loaded worker. */
  load: number;
  /** Settles when it is ready, or has failed before. */
  readonly started: Promise<void>;
}

/**
 * `FirmAnalyser` over `size` worker threads (ADR 0022): a batch (of at least
 * SMALLEST_BATCH_FOR_WORKERS firms) is split into one chunk per ready worker, each analysed in its own thread while the event loop stores and indexes. Started on first
 * use, not at boot (a start with nothing to import pays nothing); until a worker has loaded the
 * analysis code, batches are analysed in this thread. A worker that dies rejects what it had (the
 * caller analyses that batch in its own thread: nothing is lost, the results are the same) and is
 * replaced on the next batch. Workers are unref'd: they never keep the process alive.
 */
export class WorkerPoolFirmAnalyser implements FirmAnalyser {
  private readonly logger = new Logger('FirmAnalysisPool');
  private readonly workers: Array<PoolWorker | null>;
  readonly offThread = true;
  private nextBatch = 0;
  private closed = false;
  /** Firms analysed by the workers and in this thread (while none was ready): shown by tests and logs. */
  readonly analysed = { inWorkers: 0, inThread: 0 };

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a worker pool needs at least one worker (got ${size})`);
    this.workers = Array.from({ length: size }, () => null);
  }

  async analyse(firms: readonly Enterprise[]): Promise<FirmAnalysis[]> {
    if (this.closed) throw new Error('the firm analysis pool is closed');
    if (firms.length < SMALLEST_BATCH_FOR_WORKERS) {
      this.analysed.inThread += firms.length;
      return firms.map(analyseFirm);
    }
    const ready = this.readyWorkers();
    if (ready.length === 0) {
      this.analysed.inThread += firms.length;
      return firms.map(analyseFirm);
    }
    const per = Math.ceil(firms.length / Math.min(ready.length, firms.length));
    const parts: Promise<FirmAnalysis[]>[] = [];
    for (let at = 0; at < firms.length; at += per) parts.push(this.send(firms.slice(at, at + per), ready));
    return (await Promise.all(parts)).flat();
  }

  /** Starts the workers now (not on first use) and resolves once every one is ready or has failed to start. */
  async start(): Promise<void> {
    this.readyWorkers();
    await Promise.all(this.workers.map((w) => w?.started));
  }

  async close(): Promise<void> {
    this.closed = true;
    const running = this.workers.filter((w): w is PoolWorker => w !== null);
    this.workers.fill(null);
    await Promise.all(running.map((w) => w.worker.terminate()));
  }

  /** The workers that can take a batch now, least loaded first; starts any missing one. */
  private readyWorkers(): PoolWorker[] {
    for (let k = 0; k < this.workers.length; k++) this.workers[k] ??= this.spawn(k);
    return this.workers.filter((w): w is PoolWorker => w !== null && w.ready).sort((a, b) => a.load - b.load);
  }

  private send(firms: Enterprise[], ready: PoolWorker[]): Promise<FirmAnalysis[]> {
    const target = ready.reduce((best, w) => (w.load < best.load ? w : best));
    const batch = this.nextBatch++;
    return new Promise<FirmAnalysis[]>((resolve, reject) => {
      target.pending.set(batch, { firms: firms.length, resolve, reject });
      target.load += firms.length;
      target.worker.postMessage({ batch, firms } satisfies FirmAnalysisRequest);
    });
  }

  private spawn(slot: number): PoolWorker {
    const worker = new Worker(WORKER_FILE, { execArgv: WORKER_EXEC_ARGV, workerData: FIRM_ANALYSIS_WORKER });
    worker.unref();
    let settle = () => {};
    const self: PoolWorker = { worker, ready: false, pending: new Map(), load: 0, started: new Promise<void>((resolve) => (settle = resolve)) };
    worker.on('message', (message: FirmAnalysisAnswer) => {
      if ('ready' in message) {
        self.ready = true;
        settle();
        return;
      }
      const pending = self.pending.get(message.batch);
      if (!pending) return;
      self.pending.delete(message.batch);
      self.load -= pending.firms;
      if ('error' in message) pending.reject(new Error(`firm analysis worker: ${message.error}`));
      else {
        this.analysed.inWorkers += message.analyses.length;
        pending.resolve(message.analyses);
      }
    });
    const fail = (error: Error) => {
      settle();
      if (this.workers[slot] === self) this.workers[slot] = null;
      for (const pending of self.pending.values()) pending.reject(error);
      self.pending.clear();
      self.load = 0;
    };
    worker.on('error', (error) => {
      this.logger.warn(`firm analysis worker failed (its firms are analysed in the main thread; a new worker starts with the next batch): ${error.message}`);
      fail(error);
    });
    worker.on('exit', (code) => fail(new Error(`firm analysis worker exited with code ${code}`)));
    return self;
  }
}
