import { MatchableEnterprise, toMatchableEnterprise } from '@fhk/matcher/core';
import { AdHocJourney } from './match-request.schema';

/** What the analysis of an ad-hoc profile reads: the enterprise fields, not the reply's options. */
export type AdHocProfile = Omit<AdHocJourney, 'language'>;

/**
 * The ad-hoc profiles analysed lately (`toMatchableEnterprise`), by their fields: the same
 * description sent again (Try first in another language or with a type filter, then its journey
 * and its events ahead) is analysed once. The analysis depends on the text alone (no date, no
 * corpus: what depends on the corpus is keyed by its version inside the core), so a cached one
 * matches exactly as a fresh one does. Bounded by the characters of the profiles kept (the least
 * recently used go first); a profile's analysis is a few times its text. The analyses are shared
 * between requests as a stored firm's are: never mutated.
 */
export class AdHocAnalysisCache {
  private readonly entries = new Map<string, MatchableEnterprise>();
  private total = 0;

  constructor(private readonly maxCharacters: number) {}

  get size(): number {
    return this.entries.size;
  }

  analysisOf(profile: AdHocProfile): MatchableEnterprise {
    const { name, city, industry, products, needs, markets, employees } = profile;
    // Every field the analysis reads, in a fixed order (a strict schema admits no others).
    const key = JSON.stringify([name, city, industry, products, needs, markets, employees]);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const analysis = toMatchableEnterprise(profile);
    if (key.length > this.maxCharacters) return analysis;
    this.entries.set(key, analysis);
    this.total += key.length;
    for (const oldest of this.entries.keys()) {
      if (this.total <= this.maxCharacters) break;
      this.entries.delete(oldest);
      this.total -= oldest.length;
    }
    return analysis;
  }
}
