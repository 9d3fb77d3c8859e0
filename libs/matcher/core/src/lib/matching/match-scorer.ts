import type { IndustryCode, MarketCode, NeedCode } from '@fhk/contracts';
import type { WeightedConcept } from '../classification/concept-scorer';
import { UNDERSTOOD_FIELD } from '../classification/profile-classifier';
import { MatchScore, MatchTally, ReasonDetail } from './match-tally';
import { MatchableEnterprise, MatchContext, OpportunityProfile, ScoredMatch, Term } from './match-types';
import { namedByFirm } from './named-event';
import { scoringFeaturesOf } from './opportunity-features';

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

/** What is left of the score when the opportunity serves others (e.g. "Invest Fujian" for a firm going out). */
export const DIRECTION_MISMATCH = 0.2;
/** What is left when the only needs it meets are ones the firm declined, or has met already. */
export const DECLINED_NEED = 0.1;
export const DONE_NEED = 0.3;
/** Industries that name fairs for many trades: a title naming one of them is not exclusive. */
export const UMBRELLA_INDUSTRIES: ReadonlySet<string> = new Set(['food-beverage', 'electronics', 'information-technology', 'digital-economy', 'advanced-manufacturing', 'professional-services', 'trade-ecommerce', 'culture-creative', 'green-economy']);
/**
 * What is left when a firm named needs and the item meets none of them; also when it meets only
 * a side need of the item (not its main need tag) and the firm shares none of its main industry:
 * an item made for another trade and purpose (measure 25's clinical trials for a hospital that
 * wants doctors trained). ADR 0011, thirteenth amendment.
 */
export const NO_NEED_MET = 0.6;
/**
 * A need weighing less than this share of the firm's strongest is one it mentions in passing: an
 * item meeting only such needs keeps part of the no-need penalty (all of it at weight 0, none at
 * this weight). Chosen by 5-fold cross-validation on the tuning split (ADR 0011, third round).
 */
export const MINOR_NEED = 0.5;
/** Needs for which the firm's size matters (a listing, a bond issue). */
export const CAPITAL_MARKETS: ReadonlySet<string> = new Set(['listing', 'bond-issuance']);
/** What is left for a body that informs or accredits rather than serving firms itself (HKCTC). */
export const INFORM_ONLY = 0.5;
/** What is left when it needs something the firm neither has nor is getting (a Hong Kong company). */
export const PRECONDITION_UNMET = 0.4;
/** What is left of a sample record's score, of an edition already over, of an item only for people (youth, students). */
export const SAMPLE = 0.8;
export const PAST_EDITION = 0.5;
export const PEOPLE_AUDIENCE = 0.35;
/** How a firm's size band counts for a listing or bond issue: above 0 a bonus (× sizeFit), below a penalty (1 + fit / 3). */
export const SIZE_FIT = { large: 1, medium: 0.5, small: -0.5, micro: -1 } as const;
/** The caps of the summed parts: industry and product values, need value, markets counted. */
export const INDUSTRY_CAP = 1.5;
export const NEED_CAP = 1.6;
export const PRODUCT_CAP = 1.5;
export const MARKET_CAP = 2;
/** Each further industry hit counts this share of its value; each further need a third (÷ this). */
export const INDUSTRY_FURTHER_SHARE = 0.25;
export const NEED_FURTHER_DIVISOR = 3;

/** Markets every opportunity reaches: sharing one is no reason (exported for candidate generation). */
export const UNIVERSAL_MARKETS: ReadonlySet<string> = new Set(['hong-kong', 'global']);
const MAX_TERMS = 4;
/** What is left of the score when a firm's industries miss an industry-specific opportunity. */
export const INDUSTRY_MISMATCH = 0.15;
/** An industry or product word in the opportunity's title counts this much more. */
export const TITLE_BONUS = 1.5;

const unique = (xs: string[]) => [...new Set(xs)];
const termsOf = <C extends string>(concepts: readonly WeightedConcept<C>[], codes: readonly C[]) =>
  unique(concepts.filter((c) => codes.includes(c.code)).flatMap((c) => c.evidence.map((e) => e.matched))).slice(0, MAX_TERMS);
/** Broad items (tagged with many codes) count less per match than focused ones. */
export const specificity = (size: number, focus = 4) => 1 / Math.sqrt(Math.max(1, size / focus));
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
let lastDeadlineHorizon = { today: '', horizon: '' };
/** `today` + 180 days (one date per day, not per pair). */
export const deadlineHorizon = (today: string) => (lastDeadlineHorizon.today === today ? lastDeadlineHorizon : (lastDeadlineHorizon = { today, horizon: addDays(today, 180) })).horizon;

/**
 * The firm's product terms the opportunity's text has (rare enough to count: IDF above 0), in the
 * firm's order; null when none. (`OpportunityCorpus.firmView` finds the same from its postings.)
 */
export function productHitsOf(e: MatchableEnterprise, o: OpportunityProfile, idf: (token: string) => number): Term[] | null {
  let hits: Term[] | null = null;
  for (const x of e.productTerms) if (o.tokens.has(x.token) && idf(x.token) > 0) (hits ??= []).push(x);
  return hits;
}

/**
 * `productHitsOf`, with firm `firm`'s terms rare enough to count (IDF above 0) found once: the same
 * terms in the same order for every opportunity explained, each tested for its tokens only.
 */
export function productHitsAmong(firm: MatchableEnterprise, idf: (token: string) => number) {
  const rare = firm.productTerms.filter((x) => idf(x.token) > 0);
  return (e: MatchableEnterprise, o: OpportunityProfile): Term[] | null => {
    if (e !== firm) return productHitsOf(e, o, idf);
    let hits: Term[] | null = null;
    for (const x of rare) if (o.tokens.has(x.token)) (hits ??= []).push(x);
    return hits;
  };
}

/**
 * The scoring rules, once for both passes: each rule adds its points to the tally (`add`) or takes
 * its share (`penalize`), and says what it found only when the tally explains. The numeric pass
 * (`matchScore`) ranks every candidate; the explaining pass (`scoreMatch`) runs the same rules for
 * the results that are shown.
 */
function applyRules(e: MatchableEnterprise, o: OpportunityProfile, ctx: MatchContext, t: MatchTally): void {
  const c = e.classification;
  const f = scoringFeaturesOf(o);
  const explain = t.explain;

  // Hits are collected in arrays made only when there is one (most pairs have few or none).
  let industryHits: Array<{ code: IndustryCode; value: number }> | null = null;
  for (const i of c.industries) {
    const w = o.industries.get(i.code);
    if (w !== undefined) (industryHits ??= []).push({ code: i.code, value: i.weight * w * (o.titleIndustries.has(i.code) ? TITLE_BONUS : 1) });
  }
  if (industryHits) {
    industryHits.sort((a, b) => b.value - a.value);
    const value = industryHits[0].value + INDUSTRY_FURTHER_SHARE * industryHits.slice(1).reduce((s, h) => s + h.value, 0);
    const codes = explain ? industryHits.map((h) => h.code) : [];
    t.add('industry', MATCH_WEIGHTS.industry * Math.min(INDUSTRY_CAP, value) * specificity(o.industries.size), explain ? { codes, terms: termsOf(c.industries, codes) } : null);
  }

  let needHits: Array<{ code: NeedCode; value: number }> | null = null;
  for (const n of c.needs) {
    const w = o.needs.get(n.code);
    if (w !== undefined) (needHits ??= []).push({ code: n.code, value: n.weight * w });
  }
  if (needHits) {
    // The best-met need counts fully, each further one a third: an item is chosen for one need.
    const sorted = needHits.map((h) => h.value).sort((a, b) => b - a);
    const value = Math.min(NEED_CAP, sorted[0] + sorted.slice(1).reduce((s, v) => s + v / NEED_FURTHER_DIVISOR, 0));
    t.need = needHits[0].code;
    let detail: ReasonDetail | null = null;
    if (explain) {
      const codes = needHits.map((h) => h.code);
      const evidence = c.needs.filter((n) => codes.includes(n.code)).flatMap((n) => n.evidence);
      const quoted = unique(evidence.filter((x) => !x.field.startsWith(UNDERSTOOD_FIELD)).map((x) => x.matched)).slice(0, MAX_TERMS);
      const understood = quoted.length ? [] : unique(evidence.map((x) => x.matched)).slice(0, 2);
      detail = { codes, terms: quoted.length ? quoted : understood, understood: quoted.length === 0 };
    }
    t.add('need', MATCH_WEIGHTS.need * value * specificity(o.needs.size), detail);
  }

  const named = (ctx.mayName ? ctx.mayName(e, o) : true) && namedByFirm(e, o);
  if (named) t.add('named-event', MATCH_WEIGHTS.namedEvent, explain ? { codes: [], terms: [], named: o.type === 'event' ? 'event' : 'other' } : null);

  const productHits = ctx.productHits ? ctx.productHits(e, o) : productHitsOf(e, o, ctx.idf);
  if (productHits) {
    const weightOf = (x: Term) => x.weight * ctx.idf(x.token) * (o.titleTokens.has(x.token) ? TITLE_BONUS : 1);
    const value = productHits.reduce((s, x) => s + weightOf(x), 0);
    const shown = explain ? [...productHits].sort((a, b) => weightOf(b) - weightOf(a)) : [];
    t.add('product-term', MATCH_WEIGHTS.product * Math.min(PRODUCT_CAP, value / 2), explain ? { codes: [], terms: unique(shown.map((x) => x.surface)).slice(0, MAX_TERMS) } : null);
  }

  const keywords = ctx.keywords(e, o, explain);
  if (keywords.value > 0) t.add('keyword', MATCH_WEIGHTS.keyword * keywords.value, explain ? { codes: [], terms: keywords.terms.slice(0, MAX_TERMS) } : null);

  let marketHits: MarketCode[] | null = null;
  for (const m of c.markets) if (o.markets.has(m.code) && !UNIVERSAL_MARKETS.has(m.code)) (marketHits ??= []).push(m.code);
  if (marketHits) t.add('target-market', MATCH_WEIGHTS.market * Math.min(MARKET_CAP, marketHits.length), explain ? { codes: marketHits, terms: [] } : null);

  if (c.city && f.prefectures.has(c.city.prefecture)) {
    t.add('city', MATCH_WEIGHTS.city, explain ? { codes: [c.city.prefecture], terms: [c.city.matched], place: o.cityLabel ?? c.city.labels } : null);
  }

  if (o.serves.size > 0 && !c.serves.some((s) => o.serves.has(s))) t.penalize('direction', DIRECTION_MISMATCH, explain ? { codes: [...o.serves], terms: [] } : null);
  // An event made for certain industries (a tea fair) is not for a firm known to be in others
  // (a toy maker), however well their needs align; nor is any industry-focused item that meets
  // none of the firm's needs. A service that meets a need (arbitration for a shoe maker) is
  // spared: its industry tags say what it is, not whom it serves. So are firms of unknown industry.
  // An event named after an industry (the International Tea Fair) is for that industry above
  // all: a seafood firm sharing its secondary "food" tag is not its audience.
  // Umbrella industries (a Food Expo, an innovation expo) are named by fairs for many trades.
  const titleIndustry = f.titleIndustry;
  const titleMiss =
    o.type === 'event' &&
    !!titleIndustry &&
    o.industries.get(titleIndustry) === 1 &&
    !UMBRELLA_INDUSTRIES.has(titleIndustry) &&
    c.industries.length > 0 &&
    !c.industries.some((i) => i.code === titleIndustry);
  if (f.focused.length && c.industries.length > 0 && (!industryHits || titleMiss) && (o.type === 'event' || !needHits) && !named) {
    t.penalize('industry-mismatch', INDUSTRY_MISMATCH, explain ? { codes: titleMiss ? [...o.titleIndustries].slice(0, 2) : f.focused.slice(0, 2), terms: [] } : null);
  } else if (named) {
    // A firm that names a provider, programme or event asks for it: that is a need of its own,
    // whichever of its other needs the item is tagged with.
  } else if (!needHits && c.needs.length > 0) {
    // Needs come first: an item that meets none of the needs the firm named ranks below those that do.
    t.penalize('no-need-met', NO_NEED_MET, explain ? { codes: [], terms: [] } : null);
  } else if (needHits) {
    // Nor does a need the firm mentions only in passing lift an item to the rank of those meeting
    // its main needs: below MINOR_NEED of the strongest, the no-need penalty fades in proportion.
    let strongest = -Infinity;
    for (const n of c.needs) if (o.needs.has(n.code)) strongest = Math.max(strongest, n.weight);
    if (strongest < MINOR_NEED) t.penalize('no-need-met', 1 - (1 - NO_NEED_MET) * (1 - strongest / MINOR_NEED), explain ? { codes: [...new Set(needHits.map((h) => h.code))], terms: [] } : null);
    // Nor does a side need of an item made for another trade: its main need and main industry are not the firm's.
    else if (f.mainNeed && !needHits.some((h) => h.code === f.mainNeed) && !industryHits?.some((h) => o.industries.get(h.code) === 1)) {
      t.penalize('no-need-met', NO_NEED_MET, explain ? { codes: [...new Set(needHits.map((h) => h.code))], terms: [], sideNeed: true } : null);
    }
  }
  // Size speaks for a listing or a bond issue, not for the venture capital a financing service also offers:
  // it counts when the item is mainly about listing or bonds, or the firm's need it meets is one of them.
  const listing = CAPITAL_MARKETS.has(o.mainNeed ?? '') || !!needHits?.some((h) => CAPITAL_MARKETS.has(h.code));
  if (listing && c.sizeBand) {
    const fit = SIZE_FIT[c.sizeBand];
    const detail = explain ? { codes: [c.sizeBand], terms: [], employees: e.profile.employees ?? null } : null;
    if (fit > 0) t.add('size-fit', MATCH_WEIGHTS.sizeFit * fit, detail);
    else t.penalize('size-mismatch', 1 + fit / 3, detail);
  }
  if (f.peopleOnly && !industryHits) t.penalize('people-audience', PEOPLE_AUDIENCE, explain ? { codes: [], terms: [] } : null);
  const declined = c.declinedNeeds.length ? f.needCodes.filter((n) => c.declinedNeeds.includes(n)) : [];
  const done = c.doneNeeds.length ? f.needCodes.filter((n) => c.doneNeeds.includes(n)) : [];
  const mainNeed = f.mainNeed;
  if (declined.length && (!needHits || (mainNeed && declined.includes(mainNeed)))) t.penalize('declined-need', DECLINED_NEED, explain ? { codes: declined, terms: [] } : null);
  else if (done.length && (!needHits || (mainNeed && done.includes(mainNeed)))) t.penalize('done-need', DONE_NEED, explain ? { codes: done, terms: [] } : null);
  // A scheme only for Hong Kong companies (the BUD Fund) serves a firm that has one or is setting one up.
  const hasOrSetsUpEntity = c.doneNeeds.includes('company-registration') || c.needs.some((n) => n.code === 'company-registration');
  if (o.requires.includes('hong-kong-entity') && !hasOrSetsUpEntity) t.penalize('precondition-unmet', PRECONDITION_UNMET, explain ? { codes: ['hong-kong-entity'], terms: [] } : null);
  if (o.informsOnly) t.penalize('inform-only', INFORM_ONLY);
  if (o.sample) t.penalize('sample', SAMPLE);

  const edition = o.edition;
  if (edition) {
    const end = edition.endDate ?? edition.startDate;
    if (end && end < ctx.today) t.penalize('past-edition', PAST_EDITION);
    else if (edition.startDate) {
      const dates = explain ? (edition.endDate && edition.endDate !== edition.startDate ? `${edition.startDate} – ${edition.endDate}` : edition.startDate) : null;
      t.add('next-edition', MATCH_WEIGHTS.upcoming, explain ? { codes: [], terms: [], date: dates, tentative: !edition.confirmed } : null);
    } else if (edition.usualMonth) {
      t.add('next-edition', 0, explain ? { codes: [], terms: [], month: edition.usualMonth } : null);
    }
    if (edition.deadline && edition.deadline >= ctx.today && edition.deadline <= deadlineHorizon(ctx.today)) {
      t.add('upcoming-deadline', MATCH_WEIGHTS.deadline, explain ? { codes: [], terms: [], date: edition.deadline } : null);
    }
  }
  const feedback = ctx.feedback?.(o);
  if (feedback && feedback.factor !== 1) t.penalize('feedback', feedback.factor, explain ? { codes: [feedback.reason], terms: [], feedback } : null);
}

/**
 * The tallies, reused from one pair to the next (the rules call nothing that scores, and each pass reads its
 * tally out before returning): a forward match explains each shown result, outreach each firm of a page.
 */
const explaining = new MatchTally(true);
const numeric = new MatchTally(false);

/**
 * Scores one enterprise against one opportunity and explains the score. The same function serves
 * both directions (a firm's opportunities, an opportunity's firms), whichever search engine runs.
 */
export function scoreMatch(e: MatchableEnterprise, o: OpportunityProfile, ctx: MatchContext): ScoredMatch {
  applyRules(e, o, ctx, explaining.reset());
  return explaining.explained(ctx.language);
}

/**
 * The score of `scoreMatch` (the same rules, the same arithmetic) without writing its reasons:
 * for ranking many candidates, of which only the shown few are then explained.
 */
export function matchScore(e: MatchableEnterprise, o: OpportunityProfile, ctx: MatchContext): MatchScore {
  applyRules(e, o, ctx, numeric.reset());
  return numeric.score();
}
