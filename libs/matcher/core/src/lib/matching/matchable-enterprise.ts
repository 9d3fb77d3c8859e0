import { classifyEnterprise, EnterpriseProfileText } from '../classification/profile-classifier';
import { findConcepts } from '../dictionary/term-dictionary';
import { CHINESE_QUERY_STOP_WORDS, ENGLISH_QUERY_STOP_STEMS } from '../search/query-stop-words';
import { analyzeText } from '../text/text-analyzer';
import { MatchableEnterprise, Term } from './match-types';

/** How much a word counts by where the firm wrote it: what it makes more than what it is called. */
const PRODUCT_FIELDS: ReadonlyArray<[keyof EnterpriseProfileText, number]> = [
  ['products', 1],
  ['industry', 1],
  ['name', 0.6],
];
/** The whole description, for text relevance: what it makes and what it needs. */
const DESCRIPTION_FIELDS: ReadonlyArray<[keyof EnterpriseProfileText, number]> = [
  ['products', 1],
  ['industry', 1],
  ['needs', 1],
];

/**
 * The terms of what the firm is and makes, each once, at its strongest weight. Words the
 * dictionary already turned into concepts (茶葉, "tea", 鋰電池) are left out: they count as
 * industries, needs or markets, in every language alike; product terms carry the rest
 * (a product name, a material, a brand) that only the words themselves can match.
 */
export function productTermsOf(profile: EnterpriseProfileText): Term[] {
  return termsOf(profile, PRODUCT_FIELDS, { bigrams: false });
}

/**
 * The informative words of the description, Chinese bigrams at half weight, for text relevance.
 * Words that name an industry, need or market are left out here too: they already count, the
 * same in every language, through the concepts; text relevance adds what only words can say
 * ("recruit Hong Kong students", "cruise", "避障").
 */
export function descriptionTermsOf(profile: EnterpriseProfileText): Term[] {
  return termsOf(profile, DESCRIPTION_FIELDS, { bigrams: true });
}

function termsOf(
  profile: EnterpriseProfileText,
  fields: ReadonlyArray<[keyof EnterpriseProfileText, number]>,
  options: { bigrams: boolean },
): Term[] {
  const terms = new Map<string, Term>();
  for (const [field, fieldWeight] of fields) {
    const text = (profile[field] as string | null | undefined) ?? '';
    if (!text) continue;
    const covered = coverageOf(text, findConcepts(text, { kinds: ['industry', 'need', 'market'] }));
    for (const token of analyzeText(text, { cjkChars: false }).tokens) {
      if (covered(token.start, token.end)) continue;
      const chars = [...token.text].length;
      const generic =
        (token.kind === 'word' && ENGLISH_QUERY_STOP_STEMS.has(token.text)) ||
        (token.kind === 'cjk-word' && (chars < 2 || CHINESE_QUERY_STOP_WORDS.has(token.text))) ||
        (token.kind === 'cjk-bigram' && (!options.bigrams || CHINESE_QUERY_STOP_WORDS.has(token.text))) ||
        token.kind === 'number';
      if (generic) continue;
      const weight = fieldWeight * (token.kind === 'cjk-bigram' ? 0.5 : 1);
      const previous = terms.get(token.text);
      if (!previous || previous.weight < weight) terms.set(token.text, { token: token.text, surface: text.slice(token.start, token.end), weight });
    }
  }
  return [...terms.values()];
}

/**
 * Whether a span lies inside one of the spans found, in O(1) per question after one pass over the
 * text: `reach[p]` is the furthest end of any span starting at or before p. (Asking every span for
 * every token was tokens × concepts: a field of 4,000 茶 took seconds.)
 */
function coverageOf(text: string, spans: ReadonlyArray<{ start: number; end: number }>): (start: number, end: number) => boolean {
  const reach = new Int32Array(text.length + 1).fill(-1);
  for (const { start, end } of spans) if (end > reach[start]) reach[start] = end;
  for (let p = 1; p < reach.length; p++) if (reach[p - 1] > reach[p]) reach[p] = reach[p - 1];
  return (start, end) => reach[start] >= end;
}

export function toMatchableEnterprise(profile: EnterpriseProfileText & { id?: string; outreachConsent?: boolean }): MatchableEnterprise {
  return {
    id: profile.id ?? null,
    profile,
    classification: classifyEnterprise(profile),
    productTerms: productTermsOf(profile),
    descriptionTerms: descriptionTermsOf(profile),
    outreachConsent: profile.outreachConsent ?? false,
  };
}
