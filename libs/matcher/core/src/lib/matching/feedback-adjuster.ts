import type { IndustryCode } from '@fhk/contracts';
import { FeedbackAdjuster, FeedbackReason, OpportunityProfile } from './match-types';
import { OpportunityCorpus } from './opportunity-corpus';
import { opportunityKey } from './opportunity-groups';

/** One firm's word on one result. */
export interface ResultFeedback {
  readonly opportunityType: string;
  readonly opportunityId: string;
  readonly reason: FeedbackReason;
}

/** Feedback of firms like this one, per opportunity group: how many gave each reason. */
export type PeerFeedback = ReadonlyMap<string, Partial<Record<FeedbackReason, number>>>;

const NEGATIVE: ReadonlySet<FeedbackReason> = new Set(['wrong-industry', 'wrong-need', 'too-small', 'too-large', 'wrong-market', 'not-interested']);
/** What is left of a similar item's score after the firm's feedback on another item. */
const SIMILAR_FACTOR: Record<FeedbackReason, number> = {
  useful: 1.2,
  'wrong-industry': 0.4,
  'wrong-need': 0.5,
  'too-small': 0.7,
  'too-large': 0.7,
  'wrong-market': 0.6,
  'already-done': 0.5,
  'not-interested': 1,
};
const PEER_WEIGHT = 0.3;
/** What an item the firm marked useful keeps (more than all of it). */
const USEFUL_ITEM = 1.25;
/** The largest factor an adjuster returns (the bound of forward matching's pruning). */
const MAX_FACTOR = Math.max(1, USEFUL_ITEM, 1 + PEER_WEIGHT, ...Object.values(SIMILAR_FACTOR));
const PEER_MIN_VOTES = 2;

/** The curators' first industry tag (weight 1), if any. */
const mainIndustry = (o: OpportunityProfile): IndustryCode | null => [...o.industries.entries()].find(([, w]) => w >= 1)?.[0] ?? null;
const UNIVERSAL = new Set(['hong-kong', 'global']);

/** Whether feedback `reason` on `flagged` says something about `o` too. */
function similar(reason: FeedbackReason, flagged: OpportunityProfile, o: OpportunityProfile): boolean {
  switch (reason) {
    case 'wrong-industry': {
      // Items of the same kind made for the same industry (another fair for that industry).
      const main = mainIndustry(flagged);
      return main !== null && o.type === flagged.type && mainIndustry(o) === main;
    }
    case 'wrong-market': {
      const markets = [...flagged.markets].filter((m) => !UNIVERSAL.has(m));
      return markets.length > 0 && [...o.markets].some((m) => markets.includes(m));
    }
    case 'too-small':
    case 'too-large':
      return o.type === flagged.type && o.mainNeed !== null && o.mainNeed === flagged.mainNeed;
    default:
      return o.mainNeed !== null && o.mainNeed === flagged.mainNeed;
  }
}

/**
 * Turns feedback into score factors: an item the firm marked anything but useful leaves its
 * list (the same opportunity as measure, programme or event too); similar items move by the
 * reason's factor (wrong-industry lowers items of that industry); and feedback of similar firms
 * on an item nudges it by up to ±30%. The strongest applicable signal wins, and is the reason.
 */
export function feedbackAdjuster(corpus: OpportunityCorpus, own: readonly ResultFeedback[], peers: PeerFeedback = new Map()): FeedbackAdjuster {
  const flagged = own
    .map((f) => ({ f, o: corpus.get(f.opportunityType, f.opportunityId) }))
    .filter((x): x is { f: ResultFeedback; o: OpportunityProfile } => !!x.o);
  const byGroup = new Map(flagged.map((x) => [corpus.groupOf(opportunityKey(x.o)), x.f.reason]));
  const adjust = (o: OpportunityProfile) => {
    const group = corpus.groupOf(opportunityKey(o));
    const mine = byGroup.get(group);
    if (mine) return { factor: mine === 'useful' ? USEFUL_ITEM : 0, reason: mine, scope: 'item' as const };
    let best: { factor: number; reason: FeedbackReason; scope: 'similar' | 'peers' } | null = null;
    for (const { f, o: other } of flagged) {
      if (SIMILAR_FACTOR[f.reason] === 1 || !similar(f.reason, other, o)) continue;
      const factor = SIMILAR_FACTOR[f.reason];
      if (!best || Math.abs(factor - 1) > Math.abs(best.factor - 1)) best = { factor, reason: f.reason, scope: 'similar' as const };
    }
    if (best) return best;
    const votes = peers.get(group);
    if (!votes) return null;
    let positive = 0;
    let negative = 0;
    let top: FeedbackReason | null = null;
    for (const [reason, count] of Object.entries(votes) as Array<[FeedbackReason, number]>) {
      if (reason === 'useful') positive += count;
      else if (NEGATIVE.has(reason)) negative += count;
      if (!top || count > (votes[top] ?? 0)) top = reason;
    }
    const total = positive + negative;
    if (total < PEER_MIN_VOTES || !top) return null;
    return { factor: 1 + (PEER_WEIGHT * (positive - negative)) / total, reason: top, scope: 'peers' as const };
  };
  return Object.assign(adjust, { maxFactor: MAX_FACTOR });
}
