import { normalizeText } from '../text/text-normalizer';
import { MAINLAND_BODY_NAMES, PROVIDER_SHORT_NAMES } from '../dictionary/data/provider-names.data';
import { EVENT_SHORT_NAMES } from '../dictionary/data/event-names.data';
import { needClauses } from '../understanding/need-clauses';
import { MatchableEnterprise, OpportunityProfile } from './match-types';

const LATIN_NAME = /^[a-z0-9&' -]+$/;
const namesOf = new WeakMap<OpportunityProfile, readonly string[]>();
const namingTexts = new WeakMap<MatchableEnterprise, string>();

/** What a firm may name itself and want whatever its industry: an event, a provider, a programme. */
const NAMEABLE: ReadonlySet<string> = new Set(['event', 'service-provider', 'programme']);

/** Titles' bracketed parts: "Hong Kong Trade Development Council (HKTDC)", 香港贸易发展局（香港贸发局）. */
const BRACKETED = /\s*[（(]([^）)]+)[）)]/g;
/** Shortest name a firm is taken to name: Latin names of at least 4 letters, Chinese of at least 3 (数码港, 税务局). */
const MIN_LATIN = 4;
const MIN_CJK = 3;

/**
 * The names a firm may call an event, provider or programme by, normalised: the English and
 * Simplified titles with and without their bracketed part, the one-word acronyms in their
 * brackets, from three letters ("IRD", "CIFIT", "InnoEX"), a provider's bracketed short names (香港贸发局) and its
 * common short names (金管局, 港交所: `PROVIDER_SHORT_NAMES`), a fair's loose English names
 * (`looseFairNames`) and its Chinese short names (钟表展, 秋季电子展: `EVENT_SHORT_NAMES`). Empty for other types.
 * Computed once per analysed opportunity.
 */
export function eventNamesOf(o: OpportunityProfile): readonly string[] {
  if (!NAMEABLE.has(o.type)) return [];
  let names = namesOf.get(o);
  if (!names) {
    const titles = [o.title.en, o.title['zh-Hans']];
    const acronyms = (o.title.en.match(/\([A-Za-z][A-Za-z0-9&]{2,}\)/g) ?? []).map((m) => m.slice(1, -1));
    // A provider's brackets hold its names; an event's may hold an edition ("Spring edition").
    const bracketed = o.type === 'service-provider' ? titles.flatMap((t) => [...t.matchAll(BRACKETED)].map((m) => m[1])) : [];
    const candidates = [
      ...titles,
      ...titles.map((t) => t.replace(BRACKETED, '').trim()),
      ...bracketed,
      ...(o.type === 'service-provider' ? (PROVIDER_SHORT_NAMES[o.id] ?? []) : []),
      ...(o.type === 'event' ? [...looseFairNames(o.title.en), ...(EVENT_SHORT_NAMES[o.id] ?? [])] : []),
    ];
    const long = candidates.map(normalizeText).filter((n) => n.length >= (LATIN_NAME.test(n) ? MIN_LATIN : MIN_CJK));
    // An acronym is matched as a whole word, so three letters are enough (IRD, IPD, DoJ).
    names = [...new Set([...long, ...acronyms.map(normalizeText)])];
    namesOf.set(o, names);
  }
  return names;
}

/** Words a fair's title opens with that firms leave out when they name it: "the tea fair". */
const TITLE_OPENERS = /^(?:(?:hong kong(?:['’]s)?|hktdc|china|international)\s+)+/;
/** Words naming the kind of event that end a fair's title; a loose name must end in one. */
const FAIR_NOUN = /\s(fair|expo|show)$/;
/** An edition in a fair's brackets: "(Autumn Edition)". */
const EDITION = /[（(]\s*(spring|summer|autumn|winter)\s+edition\s*[）)]/;

/**
 * How firms name a Hong Kong fair loosely in English, normalised: its title without the opening
 * "Hong Kong", "International", "HKTDC" ("the tea fair", "the houseware fair"), each trade of a
 * title joining two ("gifts fair" and "premium fair" for the Gifts & Premium Fair), with and
 * without a plural -s ("toy fair"), and with the season before it where the fair has editions
 * ("the autumn electronics fair"; an edition fair is never named without its season, since
 * "electronics fair" would name the spring one in "the autumn electronics fair"). Only titles of
 * two words or more ending in fair, expo or show; at least two words remain.
 */
export function looseFairNames(titleEn: string): string[] {
  const title = normalizeText(titleEn);
  const season = title.match(EDITION)?.[1];
  const core = title.replace(BRACKETED, ' ').replace(/\s+/g, ' ').trim().replace(TITLE_OPENERS, '').replace(/\s+hong kong$/, '');
  const noun = core.match(FAIR_NOUN);
  if (!noun) return [];
  const trades = core.slice(0, noun.index).trim();
  if (!trades) return [];
  const parts = trades.split(/\s+(?:&|and)\s+/);
  const variants = new Set<string>([trades, ...(parts.length > 1 ? [parts.join(' & '), parts.join(' and '), ...parts] : [])]);
  const names = [...variants].flatMap((t) => {
    const plural = t.endsWith('s') ? t.slice(0, -1) : `${t}s`;
    return [t, plural].map((v) => `${v} ${noun[1]}`);
  });
  return season ? names.map((n) => `${season} ${n}`) : names;
}

/**
 * The text in which a firm names events (its needs and products), normalised once per analysis.
 * Names in clauses that decline are in it: the indexes use it to find candidates, a superset of
 * the bodies a firm names (`namedByFirm`).
 */
export function namingTextOf(e: MatchableEnterprise): string {
  let text = namingTexts.get(e);
  if (text === undefined) {
    text = normalizeText([e.profile.needs, e.profile.products].filter(Boolean).join(' '));
    namingTexts.set(e, text);
  }
  return text;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The firm names the event, provider or programme itself ("CIFIT", "InnoEX", 香港國際茶展, "HKECIC",
 * "PolyU", 丝路海运): it wants that one, whatever its industry. Latin names must stand as whole
 * words; Chinese names are found anywhere in the text (indexes use the plain substring test, a
 * superset, to find candidates).
 */
export function namedByFirm(e: MatchableEnterprise, o: OpportunityProfile): boolean {
  if (!NAMEABLE.has(o.type)) return false;
  const patterns = namePatternsOf(o);
  const has = (text: string) => patterns.some((n) => (typeof n === 'string' ? text.includes(n) : n.test(text)));
  // Only a firm whose text has a name is split into clauses (few do), to leave out those that decline.
  return has(paddedNamingTextOf(e)) && has(paddedWantedNamingTextOf(e));
}

/**
 * The naming text without the needs' clauses that decline (不需要, "no need for", 暫時唔去): a fair
 * the firm says it will not go to ("今年先不去香港的高教展") is named, but not wanted.
 */
const wantedNamingTexts = new WeakMap<MatchableEnterprise, string>();
const paddedWantedNamingTextOf = (e: MatchableEnterprise): string => {
  let text = wantedNamingTexts.get(e);
  if (text === undefined) {
    const needs = e.profile.needs
      ? needClauses(e.profile.needs)
          .filter((c) => c.polarity !== 'declined')
          .map((c) => c.text)
          .join('\n')
      : '';
    text = ` ${normalizeText([needs, e.profile.products].filter(Boolean).join(' '))} `;
    // Nor does a Mainland body whose name holds a Hong Kong body's (电子税务局) name that one.
    for (const name of MAINLAND_BODY_NAMES) text = text.replaceAll(name, ' ');
    wantedNamingTexts.set(e, text);
  }
  return text;
};

const namePatterns = new WeakMap<OpportunityProfile, ReadonlyArray<string | RegExp>>();
/** Each name as `namedByFirm` looks for it: Latin names as whole-word patterns (built once), others as text. */
function namePatternsOf(o: OpportunityProfile): ReadonlyArray<string | RegExp> {
  let patterns = namePatterns.get(o);
  if (!patterns) {
    patterns = eventNamesOf(o).map((n) => (LATIN_NAME.test(n) ? new RegExp(`[^a-z0-9]${escapeRegExp(n)}[^a-z0-9]`) : n));
    namePatterns.set(o, patterns);
  }
  return patterns;
}

const paddedTexts = new WeakMap<MatchableEnterprise, string>();
const paddedNamingTextOf = (e: MatchableEnterprise): string => {
  let text = paddedTexts.get(e);
  if (text === undefined) {
    text = ` ${namingTextOf(e)} `;
    paddedTexts.set(e, text);
  }
  return text;
};
