import { ENGLISH_STOP_WORDS, EnterpriseProfileText, findConcepts, MatchReason } from '@fhk/matcher/core';

/**
 * Quoted evidence that a person would call nonsense, checked independently of how the matcher
 * chose it: a Chinese term that is not a whole word of the firm's text (a bigram across two
 * words: 加香, 在香, 港及), an English term that is not a whole word there, a stop-word ("up",
 * "join", "meet"), or a place or market name quoted as a product or keyword (福建, Xiamen).
 */
const CHINESE_STOP = new Set('的 了 和 与 及 或 在 是 为 对 从 把 我们 我司 公司 希望 需要 想 想要 通过 以及 主要 相关 进行 产品 市场 合作 发展'.split(' '));
const GENERIC_EN = new Set(['up', 'join', 'meet', 'road', 'get', 'make', 'want', 'need', 'looking', 'help', 'also', 'new']);
const EVIDENCE_CODES = new Set(['product-term', 'keyword']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** What ends a Latin-script word: anything but a letter or digit, or a Chinese character (环保展Eco Expo: "Eco" is a whole word). */
const LATIN_BOUNDARY = '(?:[^\\p{L}\\p{N}]|\\p{Script=Han})';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.add(s.segment.toLowerCase());
  return out;
}

export function fragmentTerms(profile: EnterpriseProfileText, reasons: readonly MatchReason[]): string[] {
  const fields = [profile.name, profile.industry, profile.products, profile.needs, profile.markets].filter((f): f is string => !!f);
  const words = new Set(fields.flatMap((f) => [...wordsOf(f)]));
  const bad: string[] = [];
  for (const r of reasons) {
    if (!EVIDENCE_CODES.has(r.code)) continue;
    for (const term of r.terms) {
      const lower = term.toLowerCase().trim();
      const place = findConcepts(term, { kinds: ['city', 'market'] }).some((c) => c.matched.length >= term.trim().length - 1);
      const stop = ENGLISH_STOP_WORDS.has(lower) || GENERIC_EN.has(lower) || CHINESE_STOP.has(lower);
      const whole = CJK.test(term)
        ? words.has(lower)
        : fields.some((f) => new RegExp(`(^|${LATIN_BOUNDARY})${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|${LATIN_BOUNDARY})`, 'iu').test(f));
      if (place || stop || !whole) bad.push(term);
    }
  }
  return bad;
}
