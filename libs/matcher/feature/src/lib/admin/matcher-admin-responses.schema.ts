import { z } from 'zod';
import { ReadModelRebuildResultSchema, ReadModelRebuildRunSchema } from '../read-model/read-model-rebuild.schema';

/** What the matcher's admin routes answer, for the OpenAPI document (the API fuzz holds answers to it). */
const count = z.number().int().min(0);

export const IndexStatusSchema = z.object({
  documents: count.describe('documents in the search index'),
  enterprises: count,
  opportunities: count,
  lastRebuild: z.object({ at: z.iso.datetime(), documents: count, ms: z.number().min(0) }).nullable(),
  rebuilding: z.object({ startedAt: z.iso.datetime(), indexed: count, total: count }).nullable(),
  quarantined: z.object({ count, documents: z.array(z.object({ id: z.string(), reason: z.string() })) }).describe('rows the index refused (listed up to a bound; the count is exact)'),
  consumerLag: count.describe('events on the bus the matcher has not applied yet'),
  deadLetters: count,
});

export const IndexRebuildSchema = z.object({ documents: count, ms: z.number().min(0) });

export const ReadModelStatusSchema = z.object({ running: ReadModelRebuildRunSchema.nullable(), last: ReadModelRebuildResultSchema.nullable() });

export const ReadModelRebuildStartedSchema = ReadModelRebuildRunSchema.extend({ status: z.string().describe('where to follow its progress') });

export const DeadLetterSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1).optional(),
  group: z.string(),
  topic: z.string(),
  eventId: z.string().nullable(),
  payload: z.unknown().describe('the message as it arrived (JSON, or the raw text when it was not JSON)'),
  headers: z.record(z.string(), z.string()),
  error: z.string(),
  attempts: count,
  status: z.enum(['dead', 'replayed']),
  failedAt: z.iso.datetime(),
  replayedAt: z.iso.datetime().nullable(),
});

const ReplayResultSchema = z.object({ id: z.string(), outcome: z.enum(['applied', 'duplicate', 'dead-lettered']) });
export const DeadLetterListSchema = z.object({ items: z.array(DeadLetterSchema) });
export const ReplayAllSchema = z.object({ results: z.array(ReplayResultSchema.nullable()) });
export { ReplayResultSchema };
