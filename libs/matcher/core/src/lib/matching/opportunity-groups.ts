import { normalizeText } from '../text/text-normalizer';
import { OpportunityProfile } from './match-types';

export const opportunityKey = (o: Pick<OpportunityProfile, 'type' | 'id'>): string => `${o.type}:${o.id}`;

/** Normalised English titles, once per analysed opportunity (groups are derived again after every change). */
const titles = new WeakMap<OpportunityProfile, string>();
const titleOf = (p: OpportunityProfile): string => {
  let title = titles.get(p);
  if (title === undefined) {
    title = normalizeText(p.title.en).replace(/\s+event$/, '');
    titles.set(p, title);
  }
  return title;
};


/**
 * The same opportunity seen as a measure, a programme and an event: one result, not three.
 * - An event and a programme with the same name (the Fujian Brands Hong Kong and Macao Tour)
 *   are one opportunity.
 * - A programme of exactly one measure, made for the same main need, is that measure in
 *   practice (measure 1 and the HKEX listing cooperation; measure 6 and the professional
 *   services referral).
 * Returns each opportunity's group key (its own key when it stands alone).
 */
export function opportunityGroups(profiles: readonly OpportunityProfile[]): Map<string, string> {
  const group = new Map<string, string>(profiles.map((p) => [opportunityKey(p), opportunityKey(p)]));
  const measureByNumber = new Map<number, OpportunityProfile>();
  for (const p of profiles) if (p.type === 'measure' && p.measures.length === 1) measureByNumber.set(p.measures[0], p);
  for (const p of profiles) {
    if (p.type !== 'programme' || p.measures.length !== 1) continue;
    const measure = measureByNumber.get(p.measures[0]);
    if (measure && measure.mainNeed && measure.mainNeed === p.mainNeed) group.set(opportunityKey(p), opportunityKey(measure));
  }
  const programmesByTitle = new Map(profiles.filter((p) => p.type === 'programme').map((p) => [titleOf(p), p]));
  for (const p of profiles) {
    if (p.type !== 'event') continue;
    const programme = programmesByTitle.get(titleOf(p));
    if (programme) group.set(opportunityKey(p), group.get(opportunityKey(programme))!);
  }
  return group;
}
