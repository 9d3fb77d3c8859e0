import { UNIVERSAL_MARKETS } from './match-scorer';
import { MatchableEnterprise } from './match-types';

/** One firm slot's entry per key it has, with a value (a weight, or 1). */
export interface FirmPostingList {
  readonly slots: Int32Array;
  readonly values: Float32Array;
  readonly length: number;
}

/** Bits of `FirmPostings.flags`: what a firm's rules read of the firm alone. */
export const HAS_INDUSTRIES = 1;
export const HAS_NEEDS = 2;
/** It has a Hong Kong company, or is setting one up (a precondition some schemes have). */
export const HAS_ENTITY = 4;
/** It consents to outreach now (what outreach lists are filtered by by default). */
export const CONSENTS = 8;

/** Size bands by code (`FirmPostings.sizeBand`; 0: none). */
export const SIZE_BANDS = [null, 'large', 'medium', 'small', 'micro'] as const;

const EMPTY: FirmPostingList = { slots: new Int32Array(0), values: new Float32Array(0), length: 0 };

/** A copy of `array` with room for `size` (the rest 0). */
function grown<T extends Int32Array | Float32Array | Float64Array | Uint8Array>(array: T, size: number): T {
  const out = new (array.constructor as new (size: number) => T)(size);
  out.set(array);
  return out;
}

class GrowableList implements FirmPostingList {
  slots = new Int32Array(4);
  values = new Float32Array(4);
  length = 0;

  push(slot: number, value: number): void {
    if (this.length === this.slots.length) {
      const size = Math.ceil(this.length * 1.5) + 4;
      this.slots = grown(this.slots, size);
      this.values = grown(this.values, size);
    }
    this.slots[this.length] = slot;
    this.values[this.length++] = value;
  }

  /** Takes every entry of `slot` away (the last entry moves into its place). */
  removeSlot(slot: number): void {
    for (let k = 0; k < this.length; ) {
      if (this.slots[k] !== slot) {
        k++;
        continue;
      }
      this.length--;
      this.slots[k] = this.slots[this.length];
      this.values[k] = this.values[this.length];
    }
  }
}

/** Each key a firm is found under in `FirmPostings`, with its value, in a stable order (adding and taking away read the same). */
function eachKey(e: MatchableEnterprise, visit: (key: string, value: number) => void): void {
  const c = e.classification;
  for (const i of c.industries) visit(`i:${i.code}`, i.weight);
  for (const n of c.needs) visit(`n:${n.code}`, n.weight);
  for (const m of c.markets) if (!UNIVERSAL_MARKETS.has(m.code)) visit(`m:${m.code}`, 1);
  if (c.city) visit(`p:${c.city.prefecture}`, 1);
  for (const s of c.serves) visit(`s:${s}`, 1);
  for (const code of c.declinedNeeds) visit(`d:${code}`, 1);
  for (const code of c.doneNeeds) visit(`x:${code}`, 1);
  for (const t of e.productTerms) visit(`w:${t.token}`, t.weight);
  for (const t of e.descriptionTerms) visit(`t:${t.token}`, t.weight);
}

/**
 * The firm side of outreach as typed arrays, by slot (`EnterpriseIndex`'s): for every key a firm
 * can meet an opportunity under, the slots of the firms that have it with the firm's value (one
 * entry per occurrence, as the rules count them): industries `i:` and needs `n:` with the firm's
 * weight, non-universal markets `m:`, its city's prefecture `p:`, whom it serves `s:`, needs it
 * declined `d:` or has met `x:`, product `w:` and description `t:` tokens with their weight. Plus a
 * few columns of the firm alone: `flags` (what the rules read, and outreach consent), `sizeBand`,
 * `employees` (what outreach filters read, `outreach-filter.ts`). Values are Float32 (what reads them bounds,
 * with a relative slack far above their rounding: `outreach-bound.ts`). Updated one firm at a time.
 */
export class FirmPostings {
  private readonly lists = new Map<string, GrowableList>();
  flags = new Uint8Array(0);
  sizeBand = new Uint8Array(0);
  /** Employees as the profile states them (NaN: not stated). */
  employees = new Float64Array(0);

  /** The entries under `key` (empty when no firm has it). */
  list(key: string): FirmPostingList {
    return this.lists.get(key) ?? EMPTY;
  }

  add(slot: number, e: MatchableEnterprise): void {
    this.reserve(slot + 1);
    eachKey(e, (key, value) => {
      let list = this.lists.get(key);
      if (!list) this.lists.set(key, (list = new GrowableList()));
      list.push(slot, value);
    });
    const c = e.classification;
    const entity = c.doneNeeds.includes('company-registration') || c.needs.some((n) => n.code === 'company-registration');
    this.flags[slot] =
      (c.industries.length ? HAS_INDUSTRIES : 0) | (c.needs.length ? HAS_NEEDS : 0) | (entity ? HAS_ENTITY : 0) | (e.outreachConsent ? CONSENTS : 0);
    this.sizeBand[slot] = c.sizeBand ? SIZE_BANDS.indexOf(c.sizeBand) : 0;
    this.employees[slot] = e.profile.employees ?? NaN;
  }

  /** Takes away what `add(slot, e)` added (`e` the same analysis). */
  remove(slot: number, e: MatchableEnterprise): void {
    eachKey(e, (key) => {
      const list = this.lists.get(key);
      if (!list) return;
      list.removeSlot(slot);
      if (list.length === 0) this.lists.delete(key);
    });
    this.flags[slot] = 0;
    this.sizeBand[slot] = 0;
    this.employees[slot] = NaN;
  }

  /** Bytes of the typed arrays (lists at their allocated size, columns). */
  get bytes(): number {
    let bytes = this.flags.byteLength + this.sizeBand.byteLength + this.employees.byteLength;
    for (const list of this.lists.values()) bytes += list.slots.byteLength + list.values.byteLength;
    return bytes;
  }

  private reserve(slots: number): void {
    if (slots <= this.flags.length) return;
    const size = Math.max(slots, Math.ceil(this.flags.length * 1.5) + 64);
    this.flags = grown(this.flags, size);
    this.sizeBand = grown(this.sizeBand, size);
    this.employees = grown(this.employees, size);
  }
}
