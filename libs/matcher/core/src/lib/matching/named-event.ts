import { normalizeText } from '../text/text-normalizer';
import { MatchableEnterprise, OpportunityProfile } from './match-types';

const namesOf = new WeakMap<OpportunityProfile, readonly string[]>();
const namingTexts = new WeakMap<MatchableEnterprise, string>();

/**
 * The names a firm may call an event by, normalised: the full English and Simplified titles and the
 * one-word acronyms in their brackets ("CIFIT", "InnoEX"), at least 4 characters. Empty for other types.
 * Computed once per analysed opportunity.
 */
export function eventNamesOf(o: OpportunityProfile): readonly string[] {
  if (o.type !== 'event') return [];
  let names = namesOf.get(o);
  if (!names) {
    names = [o.title.en, o.title['zh-Hans'], ...(o.title.en.match(/\([A-Za-z][A-Za-z0-9&]{2,}\)/g) ?? []).map((m) => m.slice(1, -1))]
      .map(normalizeText)
      .filter((n) => n.length >= 4);
    namesOf.set(o, names);
  }
  return names;
}

/** The text in which a firm names events (its needs and products), normalised once per analysis. */
export function namingTextOf(e: MatchableEnterprise): string {
  let text = namingTexts.get(e);
  if (text === undefined) {
    text = normalizeText([e.profile.needs, e.profile.products].filter(Boolean).join(' '));
    namingTexts.set(e, text);
  }
  return text;
}

/**
 * The firm names the event itself ("CIFIT", "InnoEX", 香港國際茶展): it wants that one, whatever its
 * industry.
 */
export function namedByFirm(e: MatchableEnterprise, o: OpportunityProfile): boolean {
  if (o.type !== 'event') return false;
  const text = namingTextOf(e);
  return eventNamesOf(o).some((n) => text.includes(n));
}
