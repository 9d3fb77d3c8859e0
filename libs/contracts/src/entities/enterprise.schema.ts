import { z } from 'zod';
import { EntityIdSchema } from '../lib/entity-id.schema';
import { LocaleSchema } from '../lib/localized-text.schema';

const freeText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/**
 * The fields an enterprise (or an admin) writes. Free text in any of zh-Hant, zh-Hans or en.
 * `name` and `city` are required; the rest may be empty and are enriched by the matcher.
 */
export const EnterpriseInputSchema = z
  .object({
    name: freeText(200).min(1, 'must not be empty'),
    city: freeText(100).min(1, 'must not be empty'),
    industry: freeText(500).default(''),
    products: freeText(5000).default(''),
    needs: freeText(5000).default(''),
    markets: freeText(1000).default(''),
    employees: z.number().int('must be a whole number').min(1).max(10_000_000).nullable().default(null),
    /** The language the profile was written in, when the writer says so; otherwise detected. */
    language: LocaleSchema.nullable().default(null),
    /** Consent to be contacted by InvestHK / HKTDC for outreach (PIPL and PDPO both ask for it). */
    outreachConsent: z.boolean().default(false),
  })
  .strict();
export type EnterpriseInput = z.infer<typeof EnterpriseInputSchema>;

/** A partial update: any subset of the input fields. */
export const EnterprisePatchSchema = EnterpriseInputSchema.partial().strict();
export type EnterprisePatch = z.infer<typeof EnterprisePatchSchema>;

export const EnterpriseSchema = z.object({
  id: EntityIdSchema,
  version: z.number().int().min(1),
  name: z.string(),
  city: z.string(),
  industry: z.string(),
  products: z.string(),
  needs: z.string(),
  markets: z.string(),
  employees: z.number().int().nullable(),
  language: LocaleSchema.nullable(),
  outreachConsent: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Enterprise = z.infer<typeof EnterpriseSchema>;
