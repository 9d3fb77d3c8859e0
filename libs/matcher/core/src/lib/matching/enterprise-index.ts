import { opportunityKeys } from './match-candidates';
import { eventNamesOf, namingTextOf } from './named-event';
import { FirmPostings } from './firm-postings';
import { MatchableEnterprise, OpportunityProfile } from './match-types';

/** Firms per block of concatenated naming texts (a change re-joins one block, a query scans all). */
const TEXT_BLOCK = 512;
/** Separates firms in a block; normalised text never contains it (control characters become spaces). */
const SEPARATOR = '\u0000';
/** Revisions are unique across indexes, so a replaced index never answers for the one before. */
let lastRevision = 0;

/**
 * A firm's analysis as the index keeps it: everything scoring and the API need, without the
 * classification's index tokens (half the memory of an analysis, and only search uses them).
 */
export function compactMatchable(m: MatchableEnterprise): MatchableEnterprise {
  return m.classification.tokens.length ? { ...m, classification: { ...m.classification, tokens: [] } } : m;
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
 * Events are also found by their names in the firms' texts, scanned in blocks of concatenated
 * text (one `indexOf` pass per name and block). Updated one firm at a time (`upsert`, `remove`).
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
  private readonly texts: string[] = [];
  /** Per block: its texts joined by SEPARATOR, with each slot's start offset (null: to be joined again). */
  private readonly blocks: Array<{ text: string; starts: Int32Array } | null> = [];

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
    this.blocks[Math.floor(slot / TEXT_BLOCK)] = null;
  }

  /** Slots whose naming text contains `name`. */
  private *naming(name: string): IterableIterator<number> {
    const count = Math.ceil(this.texts.length / TEXT_BLOCK);
    for (let b = 0; b < count; b++) {
      const block = this.block(b);
      let slotInBlock = 0;
      for (let at = block.text.indexOf(name); at >= 0; ) {
        while (slotInBlock + 1 < block.starts.length && block.starts[slotInBlock + 1] <= at) slotInBlock++;
        yield b * TEXT_BLOCK + slotInBlock;
        // Next firm of the block: one hit per firm is enough.
        const next = block.starts[slotInBlock + 1];
        if (next === undefined) break;
        at = block.text.indexOf(name, next);
      }
    }
  }

  private block(b: number): { text: string; starts: Int32Array } {
    let block = this.blocks[b];
    if (!block) {
      const texts = this.texts.slice(b * TEXT_BLOCK, (b + 1) * TEXT_BLOCK);
      const starts = new Int32Array(texts.length);
      let offset = 0;
      texts.forEach((t, i) => {
        starts[i] = offset;
        offset += (t ?? '').length + SEPARATOR.length;
      });
      block = { text: texts.map((t) => t ?? '').join(SEPARATOR), starts };
      this.blocks[b] = block;
    }
    return block;
  }
}
