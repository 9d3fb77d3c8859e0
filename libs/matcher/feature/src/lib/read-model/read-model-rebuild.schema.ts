import { z } from 'zod';

/** A read-model rebuild as the service keeps it and the admin routes answer it (one source for both). */
const count = z.number().int().min(0);

export const REBUILD_PHASES = ['replaying', 'swapping', 'indexing'] as const;
export type RebuildPhase = (typeof REBUILD_PHASES)[number];

export const ReadModelRebuildRunSchema = z.object({
  id: z.string(),
  startedAt: z.iso.datetime(),
  phase: z.enum(REBUILD_PHASES),
  /** Log offsets covered out of the end seen at the start (the replay's progress). */
  replay: z.object({ position: count, end: count, messages: count, skippedInvalid: count }).describe('log offsets covered out of the end seen at the start'),
  index: z.object({ indexed: count, total: count }),
});
export type ReadModelRebuildRun = z.infer<typeof ReadModelRebuildRunSchema>;

export const ReadModelRebuildResultSchema = z.object({
  id: z.string(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  ms: z.number().min(0),
  outcome: z.enum(['swapped', 'failed']),
  error: z.string().nullable(),
  messages: count,
  skippedInvalid: count,
  /** Live rows after the run (null when the store could not be read). */
  enterprises: count.nullable(),
  opportunities: count.nullable(),
  /** Firms' latest feedback rows after the run (replayed from matcher.match-feedback.recorded.v1). */
  feedback: count.nullable(),
  documents: count,
});
export type ReadModelRebuildResult = z.infer<typeof ReadModelRebuildResultSchema>;
