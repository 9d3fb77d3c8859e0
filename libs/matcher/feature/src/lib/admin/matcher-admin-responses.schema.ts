import { z } from 'zod';
import { DeadLetterReplaySchema, DeadLetterSchema } from '@fhk/platform/outbox';
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

export const DeadLetterListSchema = z.object({ items: z.array(DeadLetterSchema) });
export const ReplayAllSchema = z.object({ results: z.array(DeadLetterReplaySchema.nullable()) });
