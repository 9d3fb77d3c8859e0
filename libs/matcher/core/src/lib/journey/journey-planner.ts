import type { LocalizedText, Locale, NeedCode } from '@fhk/contracts';
import { message, MessageKey } from '../messages/message-catalogue';
import { scoreMatch } from '../matching/match-scorer';
import { MatchableEnterprise, OpportunityProfile, OpportunityType } from '../matching/match-types';
import { OpportunityCorpus } from '../matching/opportunity-corpus';

/**
 * The steps of a Fujian firm's way into Hong Kong and beyond, in the order they depend on each
 * other: the company first (it opens accounts, holds trademarks, signs contracts), then its
 * money, its tax, its brand, its contracts, then selling (fairs), going further, and capital
 * markets last (they need audited accounts and a track record).
 */
export const JOURNEY_STEPS = [
  { step: 'company-registration', needs: ['company-registration'] },
  { step: 'fund-pooling', needs: ['fund-pooling'] },
  { step: 'tax-compliance', needs: ['tax-compliance'] },
  { step: 'trademark-patent', needs: ['trademark-patent'] },
  { step: 'legal-advice', needs: ['legal-advice'] },
  { step: 'exhibit-find-buyers', needs: ['exhibit-find-buyers'] },
  { step: 'overseas-expansion', needs: ['overseas-expansion'] },
  { step: 'listing', needs: ['listing', 'bond-issuance'] },
] as const satisfies ReadonlyArray<{ step: NeedCode; needs: readonly NeedCode[] }>;
export type JourneyStepCode = (typeof JOURNEY_STEPS)[number]['step'];

/** Steps that work through a Hong Kong company: wanting one of them implies registering one. */
const NEEDS_HONG_KONG_ENTITY: ReadonlySet<JourneyStepCode> = new Set(['fund-pooling', 'tax-compliance', 'overseas-expansion', 'listing']);
const PER_KIND = { 'service-provider': 3, programme: 2, event: 3 } as const;

export interface JourneyItem {
  readonly type: OpportunityType;
  readonly id: string;
  readonly title: LocalizedText;
  readonly score: number;
  /** Events: the next edition's dates and application deadline, when known. */
  readonly startDate?: string | null;
  readonly deadline?: string | null;
  readonly tentative?: boolean;
}

export interface JourneyStep {
  readonly order: number;
  readonly step: JourneyStepCode;
  readonly title: string;
  /** Why the step comes where it does. */
  readonly why: string;
  /** True when the firm did not ask for it but a later step needs it (a Hong Kong company). */
  readonly implied: boolean;
  /** The firm's own words that asked for it. */
  readonly askedIn: readonly string[];
  readonly providers: readonly JourneyItem[];
  readonly programmes: readonly JourneyItem[];
  /** For the fair step: the events that fit the firm best, with dates. */
  readonly events: readonly JourneyItem[];
  /** Memorandum measures behind the step's items. */
  readonly measures: readonly number[];
}

export interface Journey {
  readonly language: Locale;
  readonly steps: readonly JourneyStep[];
  /** Steps left out because the firm said it has done them or does not need them. */
  readonly leftOut: ReadonlyArray<{ step: JourneyStepCode; title: string; because: 'done' | 'declined'; text: string }>;
}

/**
 * An ordered plan for a firm going to Hong Kong: the steps it asked for (and the company a later
 * step needs), each with the providers, programmes and measures behind it, ranked for this firm;
 * for the fair step, the events that fit it best. Steps it did already or does not need are left
 * out, saying so.
 */
export function planJourney(enterprise: MatchableEnterprise, corpus: OpportunityCorpus, options: { today: string; language?: Locale }): Journey {
  const language = options.language ?? enterprise.classification.language;
  const c = enterprise.classification;
  const wanted = new Set(c.needs.map((n) => n.code));
  // A step is left out when the firm said it did it, or does not need it, and asked for none of its needs.
  const off = (step: (typeof JOURNEY_STEPS)[number]): 'done' | 'declined' | null => {
    const needs: readonly NeedCode[] = step.needs;
    if (needs.some((n) => wanted.has(n))) return null;
    if (needs.some((n) => c.doneNeeds.includes(n))) return 'done';
    return needs.some((n) => c.declinedNeeds.includes(n)) ? 'declined' : null;
  };
  const asked = JOURNEY_STEPS.filter((s) => s.needs.some((n) => wanted.has(n)) && !off(s));
  const entityNeeded = asked.some((s) => NEEDS_HONG_KONG_ENTITY.has(s.step));
  const included = JOURNEY_STEPS.filter((s) => !off(s) && (asked.includes(s) || (s.step === 'company-registration' && entityNeeded)));

  const ctx = { today: options.today, language, idf: corpus.idf, keywords: corpus.keywords };
  // Opportunities outside the firm's candidates score 0 (match-candidates.ts): only candidates are scored.
  const scores = new Map<OpportunityProfile, number>(corpus.candidatesFor(enterprise).map((o) => [o, scoreMatch(enterprise, o, ctx).score]));
  const itemOf = (o: OpportunityProfile): JourneyItem => ({
    type: o.type,
    id: o.id,
    title: o.title,
    score: scores.get(o) ?? 0,
    ...(o.edition ? { startDate: o.edition.startDate, deadline: o.edition.deadline, tentative: !o.edition.confirmed } : {}),
  });
  const best = (step: (typeof JOURNEY_STEPS)[number], type: keyof typeof PER_KIND) =>
    corpus.profiles
      .filter((o) => o.type === type && step.needs.some((n) => (o.needs.get(n) ?? 0) >= 0.7))
      .filter((o) => type !== 'event' || (scores.get(o) ?? 0) > 0)
      .sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a.id.localeCompare(b.id))
      .slice(0, PER_KIND[type])
      .map(itemOf);

  const steps = included.map((s, i): JourneyStep => {
    const providers = best(s, 'service-provider');
    const programmes = best(s, 'programme');
    const events = s.step === 'exhibit-find-buyers' ? best(s, 'event') : [];
    const categories = corpus.profiles.filter((o) => o.type === 'service-category' && s.needs.some((n) => o.mainNeed === n));
    const measures = [...new Set([...categories, ...[...providers, ...programmes, ...events].map((x) => corpus.get(x.type, x.id)!)].flatMap((o) => o.measures))].sort((a, b) => a - b);
    return {
      order: i + 1,
      step: s.step,
      title: message(language, `journey.step.${s.step}` as MessageKey),
      why: message(language, `journey.why.${s.step}` as MessageKey),
      implied: !asked.includes(s),
      askedIn: [...new Set(c.needs.filter((n) => (s.needs as readonly NeedCode[]).includes(n.code)).flatMap((n) => n.evidence.map((e) => e.matched)))].slice(0, 4),
      providers,
      programmes,
      events,
      measures,
    };
  });
  const leftOut = JOURNEY_STEPS.filter((s) => off(s)).map((s) => {
    const because = off(s)!;
    return { step: s.step, title: message(language, `journey.step.${s.step}` as MessageKey), because, text: message(language, because === 'done' ? 'journey.done' : 'journey.declined') };
  });
  return { language, steps, leftOut };
}
