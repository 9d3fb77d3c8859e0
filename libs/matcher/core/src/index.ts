// Text normalisation and analysis
export { normalizeText, normalizeWithSourceMap, sourceSpan } from './lib/text/text-normalizer';
export type { NormalizedText } from './lib/text/text-normalizer';
export { analyzeText, tokenizeNormalized } from './lib/text/text-analyzer';
export type { AnalyzedText, AnalyzeOptions, Token, TokenKind } from './lib/text/text-analyzer';
export { detectLanguage, countScripts } from './lib/text/language-detector';
export type { ScriptCounts } from './lib/text/language-detector';
export { toSimplified } from './lib/text/chinese-converter';
export { stemEnglish, foldSpelling, ENGLISH_STOP_WORDS } from './lib/text/english-word-analyzer';

// Search engine encoding
export { encodeToken, decodeToken, conceptToken, isConceptToken, toIndexField } from './lib/search/token-encoder';
export type { IndexableToken } from './lib/search/token-encoder';
export { analyzeFieldsForIndex, analyzeForIndex, analyzeForQuery, MAX_QUERY_TOKENS } from './lib/search/search-analyzer';
export type { QueryOptions } from './lib/search/search-analyzer';

// Term dictionary
export { CONCEPT_KINDS } from './lib/dictionary/concept-kind';
export type { ConceptCodes, ConceptKind, ConceptRef, ConceptTerms } from './lib/dictionary/concept-kind';
export { TERM_DICTIONARY, INDUSTRY_TERMS, findConcepts, findConceptsInNormalized, termsOf } from './lib/dictionary/term-dictionary';
export type { ConceptEntry, ConceptMatch, FindConceptsOptions } from './lib/dictionary/term-dictionary';
export { NEED_TERMS } from './lib/dictionary/data/need-terms.data';
export { MARKET_TERMS } from './lib/dictionary/data/market-terms.data';
export { AUDIENCE_TERMS } from './lib/dictionary/data/audience-terms.data';
export { FUJIAN_CITIES, FUJIAN_CITY_CODES, FUJIAN_PREFECTURE_CODES } from './lib/dictionary/data/fujian-cities.data';
export type { FujianCity, FujianCityCode, FujianCityLevel, FujianPrefectureCode } from './lib/dictionary/data/fujian-cities.data';

// Industry taxonomy
export { INDUSTRY_TAXONOMY, industriesServedBy } from './lib/taxonomy/industry-taxonomy';
export type { IndustryTaxonomyEntry } from './lib/taxonomy/industry-taxonomy';
export { OPPORTUNITY_EVENT_SLUGS, CROSS_INDUSTRY_MEASURES, INDUSTRY_SERVED_BY } from './lib/taxonomy/industry-served-by.data';
export type { IndustryServedBy, OpportunityEventSlug } from './lib/taxonomy/industry-served-by.data';

// Classification
export { classifyEnterprise, classifyOpportunityText, enterpriseCity, enterpriseIndexFields, enterpriseIndexText } from './lib/classification/profile-classifier';
export type {
  CityResolution,
  EnterpriseClassification,
  EnterpriseProfileText,
  OpportunityClassification,
  ProfileField,
} from './lib/classification/profile-classifier';
export { sizeBandOf } from './lib/classification/enterprise-size';
export type { SizeBand } from './lib/classification/enterprise-size';
export type { ConceptEvidence, WeightedConcept } from './lib/classification/concept-scorer';

// Matching (both directions) and explanations
export { OPPORTUNITY_MATCH_TYPES, FEEDBACK_REASONS } from './lib/matching/match-types';
export type {
  FeedbackAdjuster,
  FeedbackReason,
  FirmProfile,
  MatchableEnterprise,
  MatchContext,
  MatchReason,
  OpportunityProfile,
  OpportunityType,
  ReasonCode,
  ScoredMatch,
  Term,
} from './lib/matching/match-types';
export { toOpportunityProfile, withSharedTokens } from './lib/matching/opportunity-profile';
export { firmProfileOf, toMatchableEnterprise, productTermsOf } from './lib/matching/matchable-enterprise';
export { OpportunityCorpus } from './lib/matching/opportunity-corpus';
export type { OpportunityCorpusOptions } from './lib/matching/opportunity-corpus';
export { EnterpriseIndex, compactMatchable } from './lib/matching/enterprise-index';
export { enterpriseKeys, opportunityKeys } from './lib/matching/match-candidates';
export type { MatchKeys } from './lib/matching/match-candidates';
export { TopK } from './lib/matching/top-k';
export { OutreachCache } from './lib/matching/outreach-cache';
export type { RankedFirm } from './lib/matching/outreach-cache';
export { MATCH_WEIGHTS, matchScore, scoreMatch } from './lib/matching/match-scorer';
export { reasonMask } from './lib/matching/match-tally';
export type { MatchScore } from './lib/matching/match-tally';
export { matchOpportunities, matchOpportunitiesBounded } from './lib/matching/opportunity-matcher';
export type { ForwardMatchOptions, MatchCaveat, OpportunityMatch, RelatedOpportunity } from './lib/matching/opportunity-matcher';
export { outreachPage, rankEnterprises, scoreBoundsFor, topEnterprises } from './lib/matching/outreach-ranking';
export { ANY_FIRM, keepsFirm } from './lib/matching/outreach-filter';
export type { OutreachFilter } from './lib/matching/outreach-filter';
export type { EnterpriseMatch, OutreachPageOptions, ScoreBounds as FirmScoreBounds } from './lib/matching/outreach-ranking';
export { scoreBounds } from './lib/matching/match-bound';
export type { ScoreBounds } from './lib/matching/match-bound';
export type { FirmView } from './lib/matching/opportunity-corpus';
export { opportunityGroups, opportunityKey } from './lib/matching/opportunity-groups';
export { feedbackAdjuster } from './lib/matching/feedback-adjuster';
export type { ResultFeedback, PeerFeedback } from './lib/matching/feedback-adjuster';

// Understanding needs however they are phrased
export { NeedClassifier, featuresOf } from './lib/understanding/need-classifier';
export type { LabelledPhrase, NeedPrediction } from './lib/understanding/need-classifier';
export { needClassifier, labelledPhrases, evaluateNeedClassifier } from './lib/understanding/need-model';
export type { NeedClassifierScores } from './lib/understanding/need-model';
export { needClauses, polarityOf } from './lib/understanding/need-clauses';
export type { ClausePolarity, NeedClause } from './lib/understanding/need-clauses';
export { understandNeeds, NEED_CLASSIFIER_THRESHOLD } from './lib/understanding/need-understanding';
export type { NeedMention, UnderstoodNeeds } from './lib/understanding/need-understanding';
export { message, joinList, quoteEach, monthName } from './lib/messages/message-catalogue';
export type { MessageKey } from './lib/messages/message-catalogue';
export { highlight } from './lib/search/highlighter';
export type { HighlightSegment } from './lib/search/highlighter';

// Journeys
export { planJourney, JOURNEY_STEPS } from './lib/journey/journey-planner';
export type { Journey, JourneyItem, JourneyStep, JourneyStepCode } from './lib/journey/journey-planner';
export { eventsAhead } from './lib/journey/event-calendar-ranking';
export type { EventAhead } from './lib/journey/event-calendar-ranking';
