import { z } from 'zod';
import { EntityIdSchema } from '../lib/entity-id.schema';
import { LocalizedTextSchema } from '../lib/localized-text.schema';
import { INDUSTRY_CODES } from '../vocabulary/industry.vocabulary';
import { MARKET_CODES, AUDIENCE_CODES } from '../vocabulary/market.vocabulary';
import { NEED_CODES } from '../vocabulary/need.vocabulary';
import { PRECONDITION_CODES, PROVIDER_ROLE_CODES, SERVES_CODES } from '../vocabulary/opportunity.vocabulary';

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)')
  .max(120);

export const MeasureNumberSchema = z.number().int().min(1).max(28);

export const TagsSchema = z
  .object({
    industries: z.array(z.enum(INDUSTRY_CODES as [string, ...string[]])).default([]),
    needs: z.array(z.enum(NEED_CODES as [string, ...string[]])).default([]),
    markets: z.array(z.enum(MARKET_CODES as [string, ...string[]])).default([]),
    audiences: z.array(z.enum(AUDIENCE_CODES as [string, ...string[]])).default([]),
    /** Whom it serves and in which direction (Fujian firms going out, Hong Kong firms coming in, youth…); empty = not said. */
    serves: z.array(z.enum(SERVES_CODES as [string, ...string[]])).default([]),
  })
  .strict();
export type Tags = z.infer<typeof TagsSchema>;

/** Fields every catalogue item and calendar event has. */
const commonFields = {
  id: EntityIdSchema,
  slug: SlugSchema,
  version: z.number().int().min(1),
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  tags: TagsSchema,
  /** Provenance: the memorandum measures this item comes from (may be empty for public-knowledge items). */
  measures: z.array(MeasureNumberSchema),
  officialUrl: z.url().nullable().default(null),
  /** Invented sample data (e.g. a private firm), never presented as fact. */
  sample: z.boolean().default(false),
  /** Something about this item is not known for certain; `notes` says what. */
  tentative: z.boolean().default(false),
  notes: z.string().max(2000).nullable().default(null),
  /** What a firm must have first (e.g. a Hong Kong company for the BUD Fund). */
  requires: z.array(z.enum(PRECONDITION_CODES as [string, ...string[]])).default([]),
};

export const AreaSchema = z.object({ ...commonFields, kind: z.literal('area'), number: z.number().int().min(1).max(11) }).strict();

export const MeasureSchema = z
  .object({
    ...commonFields,
    kind: z.literal('measure'),
    number: MeasureNumberSchema,
    areaNumber: z.number().int().min(1).max(11),
    /** The measure's text: zh-Hant is the memorandum's original wording. */
    text: LocalizedTextSchema,
    /** Parties the text names as responsible or involved. */
    parties: z.array(LocalizedTextSchema),
  })
  .strict();

export const ProgrammeSchema = z
  .object({
    ...commonFields,
    kind: z.literal('programme'),
    /** listing, financing, going-global, investment-promotion, trade-promotion, data, technology, education, youth, tourism, culture, health, facilitation, legal */
    category: z.string().min(1).max(60),
    organisers: z.array(LocalizedTextSchema).default([]),
  })
  .strict();

export const ServiceCategorySchema = z
  .object({
    ...commonFields,
    kind: z.literal('service-category'),
  })
  .strict();

export const ServiceProviderSchema = z
  .object({
    ...commonFields,
    kind: z.literal('service-provider'),
    providerType: z.enum(['public-institution', 'statutory-body', 'university', 'industry-association', 'sample-firm']),
    /** Slugs of the service categories this provider serves. */
    serviceCategories: z.array(SlugSchema),
    offers: LocalizedTextSchema,
    /**
     * `serves` firms itself, or `informs`: informs, sets policy or accredits, and refers firms to
     * those who serve them. Optional (added with seed 2026-12-01.3): absent means `serves`.
     */
    role: z.enum(PROVIDER_ROLE_CODES as [string, ...string[]]).optional(),
  })
  .strict();

export const CatalogueItemSchema = z.discriminatedUnion('kind', [
  AreaSchema,
  MeasureSchema,
  ProgrammeSchema,
  ServiceCategorySchema,
  ServiceProviderSchema,
]);
export type Area = z.infer<typeof AreaSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
export type ServiceCategory = z.infer<typeof ServiceCategorySchema>;
export type ServiceProvider = z.infer<typeof ServiceProviderSchema>;
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;
export type CatalogueItemKind = CatalogueItem['kind'];
export const CATALOGUE_ITEM_KINDS: CatalogueItemKind[] = ['area', 'measure', 'programme', 'service-category', 'service-provider'];

export const CalendarEventSchema = z
  .object({
    ...commonFields,
    kind: z.literal('calendar-event'),
    eventType: z.enum(['expo', 'fair', 'summit', 'conference', 'festival', 'promotion', 'tour']),
    organiser: LocalizedTextSchema,
    city: LocalizedTextSchema,
    venue: LocalizedTextSchema.nullable().default(null),
    recurrence: z
      .object({
        frequency: z.enum(['annual', 'biennial', 'irregular', 'one-off']),
        /** The month the event usually takes place (1-12), when there is a usual month. */
        usualMonth: z.number().int().min(1).max(12).nullable(),
      })
      .strict(),
    /** The next edition. `dateStatus: tentative` means the dates are an expectation, not an announcement. */
    nextEdition: z
      .object({
        startDate: z.iso.date().nullable(),
        endDate: z.iso.date().nullable(),
        applicationDeadline: z.iso.date().nullable().default(null),
        dateStatus: z.enum(['confirmed', 'tentative']),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;

/** What an admin sends to create or replace an item: everything but the version (the service sets it). */
export const CatalogueItemInputSchema = z.discriminatedUnion('kind', [
  AreaSchema.omit({ version: true }),
  MeasureSchema.omit({ version: true }),
  ProgrammeSchema.omit({ version: true }),
  ServiceCategorySchema.omit({ version: true }),
  ServiceProviderSchema.omit({ version: true }),
]);
export type CatalogueItemInput = z.infer<typeof CatalogueItemInputSchema>;

export const CalendarEventInputSchema = CalendarEventSchema.omit({ version: true });
export type CalendarEventInput = z.infer<typeof CalendarEventInputSchema>;
