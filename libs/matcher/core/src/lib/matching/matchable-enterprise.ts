import { classifyEnterprise, EnterpriseProfileText } from '../classification/profile-classifier';
import { findConcepts } from '../dictionary/term-dictionary';
import { CHINESE_QUERY_STOP_WORDS, ENGLISH_QUERY_STOP_STEMS } from '../search/query-stop-words';
import { analyzeText, Token } from '../text/text-analyzer';
import { segmentChineseWords } from '../text/chinese-segmenter';
import { stemEnglish } from '../text/english-word-analyzer';
import { FirmProfile, MatchableEnterprise, Term } from './match-types';

/**
 * Words that carry no product or topic on their own: English verbs and fillers ("join", "meet",
 * "up", "road"), and Chinese function words the segmenter keeps whole (我们, 希望, 香港 is a market).
 */
const EVIDENCE_STOP_STEMS: ReadonlySet<string> = new Set(
  ('up join meet road way new high also well more based use used using help take make get set along across via within ' +
    'about into over first main mainly currently already year years local able around including include etc per two three ' +
    'fujian hong kong macao china mainland asia southeast cross national operation annual year every various service one stop order')
    .split(' ')
    .map(stemEnglish),
);
const EVIDENCE_STOP_WORDS: ReadonlySet<string> = new Set([...CHINESE_QUERY_STOP_WORDS, ...'我们 我司 希望 想 想要 打算 准备 已经 通过 借助 方面 以及 进入 进军 拓展 开拓 寻求 提升 加强 主营 生产 出口 销售 自有 海外 境外 当地 两地 内地 大陆 全球 东南亚 欧美 福建 香港 澳门 港澳 闽 中国 大湾区 海峡 一站 每年 机构 联合 科技 国内 国外 相关 全面 专业 一体化 及其'.split(' ')]);

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
  return termsOf(profile, PRODUCT_FIELDS);
}

/**
 * The informative words of the description (whole words only), for text relevance.
 * Words that name an industry, need or market are left out here too: they already count, the
 * same in every language, through the concepts; text relevance adds what only words can say
 * ("recruit Hong Kong students", "cruise", "避障").
 */
export function descriptionTermsOf(profile: EnterpriseProfileText): Term[] {
  return termsOf(profile, DESCRIPTION_FIELDS);
}

function termsOf(
  profile: EnterpriseProfileText,
  fields: ReadonlyArray<[keyof EnterpriseProfileText, number]>,
): Term[] {
  const terms = new Map<string, Term>();
  for (const [field, fieldWeight] of fields) {
    const text = (profile[field] as string | null | undefined) ?? '';
    if (!text) continue;
    // Place and market names are never product or keyword evidence (福建, Xiamen, 東盟), nor is a
    // place inside an audience's term (廈門港青匯: Hong Kong youth in Xiamen; the term hides the city).
    const found = findConcepts(text);
    const covered = coverageOf(text, found.filter((c) => c.kind === 'industry' || c.kind === 'need' || c.kind === 'market' || c.kind === 'city'));
    const inAudience = coverageOf(text, found.filter((c) => c.kind === 'audience'));
    // A Chinese word must be a word of the text as written too (segmenting the Simplified fold
    // can join the end of one word to the start of the next: 交易會合作 → 会合).
    // Segmented only when a word reaches that test (never for English text: ICU on a whole text is
    // the dearest step of a firm's analysis).
    let asWritten: ReadonlySet<string> | undefined;
    const isAsWritten = (token: Token) => (asWritten ??= new Set(segmentChineseWords(text).map((w) => `${w.start}:${w.end}`))).has(`${token.start}:${token.end}`);
    for (const token of analyzeText(text, { cjkChars: false }).tokens) {
      if (covered(token.start, token.end)) continue;
      if (inAudience(token.start, token.end) && findConcepts(text.slice(token.start, token.end), { kinds: ['city', 'market'] }).length) continue;
      const chars = [...token.text].length;
      // Only whole words are evidence: Chinese words as segmented, English words (never a bigram
      // that straddles two words, such as 在香 or 港及).
      const generic =
        (token.kind === 'word' && (ENGLISH_QUERY_STOP_STEMS.has(token.text) || EVIDENCE_STOP_STEMS.has(token.text) || token.text.length < 3)) ||
        (token.kind === 'cjk-word' && (chars < 2 || CHINESE_QUERY_STOP_WORDS.has(token.text))) ||
        token.kind === 'cjk-bigram' ||
        (token.kind === 'cjk-word' && (EVIDENCE_STOP_WORDS.has(token.text) || !isAsWritten(token))) ||
        token.kind === 'number';
      if (generic) continue;
      const weight = fieldWeight;
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

/**
 * The profile fields an analysis keeps (`FirmProfile`), always in this order and shape: the firm
 * index holds 10^5 of them, and the entity it was made from (contact, owner, timestamps, the
 * industry and markets texts, read only by the classification) is not kept alive by them.
 */
export function firmProfileOf(profile: EnterpriseProfileText | FirmProfile): FirmProfile {
  return { name: profile.name, city: profile.city, products: profile.products ?? null, needs: profile.needs ?? null, employees: profile.employees ?? null };
}

export function toMatchableEnterprise(profile: EnterpriseProfileText & { id?: string; outreachConsent?: boolean }): MatchableEnterprise {
  return {
    id: profile.id ?? null,
    profile: firmProfileOf(profile),
    classification: classifyEnterprise(profile),
    productTerms: productTermsOf(profile),
    descriptionTerms: descriptionTermsOf(profile),
    outreachConsent: profile.outreachConsent ?? false,
  };
}
