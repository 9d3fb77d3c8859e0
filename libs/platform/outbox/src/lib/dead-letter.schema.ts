import { z } from 'zod';
import { StoredDocument } from '@fhk/platform/store';

/** What applying an event did: applied now, already applied before, or given up on. */
export const CONSUME_OUTCOMES = ['applied', 'duplicate', 'dead-lettered'] as const;
export type ConsumeOutcome = (typeof CONSUME_OUTCOMES)[number];

/** An event a consumer group gave up on, as stored and as the admin routes list it. */
export const DeadLetterSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1).optional(),
  group: z.string(),
  topic: z.string(),
  eventId: z.string().nullable(),
  payload: z.unknown().describe('the message as it arrived (JSON, or the raw text when it was not JSON)'),
  /** The headers the message arrived with (CloudEvents `ce_*` and whatever else the producer set). */
  headers: z.record(z.string(), z.string()),
  error: z.string(),
  attempts: z.number().int().min(0),
  status: z.enum(['dead', 'replayed']),
  failedAt: z.iso.datetime(),
  replayedAt: z.iso.datetime().nullable(),
});
export type DeadLetter = z.infer<typeof DeadLetterSchema> & StoredDocument;

/** A replay's answer: the letter and what applying it did now. */
export const DeadLetterReplaySchema = z.object({ id: z.string(), outcome: z.enum(CONSUME_OUTCOMES) });
