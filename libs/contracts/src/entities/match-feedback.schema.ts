import { z } from 'zod';
import { MATCHABLE_OPPORTUNITY_TYPES } from '../vocabulary/opportunity.vocabulary';
import { INDUSTRY_CODES } from '../vocabulary/industry.vocabulary';

/** Why a firm says a result was or was not for it. */
export const MATCH_FEEDBACK_REASONS = ['useful', 'wrong-industry', 'wrong-need', 'too-small', 'too-large', 'wrong-market', 'already-done', 'not-interested'] as const;
export type MatchFeedbackReason = (typeof MATCH_FEEDBACK_REASONS)[number];

/** What a firm (or an admin for it) sends about one result. */
export const MatchFeedbackInputSchema = z
  .object({
    opportunityType: z.enum(MATCHABLE_OPPORTUNITY_TYPES as unknown as [string, ...string[]]),
    opportunityId: z.string().trim().min(1, 'must not be empty').max(200),
    reason: z.enum(MATCH_FEEDBACK_REASONS),
  })
  .strict();
export type MatchFeedbackInput = z.infer<typeof MatchFeedbackInputSchema>;

/** One piece of feedback, as recorded (immutable; a later one on the same result supersedes it). */
export const MatchFeedbackSchema = z
  .object({
    id: z.string().min(1),
    enterpriseId: z.string().min(1),
    opportunityType: z.enum(MATCHABLE_OPPORTUNITY_TYPES as unknown as [string, ...string[]]),
    opportunityId: z.string().min(1).max(200),
    reason: z.enum(MATCH_FEEDBACK_REASONS),
    /** The firm's primary industry when it gave the feedback: feedback of similar firms is pooled by it. */
    industry: z.enum(INDUSTRY_CODES as [string, ...string[]]).nullable(),
    recordedAt: z.iso.datetime(),
  })
  .strict();
export type MatchFeedback = z.infer<typeof MatchFeedbackSchema>;
