import { z } from 'zod';

/**
 * CloudEvents 1.0 structured-mode envelope. The whole envelope travels as the message value
 * (JSON), the aggregate id is the message key, so both bus adapters carry exactly the same bytes.
 */
export const EventEnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1).max(200),
  source: z.string().min(1).max(200),
  type: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+\.[a-z0-9-]+\.v\d+$/, 'must be <domain>.<entity>.<event>.v<N>'),
  subject: z.string().min(1).max(200),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  data: z.unknown(),
});
export type EventEnvelope<T = unknown> = Omit<z.infer<typeof EventEnvelopeSchema>, 'data'> & { data: T };
