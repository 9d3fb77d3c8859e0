import { MATCH_FEEDBACK_REASONS, MATCHABLE_OPPORTUNITY_TYPES } from '@fhk/contracts';
import type { AudienceCode, IndustryCode, LocalizedText, Locale, MarketCode, MatchableOpportunityType, MatchFeedbackReason, NeedCode, PreconditionCode, ServesCode } from '@fhk/contracts';
import type { EnterpriseClassification, EnterpriseProfileText } from '../classification/profile-classifier';
import type { FujianCityCode } from '../dictionary/data/fujian-cities.data';

/** What can be matched with an enterprise (areas are for browsing, not matching). */
export type OpportunityType = MatchableOpportunityType;
export const OPPORTUNITY_MATCH_TYPES: readonly OpportunityType[] = MATCHABLE_OPPORTUNITY_TYPES;

/** The two kinds of words text relevance keeps apart, so parallel translations weigh the same. */
export type TextLanguage = 'zh' | 'en';
export const textLanguageOf = (token: string): TextLanguage => (/[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u.test(token) ? 'zh' : 'en');

/** A token of analysed text with the words it came from (for explanations). */
export interface Term {
  readonly token: string;
  readonly surface: string;
  readonly weight: number;
}

/** Everything the scorer needs to know about one opportunity, computed once per version. */
export interface OpportunityProfile {
  readonly type: OpportunityType;
  readonly id: string;
  readonly title: LocalizedText;
  /** 1 for the curators' first (main) tag, 0.8 for its other tags, 0.5 when only found in its text. */
  readonly industries: ReadonlyMap<IndustryCode, number>;
  /** Industries its title names (an "International Tea Fair" is about tea above all). */
  readonly titleIndustries: ReadonlySet<IndustryCode>;
  /** Analysed tokens of its title in the three languages. */
  readonly titleTokens: ReadonlySet<string>;
  readonly needs: ReadonlyMap<NeedCode, number>;
  /** The curators' first need tag: what it is mainly for. */
  readonly mainNeed: NeedCode | null;
  /** A service provider that informs, sets policy or accredits rather than serving firms itself (its catalogue `role`). */
  readonly informsOnly: boolean;
  readonly markets: ReadonlySet<MarketCode>;
  readonly audiences: ReadonlySet<AudienceCode>;
  /** Whom it serves and in which direction (empty: not said, serves anyone). */
  readonly serves: ReadonlySet<ServesCode>;
  /** What a firm must have first. */
  readonly requires: readonly PreconditionCode[];
  readonly cities: ReadonlySet<FujianCityCode>;
  readonly cityLabel: LocalizedText | null;
  /** Analysed tokens of its names, summaries and texts, in all three languages. */
  readonly tokens: ReadonlySet<string>;
  /**
   * For text relevance (BM25), per language of the words: its Chinese text (both scripts fold to
   * the same tokens, so one is used) and its English text, each with token counts and length.
   */
  readonly text: Readonly<Record<TextLanguage, { readonly counts: ReadonlyMap<string, number>; readonly length: number }>>;
  readonly measures: readonly number[];
  readonly sample: boolean;
  readonly tentative: boolean;
  readonly edition: {
    readonly startDate: string | null;
    readonly endDate: string | null;
    readonly deadline: string | null;
    readonly confirmed: boolean;
    readonly usualMonth: number | null;
  } | null;
}

/**
 * The fields of a firm's profile read after its analysis (`firmProfileOf`): name and city for
 * outreach lists, city also for the outreach filter by city text, employees for the size filter
 * and reason, needs and products for the events it names (`named-event.ts`). Nothing else of the
 * entity is kept with an analysis (contact details, owner, timestamps: the read model has them).
 */
export type FirmProfile = Readonly<Pick<EnterpriseProfileText, 'name' | 'city'>> & {
  readonly products: string | null;
  readonly needs: string | null;
  readonly employees: number | null;
};

/** An enterprise ready to be matched: its text, its classification, its product terms. */
export interface MatchableEnterprise {
  readonly id: string | null;
  readonly profile: FirmProfile;
  readonly classification: EnterpriseClassification;
  /** Terms of what it is and makes (industry and products fields), with the words as written. */
  readonly productTerms: readonly Term[];
  /** Terms of its whole description (industry, products, needs), for text relevance. */
  readonly descriptionTerms: readonly Term[];
  readonly outreachConsent: boolean;
}

export type ReasonCode =
  | 'industry'
  | 'need'
  | 'product-term'
  | 'keyword'
  | 'target-market'
  | 'city'
  | 'size-fit'
  | 'upcoming-deadline'
  | 'next-edition'
  | 'named-event'
  // Reasons that take points away (negative contributions):
  | 'direction'
  | 'industry-mismatch'
  | 'people-audience'
  | 'size-mismatch'
  | 'past-edition'
  | 'sample'
  | 'declined-need'
  | 'done-need'
  | 'precondition-unmet'
  | 'no-need-met'
  | 'inform-only'
  | 'feedback';

/** Why a result was ranked: machine-readable code and terms, and a sentence in the reader's language. */
export interface MatchReason {
  readonly code: ReasonCode;
  /** Vocabulary codes involved (industry, need, market or city codes). */
  readonly codes: readonly string[];
  /** The words that matched, as the enterprise wrote them. */
  readonly terms: readonly string[];
  /** How much this reason added to the score (negative: how much it took away). The score is their sum. */
  readonly contribution: number;
  readonly text: string;
}

export interface ScoredMatch {
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

export interface MatchContext {
  /** YYYY-MM-DD: what counts as upcoming. */
  readonly today: string;
  /** The language reasons are written in. */
  readonly language: Locale;
  /** Inverse document frequency of tokens over the opportunities (rare words weigh more). */
  readonly idf: (token: string) => number;
  /**
   * Text relevance of the firm's description to the opportunity in [0, 1], and the words that
   * carried it (left out, `[]`, when `withTerms` is false: the numeric pass needs the value only).
   */
  readonly keywords: (e: MatchableEnterprise, o: OpportunityProfile, withTerms?: boolean) => { value: number; terms: readonly string[] };
  /**
   * The firm's product terms found in the opportunity (`productHitsOf`), when an index has them at
   * hand for the firm being ranked (`OpportunityCorpus.firmView`): same terms, same order.
   */
  readonly productHits?: (e: MatchableEnterprise, o: OpportunityProfile) => readonly Term[] | null;
  /** What the firm (and firms like it) said about results: adjusts the score, with a reason. */
  readonly feedback?: FeedbackAdjuster;
  /**
   * False when the firm surely names no name of the opportunity (its text has none of them,
   * `OpportunityCorpus.namedBy`), which spares the whole-word test; absent: always test.
   */
  readonly mayName?: (e: MatchableEnterprise, o: OpportunityProfile) => boolean;
}

/** Feedback reason codes a firm gives on a result. */
export const FEEDBACK_REASONS = MATCH_FEEDBACK_REASONS;
export type FeedbackReason = MatchFeedbackReason;

/**
 * Given an opportunity, the factor feedback applies to its score (1 = none) and why. `maxFactor`, when
 * set, is the largest factor it ever returns (forward matching bounds scores with it; without it, it
 * asks for every candidate's factor).
 */
export type FeedbackAdjuster = ((o: OpportunityProfile) => { factor: number; reason: FeedbackReason; scope: 'item' | 'similar' | 'peers' } | null) & { readonly maxFactor?: number };
