import type { ConceptEvidence, WeightedConcept } from '../classification/concept-scorer';
import type { CityResolution, EnterpriseClassification } from '../classification/profile-classifier';
import { firmProfileOf } from './matchable-enterprise';
import type { FirmProfile, MatchableEnterprise, Term } from './match-types';

/** Distinct values an interner holds before it drops its tables (about 10 MB of table at most). */
const MAX_ENTRIES = 1 << 17;

/**
 * One shared copy of equal strings, held in a bounded table: once it holds `maxEntries`, the table
 * is dropped whole (what was shared stays shared; later values share among themselves again), so
 * what it adds is at most the table and never grows with what is interned.
 */
export class StringInterner {
  private strings = new Map<string, string>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  get size(): number {
    return this.strings.size;
  }

  /** The shared copy of `s`. */
  string<S extends string>(s: S): S {
    const known = this.strings.get(s);
    if (known !== undefined) return known as S;
    if (this.strings.size >= this.maxEntries) this.strings = new Map();
    // A flat copy: a slice of a longer text (V8 slices strings of 13 units and more) would keep that whole text alive.
    const flat = s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s;
    this.strings.set(flat, flat);
    return flat as S;
  }
}

/** Empty lists, one for all (analyses are read-only). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Shares the parts of firm analyses that many firms have (the firm index keeps 10^5 of them; a
 * firm restored from a snapshot shares nothing with any other): strings, product and description
 * terms, concept evidence, city resolutions, empty lists. Firms write the same words ("tea",
 * 鐵觀音, 廈門) into the same fields, so these repeat far more than whole analyses do. A shared
 * analysis is deep-equal to the one given (`analysis-interner.spec.ts`), built fresh where a part
 * changed: what is given is never changed (its parts may be the analysis cache's). Bounded tables
 * (`MAX_ENTRIES` each, dropped whole when full).
 */
export class FirmPartsInterner {
  readonly strings: StringInterner;
  private terms = new Map<string, Term>();
  private evidence = new Map<string, ConceptEvidence>();
  private cities = new Map<string, CityResolution>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {
    this.strings = new StringInterner(maxEntries);
  }

  /** Distinct values held now. */
  get size(): number {
    return this.strings.size + this.terms.size + this.evidence.size + this.cities.size;
  }

  /** `m` with its classification (index tokens dropped) and terms made of shared parts; its profile's kept fields only (`firmProfileOf`), the city shared. */
  share(m: MatchableEnterprise): MatchableEnterprise {
    return {
      ...m,
      profile: this.profile(m.profile),
      classification: this.classification(m.classification),
      productTerms: this.list(m.productTerms, (t) => this.term(t)),
      descriptionTerms: this.list(m.descriptionTerms, (t) => this.term(t)),
    };
  }

  private classification(c: EnterpriseClassification): EnterpriseClassification {
    const s = <S extends string>(x: S): S => this.strings.string(x);
    return {
      ...c,
      primaryIndustry: c.primaryIndustry && s(c.primaryIndustry),
      language: s(c.language),
      languageSource: s(c.languageSource),
      sizeBand: c.sizeBand && s(c.sizeBand),
      industries: this.list(c.industries, (x) => this.concept(x)),
      needs: this.list(c.needs, (x) => this.concept(x)),
      declinedNeeds: this.list(c.declinedNeeds, s),
      doneNeeds: this.list(c.doneNeeds, s),
      notUnderstood: this.list(c.notUnderstood, s),
      serves: this.list(c.serves, s),
      markets: this.list(c.markets, (x) => this.concept(x)),
      city: c.city && this.city(c.city),
      tokens: NONE,
    };
  }

  private profile(p: FirmProfile): FirmProfile {
    const lean = firmProfileOf(p);
    return { ...lean, city: this.strings.string(lean.city) };
  }

  private list<T>(xs: readonly T[], share: (x: T) => T): readonly T[] {
    return xs.length === 0 ? NONE : xs.map(share);
  }

  private concept<C extends string>(x: WeightedConcept<C>): WeightedConcept<C> {
    return { ...x, code: this.strings.string(x.code), evidence: this.list(x.evidence, (e) => this.evidenceOf(e)) };
  }

  private term(t: Term): Term {
    return this.through(this.terms, `${t.weight}|${t.token.length}|${t.token}|${t.surface}`, () => ({ ...t, token: this.strings.string(t.token), surface: this.strings.string(t.surface) }));
  }

  private evidenceOf(e: ConceptEvidence): ConceptEvidence {
    return this.through(this.evidence, `${e.start}|${e.end}|${e.field.length}|${e.field}|${e.matched}`, () => ({ ...e, field: this.strings.string(e.field), matched: this.strings.string(e.matched) }));
  }

  private city(c: CityResolution): CityResolution {
    const { labels } = c;
    const key = `${c.code}|${c.prefecture}|${c.level}|${c.field}|${labels.en.length}|${labels.en}|${labels['zh-Hant'].length}|${labels['zh-Hant']}|${labels['zh-Hans'].length}|${labels['zh-Hans']}|${c.matched}`;
    return this.through(this.cities, key, () => ({ ...c, labels: { ...labels }, matched: this.strings.string(c.matched) }));
  }

  /**
   * The shared value under `key`, else `make()` kept under it. Keys spell every field of the value,
   * strings but the last with their lengths, so two different values never share a key.
   */
  private through<T extends object>(table: Map<string, T>, key: string, make: () => T): T {
    const known = table.get(key);
    if (known) return known;
    if (table.size >= this.maxEntries) table.clear();
    const value = make();
    table.set(key, value);
    return value;
  }
}
