import { parentPort, workerData } from 'node:worker_threads';
import { Enterprise } from '@fhk/contracts';
import { analyseFirm, FirmAnalysis } from './firm-analysis';

/** A request to a firm-analysis worker, and its answer (`error`: the whole batch failed, e.g. a bad message). */
export interface FirmAnalysisRequest {
  readonly batch: number;
  readonly firms: readonly Enterprise[];
}
export type FirmAnalysisAnswer =
  | { readonly batch: number; readonly analyses: FirmAnalysis[] }
  | { readonly batch: number; readonly error: string }
  /** Sent once, when the worker has loaded the analysis code. */
  | { readonly ready: true };

/** The `workerData` a firm-analysis worker is started with (nothing else runs this file's listener). */
export const FIRM_ANALYSIS_WORKER = 'fhk-firm-analysis';

/** What a worker answers to one request (exported for the spec; the worker runs exactly this). */
export function answer(request: FirmAnalysisRequest): FirmAnalysisAnswer {
  try {
    return { batch: request.batch, analyses: request.firms.map(analyseFirm) };
  } catch (error) {
    return { batch: request.batch, error: (error as Error).message };
  }
}

// Run as a worker thread by `WorkerPoolFirmAnalyser`: says it is ready, then answers each request in order.
if (parentPort && workerData === FIRM_ANALYSIS_WORKER) {
  const port = parentPort;
  port.on('message', (request: FirmAnalysisRequest) => port.postMessage(answer(request)));
  port.postMessage({ ready: true } satisfies FirmAnalysisAnswer);
}
