import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema, MATCHABLE_OPPORTUNITY_TYPES } from '@fhk/contracts';

/**
 * The shapes the matching endpoints answer with, for the OpenAPI document and the portal's
 * generated client. The e2e specs parse real answers with them, so they cannot drift.
 */
const opportunityType = z.enum(MATCHABLE_OPPORTUNITY_TYPES as unknown as [string, ...string[]]);
const labelled = z.object({ code: z.string(), label: z.string() });

export const MatchReasonSchema = z.object({
  code: z.string().describe('industry, need, named-event, product-term, keyword, target-market, city, size-fit, upcoming-deadline, next-edition; penalties: direction, industry-mismatch, no-need-met, precondition-unmet, people-audience, size-mismatch, past-edition, sample, declined-need, done-need, inform-only, feedback'),
  codes: z.array(z.string()).describe('vocabulary codes involved (industry, need, market, serves, precondition, feedback reason)'),
  terms: z.array(z.string()).describe("the firm's own words that matched (whole words or clauses), or none"),
  contribution: z.number().describe('points this reason added (negative: took away); the score is their sum'),
  text: z.string().describe("the reason as a sentence in the reader's language"),
});

export const UnderstoodProfileSchema = z.object({
  language: LocaleSchema,
  primaryIndustry: z.string().nullable(),
  industries: z.array(labelled.extend({ weight: z.number() })),
  needs: z.array(labelled.extend({ weight: z.number() })),
  declinedNeeds: z.array(labelled).describe('needs the firm said it does not have'),
  doneNeeds: z.array(labelled).describe('needs the firm said it has met already'),
  notUnderstood: z.array(z.string()).describe('clauses of its needs in which nothing was understood, as written'),
  markets: z.array(labelled),
  city: z.object({ code: z.string(), prefecture: z.string(), label: z.string() }).nullable(),
  sizeBand: z.string().nullable(),
});

export const OpportunityMatchSchema = z.object({
  type: opportunityType,
  id: z.string(),
  title: LocalizedTextSchema,
  score: z.number(),
  reasons: z.array(MatchReasonSchema),
  measures: z.array(z.number().int()),
  sample: z.boolean(),
  tentative: z.boolean(),
  related: z.array(z.object({ type: opportunityType, id: z.string(), title: LocalizedTextSchema })).describe('the same opportunity as measure, programme or event'),
  caveats: z.array(z.object({ code: z.string(), date: z.string().nullable(), text: z.string() })).describe('preconditions, application deadlines, tentative dates'),
  partial: z.boolean().describe('below the usual threshold: shown because nothing better was found'),
});

export const MatchResponseSchema = z.object({
  enterprise: z.object({ id: z.string(), name: z.string() }).optional(),
  profile: UnderstoodProfileSchema,
  results: z.array(OpportunityMatchSchema),
  note: z.string().optional().describe('what was not understood, or why the list is partial or empty'),
});

const journeyItem = z.object({
  type: opportunityType,
  id: z.string(),
  title: LocalizedTextSchema,
  score: z.number(),
  startDate: z.string().nullable().optional(),
  deadline: z.string().nullable().optional(),
  tentative: z.boolean().optional(),
});

export const JourneyResponseSchema = z.object({
  enterprise: z.object({ id: z.string(), name: z.string() }).optional(),
  profile: UnderstoodProfileSchema,
  journey: z.object({
    language: LocaleSchema,
    steps: z.array(
      z.object({
        order: z.number().int(),
        step: z.string(),
        title: z.string(),
        why: z.string().describe('why the step comes where it does'),
        implied: z.boolean().describe('not asked for, but a later step needs it'),
        askedIn: z.array(z.string()),
        providers: z.array(journeyItem),
        programmes: z.array(journeyItem),
        events: z.array(journeyItem),
        measures: z.array(z.number().int()),
      }),
    ),
    leftOut: z.array(z.object({ step: z.string(), title: z.string(), because: z.enum(['done', 'declined']), text: z.string() })),
  }),
});

export const EventsAheadResponseSchema = z.object({
  enterprise: z.object({ id: z.string(), name: z.string() }).optional(),
  profile: UnderstoodProfileSchema,
  events: z.array(
    z.object({
      id: z.string(),
      title: LocalizedTextSchema,
      score: z.number(),
      reasons: z.array(MatchReasonSchema),
      dateStatus: z.enum(['announced', 'tentative', 'usual-month']).describe('usual-month: only the usual month is known; dates not announced'),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      applicationDeadline: z.string().nullable(),
      month: z.string().describe('YYYY-MM within the next twelve months'),
      when: z.string(),
    }),
  ),
});
