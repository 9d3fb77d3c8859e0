import type { ConceptEvidence, WeightedConcept } from '../classification/concept-scorer';
import type { CityResolution, EnterpriseClassification } from '../classification/profile-classifier';
import { firmProfileOf } from './matchable-enterprise';
import type { FirmProfile, MatchableEnterprise, Term } from './match-types';

/** Distinct values an interner holds before it drops its tables (about 10 MB of table at most). */
const MAX_ENTRIES = 1 << 17;
/** Lists of at most this many parts are shared whole (`FirmPartsInterner`). */
const MAX_SHARED_LIST = 8;

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
 * terms, concept evidence, whole concepts (code, weight, evidence), city resolutions, lists of up to
 * `MAX_SHARED_LIST` shared parts or strings (the same industries, needs, markets or terms), empty lists. Firms write the same words ("tea",
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
  private concepts = new Map<string, WeightedConcept<string>>();
  private lists = new Map<string, readonly unknown[]>();
  /** A number for every shared part made here, never reused: lists and concepts are keyed by their parts' numbers (weak: held only while the part is). */
  private readonly ids = new WeakMap<object, number>();
  private lastId = 0;

  constructor(private readonly maxEntries = MAX_ENTRIES) {
    this.strings = new StringInterner(maxEntries);
  }

  /** Distinct values held now. */
  get size(): number {
    return this.strings.size + this.terms.size + this.evidence.size + this.cities.size + this.concepts.size + this.lists.size;
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
      declinedNeeds: this.stringList(c.declinedNeeds),
      doneNeeds: this.stringList(c.doneNeeds),
      notUnderstood: this.stringList(c.notUnderstood),
      serves: this.stringList(c.serves),
      markets: this.list(c.markets, (x) => this.concept(x)),
      city: c.city && this.city(c.city),
      tokens: NONE,
    };
  }

  private profile(p: FirmProfile): FirmProfile {
    const lean = firmProfileOf(p);
    return { ...lean, city: this.strings.string(lean.city) };
  }

  /**
   * The shared list of the shared parts of `xs` (lists of up to `MAX_SHARED_LIST` parts; longer ones
   * are rarely the same twice): keyed by the parts' numbers, so equal lists of the same parts are one.
   */
  private list<T extends object>(xs: readonly T[], share: (x: T) => T): readonly T[] {
    if (xs.length === 0) return NONE;
    const parts = xs.map(share);
    if (parts.length > MAX_SHARED_LIST) return parts;
    return this.through(this.lists, `o${parts.map((x) => this.idOf(x)).join(',')}`, () => parts) as readonly T[];
  }

  /** The shared list of shared strings (up to `MAX_SHARED_LIST` of them). */
  private stringList<S extends string>(xs: readonly S[]): readonly S[] {
    if (xs.length === 0) return NONE;
    const strings = xs.map((x) => this.strings.string(x));
    if (strings.length > MAX_SHARED_LIST) return strings;
    return this.through(this.lists, `s${strings.map((x) => `${x.length}|${x}`).join('')}`, () => strings) as readonly S[];
  }

  /** A concept (code, weight, evidence) once for all firms with the same one: its weight, a double, is then one number too. */
  private concept<C extends string>(x: WeightedConcept<C>): WeightedConcept<C> {
    const evidence = this.list(x.evidence, (e) => this.evidenceOf(e));
    const key = `${x.code.length}|${x.code}|${x.weight}|${evidence === NONE ? '' : this.idOf(evidence)}`;
    return this.through(this.concepts, key, () => ({ ...x, code: this.strings.string(x.code), evidence })) as WeightedConcept<C>;
  }

  private idOf(part: object): number {
    let id = this.ids.get(part);
    if (id === undefined) this.ids.set(part, (id = ++this.lastId));
    return id;
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
