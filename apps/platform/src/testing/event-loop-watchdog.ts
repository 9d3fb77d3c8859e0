import { describeEventLoopDelay, watchEventLoop, EventLoopWatchdog } from '@fhk/shared/util';

/**
 * Watches the event loop of this process (where an in-process platform runs) for the enclosing
 * describe and prints its delay p99 at the end: a fault that makes the platform block shows here.
 */
export function useEventLoopWatchdog(label: string): void {
  let watchdog: EventLoopWatchdog | null = null;
  beforeAll(() => {
    watchdog = watchEventLoop();
  });
  afterAll(() => {
    if (watchdog) process.stdout.write(`${label}: ${describeEventLoopDelay(watchdog.stop())}\n`);
  });
}
