import { z } from 'zod';

/** What an audited request did. Reads are recorded only when staff or admins read enterprise data. */
export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete', 'export', 'admin'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One entry of a service's append-only audit log (docs/adr/0010): who (subject, username, roles),
 * did what, to which record and which firm, when and from where. It names records by id and never
 * copies their data, so the fact of a deletion outlives the deleted profile.
 */
export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  service: z.string(),
  actor: z.object({ subject: z.string(), username: z.string(), roles: z.array(z.string()) }).nullable(),
  action: z.enum(AUDIT_ACTIONS),
  target: z.object({ type: z.string(), id: z.string() }),
  /** The firm the entry is about (null when none, e.g. a catalogue item). */
  enterpriseId: z.string().nullable(),
  /** The client address the request came from (null outside a request, e.g. a bus handler). */
  from: z.string().nullable(),
  /** The route, as declared (`PATCH /api/enterprises/:id`). */
  route: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AUDIT_LOG = 'audit_log';
export const AUDIT_COLLECTIONS = [{ name: AUDIT_LOG, indexes: ['at', 'enterpriseId', 'actor.subject', 'action'] }];
