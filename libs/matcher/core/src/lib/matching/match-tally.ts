import type { Locale } from '@fhk/contracts';
import { reason, ReasonInput, TOPICAL_REASONS } from './match-reasons';
import { ReasonCode, ScoredMatch } from './match-types';

/** What a reason says besides its code and points (only built when explaining). */
export type ReasonDetail = Omit<ReasonInput, 'code' | 'contribution'>;

/** Every reason code, each with a bit of `MatchScore.negative`. */
const REASON_CODES: readonly ReasonCode[] = [
  'industry',
  'need',
  'product-term',
  'keyword',
  'target-market',
  'city',
  'size-fit',
  'upcoming-deadline',
  'next-edition',
  'named-event',
  'direction',
  'industry-mismatch',
  'people-audience',
  'size-mismatch',
  'past-edition',
  'sample',
  'declined-need',
  'done-need',
  'precondition-unmet',
  'no-need-met',
  'inform-only',
  'feedback',
];
const BIT: ReadonlyMap<ReasonCode, number> = new Map(REASON_CODES.map((code, i) => [code, 1 << i]));

/** The bits of `codes` in `MatchScore.negative`. */
export const reasonMask = (codes: Iterable<string>): number => {
  let mask = 0;
  for (const code of codes) mask |= BIT.get(code as ReasonCode) ?? 0;
  return mask;
};

/** A score without its explanation: what ranking, collapsing and diversifying need. */
export interface MatchScore {
  /** The score, rounded as `ScoredMatch.score` (0 without a topical reason). */
  readonly score: number;
  /** The firm's need the opportunity meets first (the first code of the need reason), if any. */
  readonly need: string | null;
  /** Bits (`reasonMask`) of the reasons whose shown (rounded) contribution is negative. */
  readonly negative: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const EMPTY: readonly string[] = [];

/**
 * A reason's input with every field in one shape: copying the fields costs less than spreading
 * details of a dozen shapes into one object (~100 reasons a forward match).
 */
const inputOf = (code: ReasonCode, contribution: number, d: ReasonDetail | null): ReasonInput => ({
  code,
  contribution,
  codes: d?.codes ?? EMPTY,
  terms: d?.terms ?? EMPTY,
  understood: d?.understood,
  sideNeed: d?.sideNeed,
  place: d?.place,
  employees: d?.employees,
  date: d?.date,
  month: d?.month,
  tentative: d?.tentative,
  named: d?.named,
  feedback: d?.feedback,
});

/**
 * Adds up the reasons of one score in the order the rules give them, the same arithmetic whether
 * or not it explains: bonuses are summed first, then each penalty takes its share of what is left.
 * Explaining (`explain`) also keeps each reason's codes, terms and details and writes its sentence
 * at the end; the numeric pass keeps numbers only, in arrays reused from one pair to the next.
 */
export class MatchTally {
  private inputs = 0;
  private readonly contributions: number[] = [];
  private readonly codes: ReasonCode[] = [];
  private readonly details: Array<ReasonDetail | null> = [];
  private penalties = 0;
  private readonly factors: number[] = [];
  private readonly penaltyCodes: ReasonCode[] = [];
  private readonly penaltyDetails: Array<ReasonDetail | null> = [];
  /** The first need code of the need reason (set by the need rule). */
  need: string | null = null;

  constructor(readonly explain: boolean) {}

  reset(): this {
    this.inputs = 0;
    this.penalties = 0;
    this.need = null;
    return this;
  }

  /** A reason that adds `contribution` points (`detail` only when explaining). */
  add(code: ReasonCode, contribution: number, detail: ReasonDetail | null = null): void {
    const i = this.inputs++;
    this.contributions[i] = contribution;
    this.codes[i] = code;
    if (this.explain) this.details[i] = detail;
  }

  /** A reason that leaves `factor` of the score. */
  penalize(code: ReasonCode, factor: number, detail: ReasonDetail | null = null): void {
    const i = this.penalties++;
    this.factors[i] = factor;
    this.penaltyCodes[i] = code;
    if (this.explain) this.penaltyDetails[i] = detail;
  }

  /** The score alone. */
  score(): MatchScore {
    let running = 0;
    let topical = false;
    for (let i = 0; i < this.inputs; i++) {
      running += this.contributions[i];
      if (this.contributions[i] > 0 && TOPICAL_REASONS.has(this.codes[i])) topical = true;
    }
    if (!topical) return { score: 0, need: null, negative: 0 };
    let negative = 0;
    for (let i = 0; i < this.penalties; i++) {
      const contribution = running * (this.factors[i] - 1);
      if (round3(contribution) < 0) negative |= BIT.get(this.penaltyCodes[i])!;
      running += contribution;
    }
    return { score: round3(running), need: this.need, negative };
  }

  /** The score and its reasons, best first, in `language` (the tally must explain). */
  explained(language: Locale): ScoredMatch {
    let running = 0;
    let topical = false;
    for (let i = 0; i < this.inputs; i++) {
      running += this.contributions[i];
      if (this.contributions[i] > 0 && TOPICAL_REASONS.has(this.codes[i])) topical = true;
    }
    if (!topical) return { score: 0, reasons: [] };
    const inputs: ReasonInput[] = [];
    for (let i = 0; i < this.inputs; i++) inputs.push(inputOf(this.codes[i], this.contributions[i], this.details[i]));
    for (let i = 0; i < this.penalties; i++) {
      const contribution = running * (this.factors[i] - 1);
      inputs.push(inputOf(this.penaltyCodes[i], contribution, this.penaltyDetails[i]));
      running += contribution;
    }
    // A stable sort: reasons of equal points keep the rules' order.
    inputs.sort((a, b) => b.contribution - a.contribution);
    return { score: round3(running), reasons: inputs.map((x) => reason(x, language)) };
  }
}
