import { z } from 'zod';
import NOTICE from '../../data/privacy-notice.json';

/** The privacy notice (PIPL + PDPO) a consent is given against, shipped as data in three languages. */
export const PRIVACY_NOTICE = NOTICE;
export const CONSENT_PURPOSES = ['outreach'] as const;

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
export interface ConsentRecord {
  id: string;
  version: number;
  enterpriseId: string;
  purpose: (typeof CONSENT_PURPOSES)[number];
  granted: boolean;
  at: string;
  /** Who recorded it: the token subject and role. */
  by: string;
  byRole: string;
  noticeVersion: string;
  [key: string]: unknown;
}
