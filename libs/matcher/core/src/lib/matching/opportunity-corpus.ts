import type { CalendarEvent, CatalogueItem } from '@fhk/contracts';
import { namingTextOf, eventNamesOf } from './named-event';
import { enterpriseKeys, opportunityKeys } from './match-candidates';
import { opportunityGroups, opportunityKey } from './opportunity-groups';
import { toOpportunityProfile } from './opportunity-profile';
import { MatchableEnterprise, OpportunityProfile } from './match-types';
import { OpportunityPostings } from './opportunity-postings';
import { addTo, addToList, bump, removeFrom, removeFromList } from './counted-maps';
import { TextRelevance } from './text-relevance';

import type { FirmView, KeywordRanges } from './text-relevance';

export type { FirmView };

/**
 * Event names are found in a firm's text through their first this many code units (the whole name
 * when shorter: names have at least 3). Long keys keep common openings ("hong kong", 香港国际) from
 * sending every event that starts so to the full test.
 */
const NAME_KEY = 8;

/**
 * The first `units` (2, or 1 for a one-unit key) code units of `text` from `at`, as one number: two
 * units as a non-negative number, one as a negative one, so keys of either kind never share one.
 */
const openingAt = (text: string, at: number, units: 1 | 2): number =>
  units === 2 ? text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1) : -1 - text.charCodeAt(at);

export interface OpportunityCorpusOptions {
  /**
   * Keep `profiles` in key order (`type:id`, as the matcher's read model lists its rows), also
   * after upserts; otherwise they stay in the order given, new ones appended.
   */
  readonly orderByKey?: boolean;
}

/**
 * The opportunities the matcher ranks, analysed once, with token rarity (IDF, scaled to [0, 1])
 * so that "鐵觀音" weighs more than "香港" when a firm's products meet an opportunity's text.
 *
 * Kept up to date one opportunity at a time (`upsert`, `remove`): document frequencies, text
 * lengths and the inverted indexes (concept and token keys → opportunities, event-name prefixes)
 * change with each item, and rarity is computed from them when asked, so a change costs the
 * changed item, not the corpus. Groups and the ordered list are derived again on first use after
 * a change. `candidatesFor` gives the opportunities a firm can score above zero with (see
 * `match-candidates.ts`).
 */
export class OpportunityCorpus {
  private readonly byKey = new Map<string, OpportunityProfile>();
  private readonly orderByKey: boolean;
  private ordered: { profiles: readonly OpportunityProfile[]; position: Map<OpportunityProfile, number> } | null = null;
  private postingsNow: OpportunityPostings | null = null;
  private grouping: { groups: ReadonlyMap<string, string>; byProfile: ReadonlyMap<OpportunityProfile, string>; members: ReadonlyMap<string, readonly OpportunityProfile[]> } | null = null;
  private readonly df = new Map<string, number>();
  private readonly byConcept = new Map<string, Set<OpportunityProfile>>();
  /** Token -> the opportunities with it, in the order they were indexed (arrays: 10^4 opportunities' tokens). */
  private readonly byToken = new Map<string, OpportunityProfile[]>();
  /** The opportunities of each name (`eventNamesOf`). */
  private readonly byName = new Map<string, Set<OpportunityProfile>>();
  /**
   * How many names open with each name key (their first NAME_KEY code units, or the whole name), by
   * their whole length: where the text has a key, only names of these lengths can start there.
   */
  private readonly nameLengthsByKey = new Map<string, Map<number, number>>();
  /**
   * How many names are keyed by each key length (at most NAME_KEY), per opening of the key (`openingAt`):
   * at a position of a firm's text, only the lengths of keys that open as the text does there are looked up.
   */
  private readonly nameKeyLengths = new Map<number, Map<number, number>>();
  /** How many name keys are a single code unit long (their opening is that unit alone). */
  private shortNameKeys = 0;
  /** The profiles in the corpus now (a replaced version is no longer live). */
  private readonly live = new WeakSet<OpportunityProfile>();
  /** IDF per token, until the next change. */
  private readonly idfCache = new Map<string, number>();
  /** Bumped by every change; caches of derived values carry it. */
  private version = 0;
  /** BM25 of firms' descriptions against the opportunities' texts (`text-relevance.ts`). */
  private readonly relevance = new TextRelevance({
    size: () => this.byKey.size,
    version: () => this.version,
    isLive: (o) => this.live.has(o),
    postings: () => this.postings(),
    position: () => this.order().position,
    namedBy: (e) => this.namedBy(e),
  });

  constructor(profiles: readonly OpportunityProfile[], options: OpportunityCorpusOptions = {}) {
    this.orderByKey = options.orderByKey ?? false;
    for (const p of profiles) this.upsert(p);
  }

  static fromEntities(entities: ReadonlyArray<CatalogueItem | CalendarEvent>, options?: OpportunityCorpusOptions): OpportunityCorpus {
    return new OpportunityCorpus(
      entities.map(toOpportunityProfile).filter((p): p is OpportunityProfile => p !== null),
      options,
    );
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Every opportunity, in the order given (or in key order, see the options). */
  get profiles(): readonly OpportunityProfile[] {
    return this.order().profiles;
  }

  /** Adds an opportunity, or replaces the one with the same type and id. */
  upsert(profile: OpportunityProfile): void {
    const key = opportunityKey(profile);
    const previous = this.byKey.get(key);
    if (previous === profile) return;
    if (previous) {
      this.unindex(previous);
      this.live.delete(previous);
    }
    this.byKey.set(key, profile);
    this.live.add(profile);
    this.index(profile);
    this.changed();
  }

  /** Removes the opportunity of this type and id; false when there was none. */
  remove(type: string, id: string): boolean {
    const key = `${type}:${id}`;
    const previous = this.byKey.get(key);
    if (!previous) return false;
    this.unindex(previous);
    this.live.delete(previous);
    this.byKey.delete(key);
    this.changed();
    return true;
  }

  get(type: string, id: string): OpportunityProfile | undefined {
    return this.byKey.get(`${type}:${id}`);
  }

  readonly idf = (token: string): number => {
    const cached = this.idfCache.get(token);
    if (cached !== undefined) return cached;
    const d = this.df.get(token);
    const n = Math.max(1, this.byKey.size);
    const idf = d ? Math.log(1 + n / d) / Math.log(1 + n) : 0;
    this.idfCache.set(token, idf);
    return idf;
  };

  /**
   * BM25 of the firm's description against the opportunity's text, scaled so the most relevant
   * opportunity of the corpus gets 1, with the words that weighed most (`TextRelevance.keywords`).
   */
  readonly keywords: TextRelevance['keywords'] = this.relevance.keywords;

  /** Bumped by every change: what is derived from the corpus can be cached under it. */
  get revision(): number {
    return this.version;
  }

  /**
   * Where `keywords(e, o).value` lies, without the firm's best text relevance when it is not known
   * yet (finding it walks the opportunities sharing a word): exact (low = high) when the firm shares
   * no word with `o` or its best of this version is known; otherwise from BM25 over the MaxScore
   * bound of the best (no opportunity can score more than its words' bounds together) up to 1 (the
   * best is at least `o`'s own). Outreach decides most firms from it (`outreach-ranking.ts`).
   */
  keywordRange(e: MatchableEnterprise, o: OpportunityProfile): { low: number; high: number } {
    return this.relevance.keywordRange(e, o);
  }

  /** `keywordRange(·, o)` for many firms against one opportunity, the same numbers, `o`'s words looked up once (outreach). */
  keywordRangesFor(o: OpportunityProfile): KeywordRanges {
    return this.relevance.keywordRangesFor(o);
  }

  /**
   * What one firm ranking many opportunities reads of the corpus again and again, worked out once
   * from the postings by ordinal: its BM25 against every opportunity sharing a word with it (one
   * walk, which also gives its best). Same numbers as `keywords`, which answers for other firms and
   * for the terms. (Product terms are found per scored pair, `productHitsOf`: only few are scored.)
   */
  firmView(firm: MatchableEnterprise): FirmView {
    return this.relevance.firmView(firm);
  }

  /** This version's opportunities by ordinal, with their posting lists (`opportunity-postings.ts`), until the next change. */
  postings(): OpportunityPostings {
    if (!this.postingsNow) {
      const { profiles, position } = this.order();
      this.postingsNow = new OpportunityPostings({
        profiles,
        position,
        groupOf: (p) => this.groupOfProfile(p),
        byConcept: (key) => this.byConcept.get(key),
        byToken: (token) => this.byToken.get(token),
        byTextToken: (language, token) => this.relevance.textPostings(language, token),
        norm: (language, p) => this.relevance.norm(language, p),
      });
    }
    return this.postingsNow;
  }

  /** The group (same opportunity as measure, programme, event) of `type:id`. */
  groupOf(key: string): string {
    return this.groupsNow().groups.get(key) ?? key;
  }

  /** The group of an opportunity of the corpus (`groupOf` its key, without making the key). */
  groupOfProfile(o: OpportunityProfile): string {
    return this.groupsNow().byProfile.get(o) ?? this.groupOf(opportunityKey(o));
  }

  /** Every member of a group, the group's own item included. */
  membersOf(group: string): readonly OpportunityProfile[] {
    return this.groupsNow().members.get(group) ?? [];
  }

  /**
   * The opportunities the firm can score above zero with, in `profiles` order: those sharing a
   * concept or token key with it, and the events it names. Scoring only these gives the results
   * of scoring every opportunity.
   */
  candidatesFor(e: MatchableEnterprise): OpportunityProfile[] {
    // Marks by position in `profiles`: read back in order, no sort.
    const { profiles, position } = this.order();
    const found = new Uint8Array(profiles.length);
    const keys = enterpriseKeys(e);
    for (const k of keys.concepts) for (const o of this.byConcept.get(k) ?? []) found[position.get(o)!] = 1;
    for (const t of keys.tokens) for (const o of this.byToken.get(t) ?? []) found[position.get(o)!] = 1;
    for (const o of this.namedBy(e)) found[position.get(o)!] = 1;
    const out: OpportunityProfile[] = [];
    for (let i = 0; i < profiles.length; i++) if (found[i]) out.push(profiles[i]);
    return out;
  }

  /**
   * The events, providers and programmes one of whose names the firm's text has (by plain substring:
   * a superset of those it names, `namedByFirm`), found through the first code units of the names,
   * then by the whole name: where the text has a name key, the text of each length a name with that
   * key has is looked up among the names. (Testing each opportunity under the key against the text
   * cost ~1,000 substring searches where the text had a key many names share, "textiles" on the bench data.)
   */
  namedBy(e: MatchableEnterprise): OpportunityProfile[] {
    const out: OpportunityProfile[] = [];
    if (!this.byName.size) return out;
    const text = namingTextOf(e);
    const seen = new Set<OpportunityProfile>();
    const lookUp = (i: number, keyLengths: ReadonlyMap<number, number> | undefined) => {
      if (!keyLengths) return;
      for (const keyLength of keyLengths.keys()) {
        if (i + keyLength > text.length) continue;
        const key = text.slice(i, i + keyLength);
        const nameLengths = this.nameLengthsByKey.get(key);
        if (!nameLengths) continue;
        for (const length of nameLengths.keys()) {
          if (i + length > text.length) continue;
          const named = this.byName.get(length === keyLength ? key : text.slice(i, i + length));
          if (!named) continue;
          for (const o of named) {
            if (seen.has(o)) continue;
            seen.add(o);
            out.push(o);
          }
        }
      }
    };
    // Most positions open no name key: one number looked up there instead of a slice per key length.
    for (let i = 0; i < text.length; i++) {
      if (i + 1 < text.length) lookUp(i, this.nameKeyLengths.get(openingAt(text, i, 2)));
      if (this.shortNameKeys) lookUp(i, this.nameKeyLengths.get(openingAt(text, i, 1)));
    }
    return out;
  }

  /** Adds (+1) or takes away (-1) one name of `p`: the name itself, its length under its key, its key under its opening. */
  private indexName(name: string, p: OpportunityProfile, sign: 1 | -1): void {
    const key = name.slice(0, NAME_KEY);
    if (sign > 0) addTo(this.byName, name, p);
    else removeFrom(this.byName, name, p);
    let lengths = this.nameLengthsByKey.get(key);
    if (!lengths) this.nameLengthsByKey.set(key, (lengths = new Map()));
    bump(lengths, name.length, sign);
    if (!lengths.size) this.nameLengthsByKey.delete(key);
    this.countNameKey(key, sign);
  }

  /** Counts a name key (+1) or takes it away (-1) under its opening and length. */
  private countNameKey(key: string, sign: 1 | -1): void {
    const opening = openingAt(key, 0, key.length >= 2 ? 2 : 1);
    let lengths = this.nameKeyLengths.get(opening);
    if (!lengths) this.nameKeyLengths.set(opening, (lengths = new Map()));
    bump(lengths, key.length, sign);
    if (!lengths.size) this.nameKeyLengths.delete(opening);
    if (key.length < 2) this.shortNameKeys += sign;
  }

  private changed(): void {
    this.version++;
    this.idfCache.clear();
    this.relevance.changed();
    this.ordered = null;
    this.grouping = null;
    this.postingsNow = null;
  }

  private order(): NonNullable<OpportunityCorpus['ordered']> {
    if (!this.ordered) {
      const profiles = [...this.byKey.values()];
      if (this.orderByKey) {
        const keyOf = new Map(profiles.map((p) => [p, opportunityKey(p)]));
        profiles.sort((a, b) => (keyOf.get(a)! < keyOf.get(b)! ? -1 : 1));
      }
      this.ordered = { profiles, position: new Map(profiles.map((p, i) => [p, i])) };
    }
    return this.ordered;
  }

  private groupsNow(): NonNullable<OpportunityCorpus['grouping']> {
    if (!this.grouping) {
      const { profiles } = this.order();
      const groups = opportunityGroups(profiles);
      const members = new Map<string, OpportunityProfile[]>();
      const byProfile = new Map<OpportunityProfile, string>();
      for (const p of profiles) {
        const g = groups.get(opportunityKey(p))!;
        byProfile.set(p, g);
        const list = members.get(g);
        if (list) list.push(p);
        else members.set(g, [p]);
      }
      this.grouping = { groups, byProfile, members };
    }
    return this.grouping;
  }

  private index(p: OpportunityProfile): void {
    this.account(p, 1);
    const keys = opportunityKeys(p);
    for (const k of keys.concepts) addTo(this.byConcept, k, p);
    for (const t of keys.tokens) addToList(this.byToken, t, p);
    for (const n of eventNamesOf(p)) this.indexName(n, p, 1);
  }

  private unindex(p: OpportunityProfile): void {
    this.account(p, -1);
    const keys = opportunityKeys(p);
    for (const k of keys.concepts) removeFrom(this.byConcept, k, p);
    for (const t of keys.tokens) removeFromList(this.byToken, t, p);
    for (const n of eventNamesOf(p)) this.indexName(n, p, -1);
  }

  /** Document frequencies and text lengths, added (+1) or taken away (-1). */
  private account(p: OpportunityProfile, sign: 1 | -1): void {
    for (const t of p.tokens) bump(this.df, t, sign);
    this.relevance.account(p, sign);
  }

}
