import { z } from 'zod';
import { ENTERPRISE_TEXT_LIMITS, LocaleSchema } from '@fhk/contracts';
import { OPPORTUNITY_MATCH_TYPES } from '@fhk/matcher/core';

/** The same bounds as a stored profile's (ENTERPRISE_TEXT_LIMITS), so matching one costs what storing it does. */
const text = (field: keyof typeof ENTERPRISE_TEXT_LIMITS) =>
  z.string().max(ENTERPRISE_TEXT_LIMITS[field], `must be at most ${ENTERPRISE_TEXT_LIMITS[field]} characters; describe the firm in fewer words`).default('');
const types = z.array(z.enum(OPPORTUNITY_MATCH_TYPES as [string, ...string[]])).max(5);
const list = z.string().transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean));

/** An ad-hoc profile to match: the enterprise fields, all free text but `employees`. */
export const AdHocMatchSchema = z
  .object({
    name: text('name'),
    city: text('city'),
    industry: text('industry'),
    products: text('products'),
    needs: text('needs'),
    markets: text('markets'),
    employees: z.number().int('must be a whole number').min(1).max(10_000_000).nullable().default(null),
    /** The language of the reasons; by default, the language the profile is written in. */
    language: LocaleSchema.nullable().default(null),
    types: types.optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();
export type AdHocMatch = z.infer<typeof AdHocMatchSchema>;

/** An ad-hoc profile to plan a journey for. */
export const AdHocJourneySchema = AdHocMatchSchema.omit({ types: true, limit: true });
export type AdHocJourney = z.infer<typeof AdHocJourneySchema>;

export const JourneyQuerySchema = z.object({ lang: LocaleSchema.optional() }).strict();
export type JourneyQuery = z.infer<typeof JourneyQuerySchema>;

export const StoredMatchQuerySchema = z
  .object({
    types: list.pipe(types).optional(),
    limit: z.coerce.number<string>().int().min(1).max(100).default(20),
    lang: LocaleSchema.optional(),
  })
  .strict();
export type StoredMatchQuery = z.infer<typeof StoredMatchQuerySchema>;

export const OutreachQuerySchema = z
  .object({
    /** Prefecture or city, in any language (泉州, Quanzhou, 晉江). */
    city: z.string().trim().min(1).max(60).optional(),
    industry: z.string().trim().min(1).max(60).optional(),
    minEmployees: z.coerce.number<string>().int().min(0).optional(),
    maxEmployees: z.coerce.number<string>().int().min(0).optional(),
    /** Only firms that agreed to be contacted (PIPL / PDPO). Default true. */
    consent: z.enum(['true', 'false']).transform((v) => v === 'true').default(true),
    limit: z.coerce.number<string>().int().min(1).max(500).default(50),
    offset: z.coerce.number<string>().int().min(0).default(0),
    lang: LocaleSchema.default('en'),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict()
  .refine((q) => q.minEmployees === undefined || q.maxEmployees === undefined || q.minEmployees <= q.maxEmployees, {
    message: 'minEmployees must not exceed maxEmployees',
    path: ['minEmployees'],
  });
export type OutreachQuery = z.infer<typeof OutreachQuerySchema>;
