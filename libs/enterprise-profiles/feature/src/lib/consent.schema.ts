import { z } from 'zod';
import { LocalizedTextSchema } from '@fhk/contracts';
import NOTICE from '../../data/privacy-notice.json';

/** The privacy notice (PIPL + PDPO) a consent is given against, shipped as data in three languages. */
export const PRIVACY_NOTICE = NOTICE;
export const CONSENT_PURPOSES = ['outreach'] as const;

export const PrivacyNoticeSchema = z.object({
  version: z.string(),
  purposes: z.array(z.enum(CONSENT_PURPOSES)),
  laws: z.array(z.string()),
  text: LocalizedTextSchema,
  /** Why the text is not final yet, when it is not. */
  tentative: z.string().optional(),
});

export const ConsentInputSchema = z
  .object({
    purpose: z.enum(CONSENT_PURPOSES),
    granted: z.boolean(),
    /** The version of the notice the firm was shown; it must be the current one. */
    noticeVersion: z.literal(NOTICE.version, { message: `must be the current notice version ${NOTICE.version} (GET /api/privacy-notice)` }),
  })
  .strict();
export type ConsentInput = z.infer<typeof ConsentInputSchema>;

/** One decision about one purpose: kept forever as history (until the firm is deleted). */
export const ConsentRecordSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  enterpriseId: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  granted: z.boolean(),
  at: z.iso.datetime(),
  /** Who recorded it: the token subject and role. */
  by: z.string(),
  byRole: z.string(),
  noticeVersion: z.string(),
});
export type ConsentRecord = z.infer<typeof ConsentRecordSchema> & { [key: string]: unknown };
