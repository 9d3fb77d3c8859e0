import type { AudienceCode } from '@fhk/contracts';
import type { WeightedConcept } from '../classification/concept-scorer';
import { UNDERSTOOD_FIELD } from '../classification/profile-classifier';
import { FUJIAN_CITIES } from '../dictionary/data/fujian-cities.data';
import { reason, ReasonInput, TOPICAL_REASONS } from './match-reasons';
import { MatchableEnterprise, MatchContext, OpportunityProfile, ScoredMatch } from './match-types';
import { namedByFirm } from './named-event';

/**
 * Weights of the signals, in the order a trade officer reads a firm: what it asked for (needs)
 * first, then what it is and makes (industry, products, its words), then market, city, size
 * and dates. Penalties are factors; each is shown as a reason with the points it took away.
 */
export const MATCH_WEIGHTS = {
  need: 5,
  industry: 3,
  product: 2,
  /** Text relevance of the whole description (BM25, scaled so the best opportunity gets 1). */
  keyword: 2,
  market: 0.8,
  city: 0.5,
  sizeFit: 0.6,
  deadline: 0.6,
  upcoming: 0.3,
  /** The firm names the event itself. */
  namedEvent: 3,
  /** Results below this score are not shown. */
  threshold: 1,
} as const;

/** What a firm can name: an event, a provider, a programme (a service category's title is a common phrase). */
/** What is left of the score when the opportunity serves others (e.g. "Invest Fujian" for a firm going out). */
const DIRECTION_MISMATCH = 0.2;
/** What is left when the only needs it meets are ones the firm declined, or has met already. */
const DECLINED_NEED = 0.1;
const DONE_NEED = 0.3;
/** Industries that name fairs for many trades: a title naming one of them is not exclusive. */
const UMBRELLA_INDUSTRIES: ReadonlySet<string> = new Set(['food-beverage', 'electronics', 'information-technology', 'digital-economy', 'advanced-manufacturing', 'professional-services', 'trade-ecommerce', 'culture-creative', 'green-economy']);
/** What is left when a firm named needs and the item meets none of them. */
const NO_NEED_MET = 0.6;
/**
 * A need weighing less than this share of the firm's strongest is one it mentions in passing: an
 * item meeting only such needs keeps part of the no-need penalty (all of it at weight 0, none at
 * this weight). Chosen by 5-fold cross-validation on the tuning split (ADR 0011, third round).
 */
const MINOR_NEED = 0.5;
/** Needs for which the firm's size matters (a listing, a bond issue). */
const CAPITAL_MARKETS: ReadonlySet<string> = new Set(['listing', 'bond-issuance']);
/** What is left for a body that informs or accredits rather than serving firms itself (HKCTC). */
const INFORM_ONLY = 0.5;
/** What is left when it needs something the firm neither has nor is getting (a Hong Kong company). */
const PRECONDITION_UNMET = 0.4;

/**
 * Audiences of people rather than organisations. An opportunity only for them (a youth study
 * tour, a residence permit) is discounted for a firm, unless it is in the firm's own industry
 * (an education programme for students is for a university too).
 */
const PEOPLE_AUDIENCES: ReadonlySet<AudienceCode> = new Set(['youth', 'general-public', 'hong-kong-residents', 'universities-students']);
/** Markets every opportunity reaches: sharing one is no reason (exported for candidate generation). */
export const UNIVERSAL_MARKETS: ReadonlySet<string> = new Set(['hong-kong', 'global']);
const MAX_TERMS = 4;
/** What is left of the score when a firm's industries miss an industry-specific opportunity. */
const INDUSTRY_MISMATCH = 0.15;
/** An industry or product word in the opportunity's title counts this much more. */
const TITLE_BONUS = 1.5;

const unique = (xs: string[]) => [...new Set(xs)];
const termsOf = <C extends string>(concepts: readonly WeightedConcept<C>[], codes: readonly C[]) =>
  unique(concepts.filter((c) => codes.includes(c.code)).flatMap((c) => c.evidence.map((e) => e.matched))).slice(0, MAX_TERMS);
/** Broad items (tagged with many codes) count less per match than focused ones. */
const specificity = (size: number, focus = 4) => 1 / Math.sqrt(Math.max(1, size / focus));
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Scores one enterprise against one opportunity and explains the score. The same function serves
 * both directions (a firm's opportunities, an opportunity's firms), whichever search engine runs.
 */
export function scoreMatch(e: MatchableEnterprise, o: OpportunityProfile, ctx: MatchContext): ScoredMatch {
  const inputs: ReasonInput[] = [];
  const c = e.classification;

  const industryHits = c.industries
    .filter((i) => o.industries.has(i.code))
    .map((i) => ({ code: i.code, value: i.weight * o.industries.get(i.code)! * (o.titleIndustries.has(i.code) ? TITLE_BONUS : 1) }));
  if (industryHits.length) {
    industryHits.sort((a, b) => b.value - a.value);
    const value = industryHits[0].value + 0.25 * industryHits.slice(1).reduce((s, h) => s + h.value, 0);
    const codes = industryHits.map((h) => h.code);
    inputs.push({ code: 'industry', codes, terms: termsOf(c.industries, codes), contribution: MATCH_WEIGHTS.industry * Math.min(1.5, value) * specificity(o.industries.size) });
  }

  const needHits = c.needs.filter((n) => o.needs.has(n.code)).map((n) => ({ code: n.code, value: n.weight * o.needs.get(n.code)! }));
  if (needHits.length) {
    const codes = needHits.map((h) => h.code);
    // The best-met need counts fully, each further one a third: an item is chosen for one need.
    const sorted = needHits.map((h) => h.value).sort((a, b) => b - a);
    const value = Math.min(1.6, sorted[0] + sorted.slice(1).reduce((s, v) => s + v / 3, 0));
    const evidence = c.needs.filter((n) => codes.includes(n.code)).flatMap((n) => n.evidence);
    const quoted = unique(evidence.filter((x) => !x.field.startsWith(UNDERSTOOD_FIELD)).map((x) => x.matched)).slice(0, MAX_TERMS);
    const understood = quoted.length ? [] : unique(evidence.map((x) => x.matched)).slice(0, 2);
    inputs.push({
      code: 'need',
      codes,
      terms: quoted.length ? quoted : understood,
      understood: quoted.length === 0,
      contribution: MATCH_WEIGHTS.need * value * specificity(o.needs.size),
    });
  }

  if (namedByFirm(e, o)) inputs.push({ code: 'named-event', codes: [], terms: [], contribution: MATCH_WEIGHTS.namedEvent, named: o.type === 'event' ? 'event' : 'other' });

  const productHits = e.productTerms.filter((t) => o.tokens.has(t.token) && ctx.idf(t.token) > 0);
  if (productHits.length) {
    const weightOf = (t: (typeof productHits)[number]) => t.weight * ctx.idf(t.token) * (o.titleTokens.has(t.token) ? TITLE_BONUS : 1);
    const value = productHits.reduce((s, t) => s + weightOf(t), 0);
    const shown = [...productHits].sort((a, b) => weightOf(b) - weightOf(a));
    inputs.push({ code: 'product-term', codes: [], terms: unique(shown.map((t) => t.surface)).slice(0, MAX_TERMS), contribution: MATCH_WEIGHTS.product * Math.min(1.5, value / 2) });
  }

  const keywords = ctx.keywords(e, o);
  if (keywords.value > 0) {
    inputs.push({ code: 'keyword', codes: [], terms: keywords.terms.slice(0, MAX_TERMS), contribution: MATCH_WEIGHTS.keyword * keywords.value });
  }

  const marketHits = c.markets.filter((m) => o.markets.has(m.code) && !UNIVERSAL_MARKETS.has(m.code)).map((m) => m.code);
  if (marketHits.length) inputs.push({ code: 'target-market', codes: marketHits, terms: [], contribution: MATCH_WEIGHTS.market * Math.min(2, marketHits.length) });

  if (c.city && [...o.cities].some((code) => FUJIAN_CITIES[code].prefecture === c.city!.prefecture)) {
    inputs.push({ code: 'city', codes: [c.city.prefecture], terms: [c.city.matched], contribution: MATCH_WEIGHTS.city, place: o.cityLabel ?? c.city.labels });
  }

  const penalties: Array<Omit<ReasonInput, 'contribution'> & { factor: number }> = [];
  const hitCodes = new Set(needHits.map((h) => h.code));
  if (o.serves.size > 0 && !c.serves.some((s) => o.serves.has(s))) {
    penalties.push({ code: 'direction', codes: [...o.serves], terms: [], factor: DIRECTION_MISMATCH });
  }
  // An event made for certain industries (a tea fair) is not for a firm known to be in others
  // (a toy maker), however well their needs align; nor is any industry-focused item that meets
  // none of the firm's needs. A service that meets a need (arbitration for a shoe maker) is
  // spared: its industry tags say what it is, not whom it serves. So are firms of unknown industry.
  const focused = [...o.industries.entries()].filter(([, w]) => w >= 0.8).map(([code]) => code);
  // An event named after an industry (the International Tea Fair) is for that industry above
  // all: a seafood firm sharing its secondary "food" tag is not its audience.
  // Umbrella industries (a Food Expo, an innovation expo) are named by fairs for many trades.
  const [titleIndustry] = o.titleIndustries.size === 1 ? [...o.titleIndustries] : [];
  const titleMiss =
    o.type === 'event' &&
    !!titleIndustry &&
    o.industries.get(titleIndustry) === 1 &&
    !UMBRELLA_INDUSTRIES.has(titleIndustry) &&
    c.industries.length > 0 &&
    !c.industries.some((i) => i.code === titleIndustry);
  if (focused.length && c.industries.length > 0 && (industryHits.length === 0 || titleMiss) && (o.type === 'event' || needHits.length === 0) && !namedByFirm(e, o)) {
    penalties.push({ code: 'industry-mismatch', codes: titleMiss ? [...o.titleIndustries].slice(0, 2) : focused.slice(0, 2), terms: [], factor: INDUSTRY_MISMATCH });
  } else if (needHits.length === 0 && c.needs.length > 0) {
    // Needs come first: an item that meets none of the needs the firm named ranks below those that do.
    penalties.push({ code: 'no-need-met', codes: [], terms: [], factor: NO_NEED_MET });
  } else if (needHits.length > 0) {
    // Nor does a need the firm mentions only in passing lift an item to the rank of those meeting
    // its main needs: below MINOR_NEED of the strongest, the no-need penalty fades in proportion.
    const strongest = Math.max(...c.needs.filter((n) => hitCodes.has(n.code)).map((n) => n.weight));
    if (strongest < MINOR_NEED) penalties.push({ code: 'no-need-met', codes: [...hitCodes], terms: [], factor: 1 - (1 - NO_NEED_MET) * (1 - strongest / MINOR_NEED) });
  }
  // Size speaks for a listing or a bond issue, not for the venture capital a financing service also offers:
  // it counts when the item is mainly about listing or bonds, or the firm's need it meets is one of them.
  const listing = CAPITAL_MARKETS.has(o.mainNeed ?? '') || [...hitCodes].some((n) => CAPITAL_MARKETS.has(n));
  if (listing && c.sizeBand) {
    const fit = { large: 1, medium: 0.5, small: -0.5, micro: -1 }[c.sizeBand];
    if (fit > 0) inputs.push({ code: 'size-fit', codes: [c.sizeBand], terms: [], contribution: MATCH_WEIGHTS.sizeFit * fit, employees: e.profile.employees ?? null });
    else penalties.push({ code: 'size-mismatch', codes: [c.sizeBand], terms: [], factor: 1 + fit / 3, employees: e.profile.employees ?? null });
  }
  if (o.serves.size === 0 && o.audiences.size > 0 && [...o.audiences].every((a) => PEOPLE_AUDIENCES.has(a)) && industryHits.length === 0) {
    penalties.push({ code: 'people-audience', codes: [], terms: [], factor: 0.35 });
  }
  const declined = [...o.needs.keys()].filter((n) => c.declinedNeeds.includes(n));
  const done = [...o.needs.keys()].filter((n) => c.doneNeeds.includes(n));
  const mainNeed = [...o.needs.entries()].find(([, w]) => w >= 1)?.[0];
  if (declined.length && (hitCodes.size === 0 || (mainNeed && declined.includes(mainNeed)))) penalties.push({ code: 'declined-need', codes: declined, terms: [], factor: DECLINED_NEED });
  else if (done.length && (hitCodes.size === 0 || (mainNeed && done.includes(mainNeed)))) penalties.push({ code: 'done-need', codes: done, terms: [], factor: DONE_NEED });
  // A scheme only for Hong Kong companies (the BUD Fund) serves a firm that has one or is setting one up.
  const hasOrSetsUpEntity = c.doneNeeds.includes('company-registration') || c.needs.some((n) => n.code === 'company-registration');
  if (o.requires.includes('hong-kong-entity') && !hasOrSetsUpEntity) penalties.push({ code: 'precondition-unmet', codes: ['hong-kong-entity'], terms: [], factor: PRECONDITION_UNMET });
  if (o.informsOnly) penalties.push({ code: 'inform-only', codes: [], terms: [], factor: INFORM_ONLY });
  if (o.sample) penalties.push({ code: 'sample', codes: [], terms: [], factor: 0.8 });

  const edition = o.edition;
  if (edition) {
    const end = edition.endDate ?? edition.startDate;
    if (end && end < ctx.today) penalties.push({ code: 'past-edition', codes: [], terms: [], factor: 0.5 });
    else if (edition.startDate) {
      const dates = edition.endDate && edition.endDate !== edition.startDate ? `${edition.startDate} – ${edition.endDate}` : edition.startDate;
      inputs.push({ code: 'next-edition', codes: [], terms: [], contribution: MATCH_WEIGHTS.upcoming, date: dates, tentative: !edition.confirmed });
    } else if (edition.usualMonth) {
      inputs.push({ code: 'next-edition', codes: [], terms: [], contribution: 0, month: edition.usualMonth });
    }
    if (edition.deadline && edition.deadline >= ctx.today && edition.deadline <= addDays(ctx.today, 180)) {
      inputs.push({ code: 'upcoming-deadline', codes: [], terms: [], contribution: MATCH_WEIGHTS.deadline, date: edition.deadline });
    }
  }
  const feedback = ctx.feedback?.(o);
  if (feedback && feedback.factor !== 1) penalties.push({ code: 'feedback', codes: [feedback.reason], terms: [], factor: feedback.factor, feedback });

  if (!inputs.some((i) => TOPICAL_REASONS.has(i.code) && i.contribution > 0)) return { score: 0, reasons: [] };
  // Each penalty takes its share of what is left, as a reason of its own: the score is the sum.
  let running = inputs.reduce((s, i) => s + i.contribution, 0);
  for (const { factor, ...p } of penalties) {
    const contribution = running * (factor - 1);
    inputs.push({ ...p, contribution });
    running += contribution;
  }
  const score = running;
  const ordered = [...inputs].sort((a, b) => b.contribution - a.contribution);
  return { score: Math.round(score * 1000) / 1000, reasons: ordered.map((i) => reason(i, ctx.language)) };
}
