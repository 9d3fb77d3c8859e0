import { setTimeout as sleep } from 'node:timers/promises';
import { RoleTokens } from '@fhk/platform/auth';
import type { ReadModelRebuildResult, ReadModelRebuildRun } from '@fhk/matcher/feature';

export interface RebuildStatusBody {
  running: ReadModelRebuildRun | null;
  last: ReadModelRebuildResult | null;
}

/** What a progress bar shows for a run: log offsets while replaying, documents while indexing. */
export function progressOf(run: ReadModelRebuildRun): { phase: string; value: number; total: number } {
  const [value, total] = run.phase === 'indexing' ? [run.index.indexed, run.index.total] : [run.replay.position, run.replay.end];
  return { phase: run.phase, value, total: Math.max(total, 1) };
}

/**
 * Starts a read-model rebuild on a running matcher (POST /api/matcher/read-model/rebuild) and
 * follows it through GET /api/matcher/read-model until it ends, reporting each status seen.
 * Signs in as the platform-admin demo account (DEMO_PASSWORD) of the platform's local issuer.
 */
export async function rebuildReadModel(
  baseUrl: string,
  onStatus: (run: ReadModelRebuildRun) => void,
  pollMs = 100,
  tokens = RoleTokens.for(baseUrl),
): Promise<ReadModelRebuildResult> {
  const started = await tokens.http<ReadModelRebuildRun & { message?: string }>('platform-admin', `${baseUrl}/api/matcher/read-model/rebuild`, { method: 'POST' });
  if (started.status !== 202) throw new Error(`the matcher refused the rebuild (${started.status}): ${started.body?.message ?? started.text}`);
  for (;;) {
    const { status, body } = await tokens.http<RebuildStatusBody>('platform-admin', `${baseUrl}/api/matcher/read-model`);
    if (status !== 200) throw new Error(`GET /api/matcher/read-model answered ${status}`);
    if (body.last?.id === started.body.id) return body.last;
    if (body.running?.id === started.body.id) onStatus(body.running);
    else if (!body.running) throw new Error(`rebuild ${started.body.id} is neither running nor finished (the matcher restarted?)`);
    await sleep(pollMs);
  }
}
