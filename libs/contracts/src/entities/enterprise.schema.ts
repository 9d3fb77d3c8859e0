import { z } from 'zod';
import { EntityIdSchema } from '../lib/entity-id.schema';
import { LocaleSchema } from '../lib/localized-text.schema';
import { mergePatchSchemaOf } from '../lib/merge-patch';

const freeText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/**
 * The longest text each profile field may hold (characters), wherever a profile is written or
 * matched: text analysis is linear, and these bounds keep one profile's analysis in milliseconds.
 */
export const ENTERPRISE_TEXT_LIMITS = { name: 200, city: 100, industry: 500, products: 5000, needs: 5000, markets: 1000 } as const;

/**
 * Whom to contact at the firm. Personal information (PIPL, PDPO): shown only to the owner,
 * profiles-admin, and agency-staff while the firm's outreach consent is current; never indexed.
 */
export const EnterpriseContactSchema = z
  .object({
    person: freeText(200).default(''),
    role: freeText(200).default(''),
    email: z.union([z.literal(''), z.email('must be an e-mail address').max(320)]).default(''),
    phone: z.string().trim().max(40).regex(/^[+0-9 ()\-]*$/, 'must be digits, spaces, +, -, ( )').default(''),
    wechat: freeText(100).default(''),
  })
  .strict();
export type EnterpriseContact = z.infer<typeof EnterpriseContactSchema>;

/**
 * The fields an enterprise (or an admin) writes. Free text in any of zh-Hant, zh-Hans or en.
 * `name` and `city` are required; the rest may be empty and are enriched by the matcher.
 */
export const EnterpriseInputSchema = z
  .object({
    name: freeText(ENTERPRISE_TEXT_LIMITS.name).min(1, 'must not be empty'),
    city: freeText(ENTERPRISE_TEXT_LIMITS.city).min(1, 'must not be empty'),
    industry: freeText(ENTERPRISE_TEXT_LIMITS.industry).default(''),
    products: freeText(ENTERPRISE_TEXT_LIMITS.products).default(''),
    needs: freeText(ENTERPRISE_TEXT_LIMITS.needs).default(''),
    markets: freeText(ENTERPRISE_TEXT_LIMITS.markets).default(''),
    employees: z.number().int('must be a whole number').min(1).max(10_000_000).nullable().default(null),
    /** The language the profile was written in, when the writer says so; otherwise detected. */
    language: LocaleSchema.nullable().default(null),
    /** Consent to be contacted by InvestHK / HKTDC for outreach (PIPL and PDPO both ask for it). */
    outreachConsent: z.boolean().default(false),
    contact: EnterpriseContactSchema.nullable().default(null),
  })
  .strict();
export type EnterpriseInput = z.infer<typeof EnterpriseInputSchema>;

/**
 * A partial update, as a JSON Merge Patch (RFC 7396): the fields it names change, the others keep
 * their value (no create defaults here); `null` resets a field to its default, and is refused for
 * `name` and `city`, which have none. The merged profile is validated with EnterpriseInputSchema.
 */
export const EnterprisePatchSchema = mergePatchSchemaOf(EnterpriseInputSchema);
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
  /** The token subject of the enterprise account that owns the profile; null for one kept by profiles-admin. */
  ownerId: z.string().min(1).nullable().default(null),
  contact: EnterpriseContactSchema.nullable().default(null),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Enterprise = z.infer<typeof EnterpriseSchema>;
