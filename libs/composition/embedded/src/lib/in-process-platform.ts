import { RoleTokens } from '@fhk/platform/auth';
import { InProcessApp, InProcessOptions, startInProcess } from '@fhk/platform/runtime';
import { http, waitFor } from '@fhk/shared/util';
import { PLATFORM_CONSUMER_GROUP, PLATFORM_DESCRIPTION, PLATFORM_FEATURES, PLATFORM_TITLE } from './platform.features';

export type InProcessPlatform = InProcessApp;
export { http };

/**
 * The whole platform in the test process, on a free port, with its own data directory and,
 * optionally, a bus of the test's making (fault injection).
 */
export function startInProcessPlatform(options: Partial<InProcessOptions> = {}): Promise<InProcessPlatform> {
  return startInProcess({
    features: PLATFORM_FEATURES,
    processName: 'platform',
    title: PLATFORM_TITLE,
    description: PLATFORM_DESCRIPTION,
    consumerGroup: PLATFORM_CONSUMER_GROUP,
    ...options,
  });
}

/** Waits until every outbox is empty and the matcher has consumed everything (the system is at rest). */
export async function waitUntilSettled(url: string, timeoutMs = 30_000, tokens = RoleTokens.for(url)): Promise<void> {
  await waitFor(
    async () => {
      const health = await http<{ details: Record<string, { counts?: { pending?: number } }> }>(`${url}/api/health/ready`);
      const outboxes = Object.entries(health.body.details).filter(([name]) => name.endsWith(':outbox'));
      if (outboxes.length === 0) throw new Error(`${url}/api/health/ready lists no outbox: is this the platform?`);
      const outboxesEmpty = outboxes.every(([, check]) => check.counts?.pending === 0);
      if (!outboxesEmpty) return false;
      return (await tokens.http<{ consumerLag: number }>('platform-admin', `${url}/api/matcher/index`)).body.consumerLag === 0;
    },
    'outboxes to drain and the matcher to catch up',
    timeoutMs,
  );
}
