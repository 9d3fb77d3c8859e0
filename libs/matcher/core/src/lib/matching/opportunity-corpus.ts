import type { CalendarEvent, CatalogueItem } from '@fhk/contracts';
import { toOpportunityProfile } from './opportunity-profile';
import { OpportunityProfile } from './match-types';

/**
 * The opportunities the matcher ranks, analysed once, with token rarity (IDF, scaled to [0, 1])
 * so that "鐵觀音" weighs more than "香港" when a firm's products meet an opportunity's text.
 */
export class OpportunityCorpus {
  readonly profiles: readonly OpportunityProfile[];
  private readonly byKey: ReadonlyMap<string, OpportunityProfile>;
  private readonly idfByToken: ReadonlyMap<string, number>;

  constructor(profiles: readonly OpportunityProfile[]) {
    this.profiles = profiles;
    this.byKey = new Map(profiles.map((p) => [`${p.type}:${p.id}`, p]));
    const df = new Map<string, number>();
    for (const p of profiles) for (const t of p.tokens) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(1, profiles.length);
    const max = Math.log(1 + n);
    this.idfByToken = new Map([...df].map(([t, d]) => [t, Math.log(1 + n / d) / max]));
  }

  static fromEntities(entities: ReadonlyArray<CatalogueItem | CalendarEvent>): OpportunityCorpus {
    return new OpportunityCorpus(entities.map(toOpportunityProfile).filter((p): p is OpportunityProfile => p !== null));
  }

  get(type: string, id: string): OpportunityProfile | undefined {
    return this.byKey.get(`${type}:${id}`);
  }

  readonly idf = (token: string): number => this.idfByToken.get(token) ?? 0;
}
