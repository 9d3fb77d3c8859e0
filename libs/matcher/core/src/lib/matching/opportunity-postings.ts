import { SERVES_CODES } from '@fhk/contracts';
import { CAPITAL_MARKETS, deadlineHorizon, specificity, TITLE_BONUS, UMBRELLA_INDUSTRIES } from './match-scorer';
import { OpportunityProfile, TextLanguage } from './match-types';
import { scoringFeaturesOf } from './opportunity-features';

/** One posting list by ordinal: the opportunities (positions in `profiles`) and a number for each. */
export interface Posting {
  readonly ordinals: Int32Array;
  readonly values: Float64Array;
}

/** The opportunities tagged with one industry: the tag's weight and the title bonus (1 or TITLE_BONUS) of each. */
export interface IndustryPosting {
  readonly ordinals: Int32Array;
  readonly weights: Float64Array;
  readonly bonus: Float64Array;
}

/** Bits of `OpportunityPostings.flags`. */
export const FOCUSED = 1;
export const PEOPLE_ONLY = 2;
export const EVENT = 4;
export const REQUIRES_ENTITY = 8;
export const CAPITAL_MAIN = 16;
/** An event whose title names one industry, its main tag and not an umbrella one (the rules' `titleMiss` but for the firm). */
export const TITLE_EXCLUSIVE = 32;
/** It says whom it serves (the direction rule applies when the firm is none of them). */
export const SERVES_LISTED = 64;
/** It has a main need (`ScoringFeatures.mainNeed`): the side-need rule may apply. */
export const HAS_MAIN_NEED = 128;

/** Bits of `OpportunityPostings.datesOn(today)`: its edition is over, is ahead with dates, its deadline is within the horizon. */
export const PAST = 1;
export const UPCOMING = 2;
export const DEADLINE_SOON = 4;

/** Bit of a serves code in `OpportunityPostings.serves` (and in a firm's mask, `servesMask`). */
const SERVES_BIT: ReadonlyMap<string, number> = new Map(SERVES_CODES.map((code, i) => [code, 1 << i]));
export const servesMask = (codes: Iterable<string>): number => {
  let mask = 0;
  for (const code of codes) mask |= SERVES_BIT.get(code) ?? 0;
  return mask;
};

/** What the corpus gives its postings: one version's opportunities, groups, inverted indexes and text statistics. */
export interface PostingsSource {
  readonly profiles: readonly OpportunityProfile[];
  readonly position: ReadonlyMap<OpportunityProfile, number>;
  groupOf(p: OpportunityProfile): string;
  byConcept(key: string): Iterable<OpportunityProfile> | undefined;
  byToken(token: string): Iterable<OpportunityProfile> | undefined;
  byTextToken(language: TextLanguage, token: string): Iterable<OpportunityProfile> | undefined;
  /** The BM25 length normalisation of `p`'s text in `language` (the corpus's own expression). */
  norm(language: TextLanguage, p: OpportunityProfile): number;
}

const EMPTY: Posting = { ordinals: new Int32Array(0), values: new Float64Array(0) };

/**
 * One corpus version by ordinal (position in `profiles`), for ranking one firm against every
 * opportunity with typed arrays instead of maps: the group of each opportunity, the constants the
 * score bound reads (`match-bound.ts`), and posting lists by ordinal, each built from the corpus's
 * inverted index on first use and kept until the corpus changes (the corpus makes a new one then).
 */
export class OpportunityPostings {
  readonly size: number;
  /** The group (same opportunity as measure, programme, event) of each opportunity, as an ordinal. */
  readonly group: Int32Array;
  readonly groupCount: number;
  /** `specificity` of its industries and of its needs (what the industry and need rules multiply by). */
  readonly industrySpecificity: Float64Array;
  readonly needSpecificity: Float64Array;
  /** Whether its edition has dates (next edition) and a deadline (upcoming deadline), and its last day. */
  readonly hasStart: Uint8Array;
  readonly deadline: ReadonlyArray<string | null>;
  readonly editionEnd: ReadonlyArray<string | null>;
  /** Penalties every firm gets from it. */
  readonly sample: Uint8Array;
  readonly informsOnly: Uint8Array;
  /** Whom it serves (`servesMask`; 0 = anyone). */
  readonly serves: Int32Array;
  /** FOCUSED, PEOPLE_ONLY, EVENT, REQUIRES_ENTITY, CAPITAL_MAIN, TITLE_EXCLUSIVE, SERVES_LISTED, HAS_MAIN_NEED. */
  readonly flags: Uint8Array;
  /** The one industry its title names (`ScoringFeatures.titleIndustry`), and its main need (`ScoringFeatures.mainNeed`). */
  readonly titleIndustry: ReadonlyArray<string | undefined>;
  readonly mainNeed: ReadonlyArray<string | undefined>;
  /** Its main need as a number (`mainNeedNumber(code)`; -1 for none): compared per posting entry where a string would be compared by content. */
  readonly mainNeedNumbers: Int32Array;
  /** BM25 length normalisation per language. */
  readonly norm: Readonly<Record<TextLanguage, Float64Array>>;

  private dates: { today: string; flags: Uint8Array } | null = null;
  private readonly concepts = new Map<string, Posting>();
  private readonly industries = new Map<string, IndustryPosting>();
  private readonly tokens = new Map<string, Posting>();
  private readonly texts: Record<TextLanguage, Map<string, Posting>> = { zh: new Map(), en: new Map() };
  private readonly needNumbers = new Map<string, number>();

  constructor(private readonly source: PostingsSource) {
    const { profiles } = source;
    const n = profiles.length;
    this.size = n;
    this.group = new Int32Array(n);
    this.industrySpecificity = new Float64Array(n);
    this.needSpecificity = new Float64Array(n);
    this.hasStart = new Uint8Array(n);
    this.sample = new Uint8Array(n);
    this.informsOnly = new Uint8Array(n);
    this.serves = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.mainNeedNumbers = new Int32Array(n).fill(-1);
    this.norm = { zh: new Float64Array(n), en: new Float64Array(n) };
    const deadline: Array<string | null> = [];
    const editionEnd: Array<string | null> = [];
    const titleIndustry: Array<string | undefined> = [];
    const mainNeed: Array<string | undefined> = [];
    const groups = new Map<string, number>();
    profiles.forEach((p, i) => {
      const g = source.groupOf(p);
      let ordinal = groups.get(g);
      if (ordinal === undefined) groups.set(g, (ordinal = groups.size));
      this.group[i] = ordinal;
      this.industrySpecificity[i] = specificity(p.industries.size);
      this.needSpecificity[i] = specificity(p.needs.size);
      this.hasStart[i] = p.edition?.startDate ? 1 : 0;
      deadline.push(p.edition?.deadline ?? null);
      editionEnd.push(p.edition ? (p.edition.endDate ?? p.edition.startDate) : null);
      this.sample[i] = p.sample ? 1 : 0;
      this.informsOnly[i] = p.informsOnly ? 1 : 0;
      this.serves[i] = servesMask(p.serves);
      const f = scoringFeaturesOf(p);
      this.flags[i] =
        (f.focused.length ? FOCUSED : 0) |
        (f.peopleOnly ? PEOPLE_ONLY : 0) |
        (p.type === 'event' ? EVENT : 0) |
        (p.requires.includes('hong-kong-entity') ? REQUIRES_ENTITY : 0) |
        (CAPITAL_MARKETS.has(p.mainNeed ?? '') ? CAPITAL_MAIN : 0) |
        (p.serves.size > 0 ? SERVES_LISTED : 0) |
        (f.mainNeed ? HAS_MAIN_NEED : 0) |
        (p.type === 'event' && f.titleIndustry && p.industries.get(f.titleIndustry) === 1 && !UMBRELLA_INDUSTRIES.has(f.titleIndustry) ? TITLE_EXCLUSIVE : 0);
      titleIndustry.push(f.titleIndustry);
      mainNeed.push(f.mainNeed);
      if (f.mainNeed) {
        let number = this.needNumbers.get(f.mainNeed);
        if (number === undefined) this.needNumbers.set(f.mainNeed, (number = this.needNumbers.size));
        this.mainNeedNumbers[i] = number;
      }
      this.norm.zh[i] = source.norm('zh', p);
      this.norm.en[i] = source.norm('en', p);
    });
    this.groupCount = groups.size;
    this.deadline = deadline;
    this.editionEnd = editionEnd;
    this.titleIndustry = titleIndustry;
    this.mainNeed = mainNeed;
  }

  /** PAST, UPCOMING and DEADLINE_SOON of every opportunity on `today`, as the rules read its edition (kept for the last day asked). */
  datesOn(today: string): Uint8Array {
    if (this.dates?.today === today) return this.dates.flags;
    const flags = new Uint8Array(this.size);
    const horizon = deadlineHorizon(today);
    for (let o = 0; o < this.size; o++) {
      const end = this.editionEnd[o];
      if (end && end < today) flags[o] |= PAST;
      else if (this.hasStart[o]) flags[o] |= UPCOMING;
      const deadline = this.deadline[o];
      if (deadline && deadline >= today && deadline <= horizon) flags[o] |= DEADLINE_SOON;
    }
    this.dates = { today, flags };
    return flags;
  }

  /** The number of need `code` in `mainNeedNumbers` (-2, matching none, for a need no item has as its main one). */
  mainNeedNumber(code: string): number {
    return this.needNumbers.get(code) ?? -2;
  }

  get profiles(): readonly OpportunityProfile[] {
    return this.source.profiles;
  }

  /** The ordinal of an opportunity of this version (-1 for any other). */
  ordinalOf(p: OpportunityProfile): number {
    return this.source.position.get(p) ?? -1;
  }

  /**
   * The opportunities under a concept key (`i:tea`, `n:listing`, `m:asean`, `p:quanzhou`), each with
   * what the rule multiplies the firm's weight by: for an industry its weight × the title bonus, for
   * a need its weight, else 1.
   */
  concept(key: string): Posting {
    let posting = this.concepts.get(key);
    if (!posting) {
      const code = key.slice(2);
      const value =
        key.startsWith('i:') ? (p: OpportunityProfile) => p.industries.get(code as never)! * (p.titleIndustries.has(code as never) ? TITLE_BONUS : 1)
        : key.startsWith('n:') ? (p: OpportunityProfile) => p.needs.get(code as never)!
        : () => 1;
      posting = this.build(this.source.byConcept(key), null, value);
      this.concepts.set(key, posting);
    }
    return posting;
  }

  /** The opportunities tagged `code`, with the two factors of the industry rule's value apart (the rule multiplies them in its own order). */
  industry(code: string): IndustryPosting {
    let posting = this.industries.get(code);
    if (!posting) {
      const set = this.source.byConcept(`i:${code}`);
      const { ordinals, values: weights } = this.build(set, null, (p) => p.industries.get(code as never)!);
      const { values: bonus } = this.build(set, null, (p) => (p.titleIndustries.has(code as never) ? TITLE_BONUS : 1));
      posting = { ordinals, weights, bonus };
      this.industries.set(code, posting);
    }
    return posting;
  }

  /** The opportunities whose analysed tokens have `token` (what the product rule reads), each with its title bonus (1 or TITLE_BONUS). */
  token(token: string): Posting {
    let posting = this.tokens.get(token);
    if (!posting) {
      posting = this.build(this.source.byToken(token), (p) => p.tokens.has(token), (p) => (p.titleTokens.has(token) ? TITLE_BONUS : 1));
      this.tokens.set(token, posting);
    }
    return posting;
  }

  /** The opportunities whose text in `language` has the word, each with its count (what BM25 reads). */
  text(language: TextLanguage, token: string): Posting {
    const cache = this.texts[language];
    let posting = cache.get(token);
    if (!posting) {
      posting = this.build(this.source.byTextToken(language, token), null, (p) => p.text[language].counts.get(token)!);
      cache.set(token, posting);
    }
    return posting;
  }

  /** The posting of `set` in its order, written straight into typed arrays (cut to what `keep` kept). */
  private build(set: Iterable<OpportunityProfile> | undefined, keep: ((p: OpportunityProfile) => boolean) | null, value: (p: OpportunityProfile) => number): Posting {
    if (!set) return EMPTY;
    const { position } = this.source;
    // The corpus's indexes are sets or arrays: the size is known before the walk.
    const size = set instanceof Set ? set.size : Array.isArray(set) ? set.length : Array.from(set).length;
    const ordinals = new Int32Array(size);
    const values = new Float64Array(size);
    let count = 0;
    for (const p of set) {
      if (keep && !keep(p)) continue;
      ordinals[count] = position.get(p)!;
      values[count++] = value(p);
    }
    return count === size ? { ordinals, values } : { ordinals: ordinals.slice(0, count), values: values.slice(0, count) };
  }
}
