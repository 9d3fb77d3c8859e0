import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface EventLoopDelay {
  /** Milliseconds the event loop was late, by percentile, over the watched period. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export interface EventLoopWatchdog {
  /** Stops watching and returns what it saw. */
  stop(): EventLoopDelay;
}

/**
 * Watches how late the event loop runs (perf_hooks.monitorEventLoopDelay): a long synchronous
 * piece of work shows up as a high p99 / max. Used by the bench and the fault and hostile suites.
 */
export function watchEventLoop(resolutionMs = 10): EventLoopWatchdog {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
  return {
    stop: () => {
      histogram.disable();
      return { p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max), meanMs: ms(histogram.mean) };
    },
  };
}

export const describeEventLoopDelay = (d: EventLoopDelay): string => `event-loop delay p50 ${d.p50Ms} ms, p99 ${d.p99Ms} ms, max ${d.maxMs} ms`;
