import { MatchScore } from './match-tally';
import { OpportunityPostings } from './opportunity-postings';

/**
 * What forward matching keeps of each candidate it scores, by ordinal of one corpus version's
 * postings: the score, the need served and the negative reasons in parallel arrays instead of an
 * object a candidate, the ordinals in the order scored, and the best kept member of each group.
 * The arrays are of the postings' size and reused from one request to the next
 * (`withScoredCandidates`); a value is read only at an ordinal written in the same request.
 */
export class ScoredCandidates {
  readonly score: Float64Array;
  readonly negative: Int32Array;
  readonly need: Array<string | null>;
  /** The ordinals scored, in the order scored: the first `count`. */
  readonly ordinals: Int32Array;
  count = 0;
  /** Free for the caller within a request (the shown floor sorts the groups' best scores in it). */
  readonly scratch: Float64Array;
  /** Per group: its best kept member's ordinal, -1 for none (all -1 between requests). */
  private readonly groupBest: Int32Array;

  constructor(size: number, groupCount: number) {
    this.score = new Float64Array(size);
    this.negative = new Int32Array(size);
    this.need = new Array<string | null>(size).fill(null);
    this.ordinals = new Int32Array(size);
    this.scratch = new Float64Array(size);
    this.groupBest = new Int32Array(groupCount).fill(-1);
  }

  /** Keeps what the scorer gave ordinal `o`. */
  add(o: number, s: MatchScore): void {
    this.score[o] = s.score;
    this.negative[o] = s.negative;
    this.need[o] = s.need;
    this.ordinals[this.count++] = o;
  }

  /**
   * The best member (first under `before`) of each group among the scored ordinals `keep` takes,
   * one ordinal a group, in the order each group first appears.
   */
  bestOfGroups(group: Int32Array, keep: (o: number) => boolean, before: (a: number, b: number) => number): number[] {
    const { groupBest, ordinals } = this;
    const groups: number[] = [];
    for (let k = 0; k < this.count; k++) {
      const o = ordinals[k];
      if (!keep(o)) continue;
      const g = group[o];
      const held = groupBest[g];
      if (held < 0) groups.push(g);
      if (held < 0 || before(o, held) < 0) groupBest[g] = o;
    }
    const best = groups.map((g) => groupBest[g]);
    for (const g of groups) groupBest[g] = -1;
    return best;
  }
}

/** `idOrderOf` per corpus version. */
const idOrders = new WeakMap<OpportunityPostings, Int32Array>();

/**
 * Each ordinal's place in the order of the ids under `localeCompare` (equal places for ids it
 * finds equal), once per corpus version: rank order compares two numbers where it compared two
 * ids. Synthetic data ties scores often (1,400 of 1,900 comparisons a request at 10^4 sorted by id),
 * and a sort of the ~400 showable results with `localeCompare` cost ~0.7 ms a request; the ids
 * sorted once cost a few ms a version.
 */
export function idOrderOf(postings: OpportunityPostings): Int32Array {
  let order = idOrders.get(postings);
  if (order) return order;
  const { profiles } = postings;
  const byId = Array.from(profiles.keys()).sort((a, b) => profiles[a].id.localeCompare(profiles[b].id));
  order = new Int32Array(profiles.length);
  let place = 0;
  for (let k = 0; k < byId.length; k++) {
    if (k > 0 && profiles[byId[k - 1]].id.localeCompare(profiles[byId[k]].id) !== 0) place = k;
    order[byId[k]] = place;
  }
  idOrders.set(postings, order);
  return order;
}

/** Arrays of finished requests, per corpus version (one `OpportunityPostings`). */
const pools = new WeakMap<OpportunityPostings, ScoredCandidates[]>();
/** Kept per corpus version (one a request running at once; more only while one is nested in another). */
const POOLED = 2;

/**
 * Runs `run` with pooled arrays for the postings' candidates (about 260 KB at 10^4 opportunities
 * not allocated again, and no object a scored candidate), then gives them back. Nothing may keep
 * them past `run`; after a throw they are not reused.
 */
export function withScoredCandidates<T>(postings: OpportunityPostings, run: (scored: ScoredCandidates) => T): T {
  let free = pools.get(postings);
  if (!free) pools.set(postings, (free = []));
  const scored = free.pop() ?? new ScoredCandidates(postings.size, postings.groupCount);
  scored.count = 0;
  // Given back only after a run that ended normally (a throw may leave a group's best set).
  const out = run(scored);
  scored.count = 0;
  if (free.length < POOLED) free.push(scored);
  return out;
}
