import { z } from 'zod';
import { EnterpriseContactSchema, LocalizedTextSchema, MATCHABLE_OPPORTUNITY_TYPES, MatchFeedbackSchema, OPPORTUNITY_TYPES } from '@fhk/contracts';
import { AuditEntrySchema } from '@fhk/platform/audit';
import { apiComponent } from '@fhk/platform/http';
import { JourneyResponseSchema, MatchReasonSchema, MatchResponseSchema, OpportunityMatchSchema, UnderstoodProfileSchema } from './match-response.schema';

apiComponent('MatchReason', MatchReasonSchema);
apiComponent('OpportunityMatch', OpportunityMatchSchema);
apiComponent('UnderstoodProfile', UnderstoodProfileSchema);
apiComponent('MatchFeedback', MatchFeedbackSchema);

/**
 * What the matcher's other routes answer (outreach, export, feedback history, search), for the
 * OpenAPI document: the API fuzz holds every answer to it.
 */
const opportunityType = z.enum(MATCHABLE_OPPORTUNITY_TYPES as unknown as [string, ...string[]]);

export const OutreachRowSchema = z.object({
  rank: z.number().int().min(1),
  id: z.string(),
  name: z.string(),
  city: z.string(),
  industry: z.string().nullable().describe('the primary industry the matcher read from the profile'),
  employees: z.number().int().nullable(),
  outreachConsent: z.boolean(),
  contact: EnterpriseContactSchema.nullable().describe('only for firms that consent to outreach (or for admins)'),
  score: z.number(),
  reasons: z.array(MatchReasonSchema),
});

export const OutreachPageSchema = z.object({
  opportunity: z.object({ type: opportunityType, id: z.string() }),
  total: z.number().int().min(0),
  limit: z.number().int().min(1),
  offset: z.number().int().min(0),
  items: z.array(OutreachRowSchema),
});

export const FeedbackHistorySchema = z.object({ enterpriseId: z.string(), items: z.array(MatchFeedbackSchema) });

export const MatcherExportSchema = z.object({
  service: z.literal('matcher'),
  exportedAt: z.iso.datetime(),
  enterprise: z.object({ id: z.string(), name: z.string() }),
  matches: MatchResponseSchema.omit({ enterprise: true }),
  journey: JourneyResponseSchema.shape.journey,
  feedback: z.array(MatchFeedbackSchema),
  audit: z.array(AuditEntrySchema),
});

const highlighted = z.array(z.object({ text: z.string(), match: z.boolean() }));

export const SearchResponseSchema = z.object({
  query: z.string(),
  total: z.number().int().min(0),
  hits: z.array(
    z.object({
      type: z.enum(['enterprise', ...OPPORTUNITY_TYPES]),
      id: z.string(),
      title: LocalizedTextSchema,
      highlight: z.object({ 'zh-Hant': highlighted, 'zh-Hans': highlighted, en: highlighted }).optional().describe('the title in segments, the query\'s words marked'),
      score: z.number(),
      industries: z.array(z.string()),
      needs: z.array(z.string()),
      measures: z.array(z.number().int()),
    }),
  ),
  facets: z.record(z.string(), z.record(z.string(), z.number().int().min(0))).describe('per facet field, how many hits have each value'),
  note: z.string().optional(),
});
