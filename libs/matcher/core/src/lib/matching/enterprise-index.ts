import { FirmPartsInterner } from './analysis-interner';
import { opportunityKeys } from './match-candidates';
import { eventNamesOf, namingTextOf } from './named-event';
import { FirmPostings } from './firm-postings';
import { MatchableEnterprise, OpportunityProfile } from './match-types';

/** 32-bit words of a firm's naming-text signature (256 bits: a bit per hashed pair of adjacent characters). */
const SIGNATURE_WORDS = 8;
/** Revisions are unique across indexes, so a replaced index never answers for the one before. */
let lastRevision = 0;

/** The parts firms share, for every firm index (bounded: `FirmPartsInterner`). */
const SHARED_PARTS = new FirmPartsInterner();

/**
 * A firm's analysis as the index keeps it: everything scoring and the API need, without the
 * classification's index tokens (half the memory of an analysis, and only search uses them), and
 * with its classification and terms made of parts shared with other firms' (`FirmPartsInterner`:
 * the same strings, terms, evidence and cities once). Deep-equal to `m` but for the tokens; of the
 * profile only the fields read after analysis (`FirmProfile`: an entity given as the profile is
 * not kept).
 */
export function compactMatchable(m: MatchableEnterprise): MatchableEnterprise {
  return SHARED_PARTS.share(m);
}

/**
 * The signature of `text`, SIGNATURE_WORDS words: a bit for every pair of adjacent characters
 * (UTF-16 code units, hashed to 0–255): a text containing another has every bit of the other's.
 */
function signatureOf(text: string): Uint32Array {
  const words = new Uint32Array(SIGNATURE_WORDS);
  for (let i = 0; i + 1 < text.length; i++) {
    const bit = (Math.imul(text.charCodeAt(i) * 65_599 + text.charCodeAt(i + 1), 0x9e3779b1) >>> 24) & 255;
    words[bit >>> 5] |= 1 << (bit & 31);
  }
  return words;
}

/** Set bits of a 32-bit word. */
function bitsIn(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/**
 * The names of `o` (`eventNamesOf`) that contain none of its other names: a text with a name has
 * every name inside it, so scanning for these finds the same firms ("toys fair #2" is inside
 * "(fictitious) toys fair #2"), with one scan of every firm's text fewer per longer name.
 */
function innermostNames(o: OpportunityProfile): string[] {
  const names = eventNamesOf(o);
  return names.filter((n) => !names.some((m) => m !== n && n.includes(m)));
}

/**
 * The firm side of matching, for outreach: each firm's analysis once, and typed posting lists by
 * firm slot (`FirmPostings`) from concept and token keys to firms, so an opportunity scores only
 * the firms that can score above zero with it, not every firm (`candidatesFor`), and outreach
 * bounds every candidate's score from them without running the rules (`outreach-bound.ts`).
 * Events are also found by their names in the firms' texts: each text has a signature of its
 * adjacent character pairs (256 bits a firm, kept by column), so a name is looked for only in the
 * texts whose signature has every bit of the name's (a few in a hundred for a name of several characters). Updated one firm at a time (`upsert`, `remove`).
 * Framework-free; the matcher feeds it from its read-model changes.
 */
export class EnterpriseIndex {
  private readonly slotOf = new Map<string, number>();
  private readonly firms: Array<MatchableEnterprise | undefined> = [];
  private readonly freeSlots: number[] = [];
  /** Key → slots of the firms that have it, with their values; columns of the firms alone. */
  readonly postings = new FirmPostings();
  private lastNaming: { opportunity: OpportunityProfile; revision: number; slots: readonly number[] } | null = null;
  /** Slots seen by `candidatesFor` (all 0 between calls). */
  private seen = new Uint8Array(0);
  /** Per slot: the firm's naming text (`namingTextOf`), and its signature (`signatureOf`), word w of every slot in column w. */
  private readonly texts: string[] = [];
  private signatures: Uint32Array[] = Array.from({ length: SIGNATURE_WORDS }, () => new Uint32Array(0));

  /** Changes with every upsert and removal (unique across indexes): what is derived from the firms can be cached under it. */
  private changes = ++lastRevision;

  get size(): number {
    return this.slotOf.size;
  }

  get revision(): number {
    return this.changes;
  }

  get(id: string): MatchableEnterprise | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.firms[slot];
  }

  /** Adds a firm (it must have an id), or replaces the analysis of the firm with that id. */
  upsert(firm: MatchableEnterprise): void {
    if (!firm.id) throw new Error('EnterpriseIndex: a firm needs an id to be indexed');
    let slot = this.slotOf.get(firm.id);
    if (slot !== undefined) this.unindex(slot);
    else {
      slot = this.freeSlots.pop() ?? this.firms.length;
      this.slotOf.set(firm.id, slot);
    }
    this.postings.add(slot, firm);
    this.firms[slot] = firm;
    this.changes = ++lastRevision;
    this.setText(slot, namingTextOf(firm));
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.unindex(slot);
    this.slotOf.delete(id);
    this.firms[slot] = undefined;
    this.setText(slot, '');
    this.freeSlots.push(slot);
    this.changes = ++lastRevision;
    return true;
  }

  /** Every firm indexed (in no particular order). */
  *all(): IterableIterator<MatchableEnterprise> {
    for (const firm of this.firms) if (firm) yield firm;
  }

  /** Slots run from 0 to this (free ones included). */
  get slots(): number {
    return this.firms.length;
  }

  /** The firm in `slot` (undefined for a free one). */
  firmAt(slot: number): MatchableEnterprise | undefined {
    return this.firms[slot];
  }

  /** The slot of this very analysis (-1 when the index holds another one for its id, or none). */
  slotOfFirm(firm: MatchableEnterprise): number {
    const slot = firm.id === null ? undefined : this.slotOf.get(firm.id);
    return slot !== undefined && this.firms[slot] === firm ? slot : -1;
  }

  /**
   * The firms that can score above zero with the opportunity: those sharing a key with it
   * (`match-candidates.ts`: a concept, or a word of the opportunity among their product or
   * description words), and, for an event, those naming it. In no particular order (ranking
   * orders them).
   */
  candidatesFor(o: OpportunityProfile): MatchableEnterprise[] {
    if (this.seen.length < this.firms.length) this.seen = new Uint8Array(this.firms.length);
    const seen = this.seen;
    const taken: number[] = [];
    const take = (slot: number) => {
      if (seen[slot]) return;
      seen[slot] = 1;
      taken.push(slot);
    };
    const takeList = (key: string) => {
      const { slots, length } = this.postings.list(key);
      for (let k = 0; k < length; k++) take(slots[k]);
    };
    const keys = opportunityKeys(o);
    for (const k of keys.concepts) takeList(k);
    for (const t of keys.tokens) {
      takeList(`w:${t}`);
      takeList(`t:${t}`);
    }
    for (const s of this.namingSlots(o)) take(s);
    const out: MatchableEnterprise[] = new Array(taken.length);
    for (let k = 0; k < taken.length; k++) {
      out[k] = this.firms[taken[k]]!;
      seen[taken[k]] = 0;
    }
    return out;
  }

  /**
   * The slots of the firms whose naming text has one of the opportunity's names (a superset of those
   * `namedByFirm`). The last answer is kept until the next change.
   */
  namingSlots(o: OpportunityProfile): readonly number[] {
    if (this.lastNaming?.opportunity === o && this.lastNaming.revision === this.changes) return this.lastNaming.slots;
    const slots: number[] = [];
    for (const name of innermostNames(o)) for (const s of this.naming(name)) slots.push(s);
    this.lastNaming = { opportunity: o, revision: this.changes, slots };
    return slots;
  }

  private unindex(slot: number): void {
    const firm = this.firms[slot];
    if (firm) this.postings.remove(slot, firm);
  }

  private setText(slot: number, text: string): void {
    this.texts[slot] = text;
    if (slot >= this.signatures[0].length) {
      const size = Math.max(slot + 1, Math.ceil(this.signatures[0].length * 1.5) + 64);
      this.signatures = this.signatures.map((column) => {
        const grown = new Uint32Array(size);
        grown.set(column);
        return grown;
      });
    }
    const words = signatureOf(text);
    for (let w = 0; w < SIGNATURE_WORDS; w++) this.signatures[w][slot] = words[w];
  }

  /**
   * Slots whose naming text contains `name`: a pass over the signature column where the name has
   * most bits, the next columns over the slots left, the text tested only for the slots left then.
   */
  private *naming(name: string): IterableIterator<number> {
    const mask = signatureOf(name);
    const words = [...mask.keys()].filter((w) => mask[w] !== 0).sort((a, b) => bitsIn(mask[b]) - bitsIn(mask[a]));
    const texts = this.texts;
    let left: Int32Array;
    let count = 0;
    if (words.length === 0) {
      left = Int32Array.from(texts.keys());
      count = left.length;
    } else {
      // A bit of the name's that the text lacks (`&` works on signed 32 bits: test for any bit left, not equality).
      const m = mask[words[0]];
      const column = this.signatures[words[0]];
      left = new Int32Array(64);
      for (let slot = 0; slot < texts.length; slot++) {
        if ((m & ~column[slot]) !== 0) continue;
        if (count === left.length) {
          const grown = new Int32Array(count * 2);
          grown.set(left);
          left = grown;
        }
        left[count++] = slot;
      }
      for (const w of words.slice(1)) {
        const mw = mask[w];
        const cw = this.signatures[w];
        let kept = 0;
        for (let k = 0; k < count; k++) if ((mw & ~cw[left[k]]) === 0) left[kept++] = left[k];
        count = kept;
      }
    }
    for (let k = 0; k < count; k++) {
      const text = texts[left[k]];
      if (text && text.includes(name)) yield left[k];
    }
  }
}
