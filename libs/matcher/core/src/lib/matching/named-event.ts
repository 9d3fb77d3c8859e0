import { normalizeText } from '../text/text-normalizer';
import { MatchableEnterprise, OpportunityProfile } from './match-types';

const namesOf = new WeakMap<OpportunityProfile, readonly string[]>();
const namingTexts = new WeakMap<MatchableEnterprise, string>();

/** What a firm may name itself and want whatever its industry: an event, a provider, a programme. */
const NAMEABLE: ReadonlySet<string> = new Set(['event', 'service-provider', 'programme']);

/**
 * The names a firm may call an event, provider or programme by, normalised: the full English and
 * Simplified titles and the one-word acronyms in their brackets ("CIFIT", "InnoEX", "HKECIC"), at
 * least 4 characters. Empty for other types. Computed once per analysed opportunity.
 */
export function eventNamesOf(o: OpportunityProfile): readonly string[] {
  if (!NAMEABLE.has(o.type)) return [];
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

const LATIN_NAME = /^[a-z0-9&' -]+$/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The firm names the event, provider or programme itself ("CIFIT", "InnoEX", 香港國際茶展, "HKECIC",
 * "PolyU", 丝路海运): it wants that one, whatever its industry. Latin names must stand as whole
 * words; Chinese names are found anywhere in the text (indexes use the plain substring test, a
 * superset, to find candidates).
 */
export function namedByFirm(e: MatchableEnterprise, o: OpportunityProfile): boolean {
  if (!NAMEABLE.has(o.type)) return false;
  const text = ` ${namingTextOf(e)} `;
  return eventNamesOf(o).some((n) => (LATIN_NAME.test(n) ? new RegExp(`[^a-z0-9]${escapeRegExp(n)}[^a-z0-9]`).test(text) : text.includes(n)));
}
