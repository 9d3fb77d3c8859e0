import { DependencyHealth } from '@fhk/platform/service-kit';

/**
 * Readiness of the matcher's consumer: not ready until it has caught up with the bus once since
 * the process started (after a restart it may be thousands of events behind, and answers would be
 * stale); afterwards ready, with the current lag in the detail and `counts.lag`, since a burst of
 * writes must not take the service out of rotation.
 */
export function catchUpHealth(lag: () => Promise<number>): () => Promise<DependencyHealth> {
  let caughtUp = false;
  return async () => {
    const behind = await lag();
    if (behind === 0) caughtUp = true;
    const detail = caughtUp ? `${behind} event(s) behind` : `catching up after start: ${behind} event(s) behind`;
    return { ok: caughtUp, detail, counts: { lag: behind } };
  };
}
