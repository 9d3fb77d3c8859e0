import { PRECONDITIONS } from '@fhk/contracts';
import type { LocalizedText, Locale, NeedCode, PreconditionCode } from '@fhk/contracts';
import { message } from '../messages/message-catalogue';
import { EXPLICIT_NEED_FLOOR } from '../classification/profile-classifier';
import { bestFirst, DescendingBounds, scoreBounds, withBoundArrays } from './match-bound';
import { withFirmHits } from './firm-hits';
import { forwardScorer, ScorerFactory } from './forward-scorer';
import { MATCH_WEIGHTS, productHitsAmong, scoreMatch } from './match-scorer';
import { reasonMask } from './match-tally';
import { FeedbackAdjuster, MatchableEnterprise, MatchReason, OpportunityProfile, OpportunityType } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';
import type { OpportunityPostings } from './opportunity-postings';
import { releaseFirmView } from './text-relevance';
import { idOrderOf, ScoredCandidates, withScoredCandidates } from './scored-candidates';

/** Something the firm must know before acting on a result. */
export interface MatchCaveat {
  readonly code: PreconditionCode | 'applications-close' | 'dates-tentative';
  readonly date: string | null;
  readonly text: string;
}

/** Another face of the same opportunity (its measure, programme or event). */
export interface RelatedOpportunity {
  readonly type: OpportunityType;
  readonly id: string;
  readonly title: LocalizedText;
}

export interface OpportunityMatch {
  readonly type: OpportunityType;
  readonly id: string;
  readonly title: LocalizedText;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
  readonly measures: readonly number[];
  readonly sample: boolean;
  readonly tentative: boolean;
  /** The same opportunity as measure, programme or event, collapsed into this result. */
  readonly related: readonly RelatedOpportunity[];
  readonly caveats: readonly MatchCaveat[];
  /** Below the usual threshold: shown only because nothing better was found (see the note). */
  readonly partial: boolean;
}

export interface ForwardMatchOptions {
  readonly limit?: number;
  readonly types?: readonly OpportunityType[];
  readonly today: string;
  /** Defaults to the language the profile was written in. */
  readonly language?: Locale;
  readonly feedback?: FeedbackAdjuster;
}

/** How many results in a row may serve the same need of the firm before another need gets a turn. */
const SAME_NEED_RUN = 2;
const DIVERSIFIED_TOP = 10;
/** A result for another need moves up only if it scores at least this share of the best waiting one. */
const DIVERSITY_FLOOR = 0.8;
/**
 * A need the firm states strongly: at least the weight of one named in the dictionary's words
 * (EXPLICIT_NEED_FLOOR of its strongest). When it states two to MAX_STRONG_NEEDS of them, each gets
 * a slot in the top ten (`withNeedSlots`); a firm stating more already has its top ten spread.
 */
const STRONG_NEED = EXPLICIT_NEED_FLOOR;
const MAX_STRONG_NEEDS = 5;
/** An item serves a need for its slot when tagged with it (1 its main need, 0.7 a further one; 0.5 is a need only read in its text). */
const SLOT_ITEM_NEED = 0.7;
/** The best item for a strongly stated need missing from the top ten takes a slot if it scores at least this share of the tenth best. */
const NEED_SLOT_FLOOR = 0.7;
/** A partial result never carries one of these: the item is for someone else, or the firm said no. */
const EXCLUDING_REASONS = reasonMask(['direction', 'industry-mismatch', 'declined-need', 'done-need', 'feedback']);
/** Partial results must score at least this (some real topical evidence). */
const PARTIAL_FLOOR = 0.2;

function caveatsOf(o: OpportunityProfile, today: string, language: Locale): MatchCaveat[] {
  const out: MatchCaveat[] = o.requires.map((code) => ({ code, date: null, text: PRECONDITIONS[code][language] }));
  const deadline = o.edition?.deadline;
  if (deadline && deadline >= today) out.push({ code: 'applications-close', date: deadline, text: message(language, 'caveat.applications-close', { date: deadline }) });
  if (o.edition && o.edition.startDate && !o.edition.confirmed) out.push({ code: 'dates-tentative', date: null, text: message(language, 'caveat.dates-tentative') });
  return out;
}

/**
 * Orders by score, but lets no single need of the firm take more than SAME_NEED_RUN slots in a row
 * of the top ten while a nearly as good result (DIVERSITY_FLOOR) for another need waits: the top
 * ten covers what the firm asked for. Results are ordinals (`ScoredCandidates`) in rank order;
 * `needOf` is the firm's need a result serves most.
 */
function diversify(results: number[], score: Float64Array, needOf: (m: number) => string): number[] {
  const head: number[] = [];
  const pool = [...results];
  const used = new Map<string, number>();
  while (head.length < DIVERSIFIED_TOP && pool.length) {
    const floor = score[pool[0]] * DIVERSITY_FLOOR;
    let pick = pool.findIndex((m) => score[m] >= floor && (used.get(needOf(m)) ?? 0) < SAME_NEED_RUN);
    if (pick < 0) {
      used.clear();
      pick = 0;
    }
    const [m] = pool.splice(pick, 1);
    used.set(needOf(m), (used.get(needOf(m)) ?? 0) + 1);
    head.push(m);
  }
  return [...head, ...pool];
}

/**
 * Rank order of scored ordinals: by score, then id (`localeCompare`, as places in `idOrderOf`),
 * then candidate order (the ordinal: candidates are in `profiles` order; ties of score and id keep
 * it, as the stable sort did).
 */
const rankOrder = (score: Float64Array, idOrder: Int32Array) => (a: number, b: number) =>
  // -1/1, not the difference of scores: a fraction returned to the sort is a heap number (~30 KB a request).
  score[a] > score[b] ? -1 : score[a] < score[b] ? 1 : idOrder[a] - idOrder[b] || a - b;

/**
 * The lowest score `above(results, limit)` keeps of results whose k-th best scores are `nth(k)`:
 * each of the first DIVERSIFIED_TOP is taken from those within DIVERSITY_FLOOR of the best still
 * waiting, which scores at least the DIVERSIFIED_TOP-th best; the rest are the best remaining, within
 * the top `limit`; `withNeedSlots` lifts only results scoring NEED_SLOT_FLOOR × the DIVERSIFIED_TOP-th best.
 * So nothing below min(min(DIVERSITY_FLOOR, NEED_SLOT_FLOOR) × that score, the `limit`-th best) is shown.
 */
const floorOf = (nth: (k: number) => number, limit: number) => Math.min(nth(DIVERSIFIED_TOP) * Math.min(DIVERSITY_FLOOR, NEED_SLOT_FLOOR), nth(limit));

/**
 * Gives each strongly stated need of the firm (`strong`, strongest first) a slot in the top ten:
 * if no result there serves it (SLOT_ITEM_NEED, and no excluding reason), its best result scoring at
 * least NEED_SLOT_FLOOR of the tenth best takes the tenth place (a second the ninth …), and what
 * it displaces moves down, in order. A result that is the only one in the top ten for another
 * strongly stated need is not displaced. Every result it may lift scores at least
 * NEED_SLOT_FLOOR × the tenth best, so `floorOf` keeps them all.
 */
function withNeedSlots(results: number[], strong: readonly NeedCode[], scored: ScoredCandidates, profiles: readonly OpportunityProfile[]): number[] {
  if (strong.length < 2 || strong.length > MAX_STRONG_NEEDS || results.length <= DIVERSIFIED_TOP) return results;
  const { score, negative } = scored;
  const serves = (m: number, need: NeedCode) => (profiles[m].needs.get(need) ?? 0) >= SLOT_ITEM_NEED && (negative[m] & EXCLUDING_REASONS) === 0;
  const head = results.slice(0, DIVERSIFIED_TOP);
  const rest = results.slice(DIVERSIFIED_TOP);
  // The tenth best score: the scores negated, sorted as numbers in the scratch array.
  const sorted = scored.scratch.subarray(0, results.length);
  for (let k = 0; k < results.length; k++) sorted[k] = -score[results[k]];
  const floor = -sorted.sort()[DIVERSIFIED_TOP - 1] * NEED_SLOT_FLOOR;
  const slots: number[] = [];
  for (const need of strong) {
    if (head.some((m) => serves(m, need)) || slots.some((m) => serves(m, need))) continue;
    const at = rest.findIndex((m) => score[m] >= floor && serves(m, need));
    if (at >= 0) slots.push(...rest.splice(at, 1));
  }
  if (!slots.length) return results;
  const kept = [...head];
  const displaced: number[] = [];
  for (let i = kept.length - 1; i >= 0 && displaced.length < slots.length; i--) {
    const m = kept[i];
    const onlyOne = strong.some((need) => serves(m, need) && ![...kept, ...slots].some((x) => x !== m && serves(x, need)));
    if (!onlyOne) displaced.unshift(...kept.splice(i, 1));
  }
  // Fewer results to displace than slots (each is the only one for a need): the other slots wait after them.
  return [...kept, ...slots.slice(0, displaced.length), ...displaced, ...slots.slice(displaced.length), ...rest];
}

/**
 * The results (ordinals) `diversify(...).slice(0, limit)` can show, in rank order (`before`): the
 * floor from the k best scores (sorted as numbers, k = max(DIVERSIFIED_TOP, limit)), then only
 * those at or above it sorted.
 */
function above(results: readonly number[], scored: ScoredCandidates, limit: number, before: (a: number, b: number) => number): number[] {
  const { score } = scored;
  const best = scored.scratch.subarray(0, results.length);
  for (let k = 0; k < results.length; k++) best[k] = -score[results[k]];
  best.sort();
  const floor = floorOf((k) => (k >= 1 && best.length >= k ? -best[k - 1] : -Infinity), limit);
  return results.filter((o) => score[o] >= floor).sort(before);
}

/**
 * The `floorOf` the groups' best scores so far: the k best groups (k = max(DIVERSIFIED_TOP, limit)),
 * kept sorted as scores come in. A group's best only rises, so a group outside the k best can enter
 * only by rising above the lowest of them.
 */
class GroupFloor {
  private readonly groups: number[] = [];
  private readonly scores: number[] = [];
  private readonly k: number;

  constructor(private readonly limit: number) {
    this.k = Math.max(DIVERSIFIED_TOP, limit);
  }

  /** A kept result of group `group` scoring `score`; false when the k best groups' scores stay as they were (so does the floor). */
  add(group: number, score: number): boolean {
    const { groups, scores } = this;
    let at = groups.indexOf(group);
    if (at >= 0) {
      if (score <= scores[at]) return false;
    } else if (groups.length < this.k) {
      at = groups.length;
      groups.push(group);
      scores.push(-Infinity);
    } else {
      if (score <= scores[scores.length - 1]) return false;
      at = scores.length - 1;
      groups[at] = group;
    }
    // Move up to its place (scores descending).
    while (at > 0 && scores[at - 1] < score) {
      scores[at] = scores[at - 1];
      groups[at] = groups[at - 1];
      at--;
    }
    scores[at] = score;
    groups[at] = group;
    return true;
  }

  get floor(): number {
    return floorOf((k) => (k >= 1 && this.scores.length >= k ? this.scores[k - 1] : -Infinity), this.limit);
  }
}

/**
 * Scores candidates best bound first (`scoreBounds`, `DescendingBounds`) until no bound left reaches
 * the floor of what can be shown: `floorOf` over the best kept score of each group seen so far (one
 * result per group, so a floor over members would be unsafe), and never below `minimum` (what is
 * kept at all). The floor over what was seen is at most the floor over everything, so everything
 * left unscored scores below it: it cannot be shown, nor be the best of a group that is, nor move
 * the floor (the k best groups are the same). `score` keeps every candidate above zero in `scored` (true).
 */
function scoreWhileShowable(
  order: DescendingBounds,
  score: (ordinal: number) => boolean,
  group: Int32Array,
  keep: (ordinal: number) => boolean,
  minimum: number,
  limit: number,
  scored: ScoredCandidates,
): void {
  const groups = new GroupFloor(limit);
  for (let k = 0; k < scored.count; k++) {
    const o = scored.ordinals[k];
    if (keep(o)) groups.add(group[o], scored.score[o]);
  }
  let floor = Math.max(minimum, groups.floor);
  while (order.size && order.peek() >= floor) {
    const ordinal = order.pop();
    if (!score(ordinal)) continue;
    if (!keep(ordinal)) continue;
    if (groups.add(group[ordinal], scored.score[ordinal])) floor = Math.max(minimum, groups.floor);
  }
}

/** Each group's members by ordinal, in `profiles` order: those of group `g` are `members[start[g]..start[g + 1])`. */
interface GroupMembers {
  readonly start: Int32Array;
  readonly members: Int32Array;
}
const groupMembers = new WeakMap<OpportunityPostings, GroupMembers>();

/** `GroupMembers` once per corpus version (a count, a prefix sum and one pass), so a result's `related` costs no lookup by profile. */
function groupMembersOf(postings: OpportunityPostings): GroupMembers {
  let out = groupMembers.get(postings);
  if (out) return out;
  const { group, groupCount, size } = postings;
  const start = new Int32Array(groupCount + 1);
  for (let o = 0; o < size; o++) start[group[o] + 1]++;
  for (let g = 0; g < groupCount; g++) start[g + 1] += start[g];
  const next = start.slice(0, groupCount);
  const members = new Int32Array(size);
  for (let o = 0; o < size; o++) members[next[group[o]]++] = o;
  out = { start, members };
  groupMembers.set(postings, out);
  return out;
}

/** The other members of ordinal `m`'s group, of the types asked for, in `profiles` order (what `corpus.membersOf` lists). */
function relatedOf(postings: OpportunityPostings, m: number, types: ReadonlySet<string> | null): RelatedOpportunity[] {
  const { start, members } = groupMembersOf(postings);
  const g = postings.group[m];
  const out: RelatedOpportunity[] = [];
  for (let k = start[g]; k < start[g + 1]; k++) {
    const x = members[k];
    if (x === m) continue;
    const p = postings.profiles[x];
    if (!types || types.has(p.type)) out.push({ type: p.type, id: p.id, title: p.title });
  }
  return out;
}

/**
 * Enterprise → opportunities: every result above the threshold, the same opportunity (as
 * measure, programme or event) collapsed into one with the others attached, best first with the
 * firm's distinct needs spread over the top ten, each with its reasons and caveats. A profile with
 * any content never gets an empty list: without a result above the threshold, the best partial
 * matches come back, marked `partial`.
 *
 * Candidates are scored (numbers only, `matchScore`) best upper bound first, and only while one
 * can still be shown (`scoreWhileShowable`); when none reaches the threshold, the partial results
 * are found the same way, further down. Ranking, collapsing and diversifying need nothing more, so
 * reasons are written (`scoreMatch`, the same rules) for the results returned only.
 */
export function matchOpportunities(enterprise: MatchableEnterprise, corpus: OpportunityCorpus, options: ForwardMatchOptions): OpportunityMatch[] {
  return matchOpportunitiesBounded(enterprise, corpus, options, scoreBounds);
}

/**
 * `matchOpportunities` with the bounds and the numeric scorer given (for the specs and the bench: no
 * pruning, a broken bound, the plain `matchScore` or a broken scorer).
 */
export function matchOpportunitiesBounded(
  enterprise: MatchableEnterprise,
  corpus: OpportunityCorpus,
  options: ForwardMatchOptions,
  bounds: typeof scoreBounds,
  scorer: ScorerFactory = forwardScorer,
): OpportunityMatch[] {
  const language = options.language ?? enterprise.classification.language;
  const view = corpus.firmView(enterprise);
  const ctx = { today: options.today, language, idf: corpus.idf, keywords: view.keywords, mayName: view.mayName, feedback: options.feedback };
  const types = options.types?.length ? new Set<string>(options.types) : null;
  const limit = options.limit ?? 20;
  // What the firm shares with every opportunity, the bounds and the scores, in arrays reused from one request to the next (firm-hits.ts, match-bound.ts, scored-candidates.ts).
  const { partial, shown } = withFirmHits(enterprise, corpus, view, () => withBoundArrays(view, () => withScoredCandidates(view.postings, (scored) => {
    const { postings } = view;
    const { profiles } = postings;
    // Only opportunities sharing a key with the firm can score above zero, each at most its bound (match-bound.ts).
    const { bound, candidates } = bounds(enterprise, corpus, view, { today: options.today, types, feedback: options.feedback });
    // The candidates are read no more: the heaps are built in them, first of those that can reach the threshold
    // (nothing below it is scored unless no candidate is kept), then, for partial results only, of the others.
    const high = bestFirst(candidates, bound, MATCH_WEIGHTS.threshold);
    const order = new DescendingBounds(candidates.subarray(0, high), bound, true);
    const scoreOf = scorer(enterprise, corpus, view, ctx);
    const score = (ordinal: number): boolean => {
      const s = scoreOf(ordinal);
      if (!(s.score > 0)) return false;
      scored.add(ordinal, s);
      return true;
    };
    const scores = scored.score;
    const isKept = (o: number) => scores[o] >= MATCH_WEIGHTS.threshold;
    const isPartial = (o: number) => scores[o] >= PARTIAL_FLOOR && (scored.negative[o] & EXCLUDING_REASONS) === 0;
    scoreWhileShowable(order, score, postings.group, isKept, MATCH_WEIGHTS.threshold, limit, scored);
    let keep = isKept;
    let partial = true;
    for (let k = 0; k < scored.count && partial; k++) if (isKept(scored.ordinals[k])) partial = false;
    if (partial) {
      // Nothing kept: every candidate bounded at or above the threshold was scored (the floor stayed at it), and
      // everything left scores below it: go on down to the partial floor.
      const rest = new DescendingBounds(candidates.subarray(high), bound, true);
      scoreWhileShowable(rest, score, postings.group, isPartial, PARTIAL_FLOOR, limit, scored);
      keep = isPartial;
    }

    // One result per group: its best member (by score, id, then candidate order, as a stable sort).
    const before = rankOrder(scores, idOrderOf(postings));
    const best = scored.bestOfGroups(postings.group, keep, before);
    const diversified = diversify(above(best, scored, limit, before), scores, (m) => scored.need[m] ?? `${profiles[m].type}`);
    const strong = enterprise.classification.needs.filter((n) => n.weight >= STRONG_NEED).map((n) => n.code);
    const ranked = withNeedSlots(diversified, strong, scored, profiles).slice(0, limit);
    return { partial, shown: ranked.map((m) => ({ m, o: profiles[m], score: scores[m] })) };
  })));
  // Explaining: the firm's product terms rare enough to count (IDF above 0) found once, not once per result shown.
  const explaining = { ...ctx, productHits: productHitsAmong(enterprise, ctx.idf) };
  const results = shown.map(({ m, o, score }): OpportunityMatch => {
    const related = relatedOf(view.postings, m, types);
    return {
      type: o.type,
      id: o.id,
      title: o.title,
      score,
      reasons: scoreMatch(enterprise, o, explaining).reasons,
      measures: o.measures,
      sample: o.sample,
      tentative: o.tentative,
      related,
      caveats: caveatsOf(o, options.today, language),
      partial,
    };
  });
  // Explained: the view is read no more (its relevance array serves the next request).
  releaseFirmView(view);
  return results;
}
