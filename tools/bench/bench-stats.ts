/** Latency statistics for the benchmark (nearest-rank percentiles over all samples). */
export interface LatencyStats {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function latencyStats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? NaN) };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Times `run(i)` for i = 0..n-1, one at a time, reporting progress after each. */
export async function timeEach(n: number, run: (i: number) => Promise<unknown>, onProgress: (done: number) => void = () => undefined): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
    onProgress(i + 1);
  }
  return times;
}

/** An error with its cause (fetch hides the socket error in `cause`). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${(error.cause as Error & { code?: string }).code ?? ''} ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
