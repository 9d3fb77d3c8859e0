/** Where a concept was found: the field, and the words as written there. */
export interface ConceptEvidence {
  readonly field: string;
  readonly matched: string;
  /** Offsets of `matched` within that field (UTF-16 units). */
  readonly start: number;
  readonly end: number;
}

export interface WeightedConcept<C extends string> {
  readonly code: C;
  /** Relative strength in (0, 1]: 1 for the strongest (or the declared primary) concept. */
  readonly weight: number;
  /** First occurrences (at most MAX_EVIDENCE). */
  readonly evidence: readonly ConceptEvidence[];
}

const MAX_EVIDENCE = 5;
/** Repeated mentions in one field add half a mention each, up to five mentions. */
const REPEAT_BONUS = 0.5;
const MAX_COUNTED = 5;

/**
 * Adds up evidence per code: a field's weight for the first mention there, half of it for each
 * further mention (up to five), summed over fields, then scaled so the strongest is 1.
 */
export class ConceptScorer<C extends string> {
  private readonly byCode = new Map<C, { perField: Map<string, { weight: number; count: number }>; evidence: ConceptEvidence[]; order: number }>();

  add(code: C, fieldWeight: number, evidence: ConceptEvidence): void {
    let entry = this.byCode.get(code);
    if (!entry) {
      entry = { perField: new Map(), evidence: [], order: this.byCode.size };
      this.byCode.set(code, entry);
    }
    const field = entry.perField.get(evidence.field) ?? { weight: fieldWeight, count: 0 };
    field.count++;
    entry.perField.set(evidence.field, field);
    if (entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(evidence);
  }

  has(code: C): boolean {
    return this.byCode.has(code);
  }

  /** Sorted by weight (then first seen); `primary`, when given and present, comes first with weight 1. */
  result(primary: C | null = null): WeightedConcept<C>[] {
    const raw = [...this.byCode].map(([code, entry]) => {
      let score = 0;
      for (const { weight, count } of entry.perField.values()) score += weight * (1 + REPEAT_BONUS * (Math.min(count, MAX_COUNTED) - 1));
      return { code, score, entry };
    });
    const max = Math.max(0, ...raw.map((r) => r.score));
    for (const r of raw) if (r.code === primary) r.score = max;
    raw.sort((a, b) => Number(b.code === primary) - Number(a.code === primary) || b.score - a.score || a.entry.order - b.entry.order);
    return raw.map(({ code, score, entry }) => ({
      code,
      weight: max > 0 ? Math.round((score / max) * 1000) / 1000 : 0,
      evidence: entry.evidence,
    }));
  }
}
