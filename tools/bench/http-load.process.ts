import { fork } from 'node:child_process';
import { join } from 'node:path';

export interface HttpLoadRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Bodies sent in turn (JSON strings); none for a GET. */
  bodies?: string[];
  connections: number;
  durationSeconds: number;
}

export interface HttpLoadResult {
  requestsPerSecond: number;
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSeconds: number;
  connections: number;
}

/** Runs autocannon in a second process against the server (so load and server never share a loop). */
export function runHttpLoad(request: HttpLoadRequest): Promise<HttpLoadResult> {
  const child = fork(join(__dirname, 'http-load.worker.ts'), [], { execArgv: process.execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the load generator exited (${code}) without a result`)));
    child.once('message', (message: { result?: HttpLoadResult; error?: string }) => {
      child.disconnect();
      if (message.result) resolve(message.result);
      else reject(new Error(`the load generator failed: ${message.error}`));
    });
    child.send(request);
  });
}
