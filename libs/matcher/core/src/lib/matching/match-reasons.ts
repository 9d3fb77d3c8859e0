import { INDUSTRIES, MARKETS, NEEDS } from '@fhk/contracts';
import type { LocalizedText, Locale } from '@fhk/contracts';
import { MatchReason, ReasonCode } from './match-types';

type Labelled = Record<string, LocalizedText>;

const join = (language: Locale, items: readonly string[]) => items.join(language === 'en' ? ', ' : '、');
const quote = (language: Locale, items: readonly string[]) => {
  const list = join(language, items);
  if (!list) return '';
  return language === 'en' ? ` (“${list}”)` : language === 'zh-Hant' ? `（「${list}」）` : `（“${list}”）`;
};
export const labelsOf = (table: Labelled, codes: readonly string[], language: Locale): string[] =>
  codes.map((c) => table[c]?.[language] ?? c);

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Sentences for each reason, in each language. Written neutrally, for firms and staff alike. */
const SENTENCES: Record<ReasonCode, Record<Locale, (r: ReasonInput) => string>> = {
  industry: {
    'zh-Hant': (r) => `行業相符：${join('zh-Hant', labelsOf(INDUSTRIES, r.codes, 'zh-Hant'))}${quote('zh-Hant', r.terms)}`,
    'zh-Hans': (r) => `行业相符：${join('zh-Hans', labelsOf(INDUSTRIES, r.codes, 'zh-Hans'))}${quote('zh-Hans', r.terms)}`,
    en: (r) => `Industry match: ${join('en', labelsOf(INDUSTRIES, r.codes, 'en'))}${quote('en', r.terms)}`,
  },
  need: {
    'zh-Hant': (r) => `切合需要：${join('zh-Hant', labelsOf(NEEDS, r.codes, 'zh-Hant'))}${quote('zh-Hant', r.terms)}`,
    'zh-Hans': (r) => `切合需要：${join('zh-Hans', labelsOf(NEEDS, r.codes, 'zh-Hans'))}${quote('zh-Hans', r.terms)}`,
    en: (r) => `Meets the need for ${join('en', labelsOf(NEEDS, r.codes, 'en').map((l) => l.toLowerCase()))}${quote('en', r.terms)}`,
  },
  'product-term': {
    'zh-Hant': (r) => `提及相關產品：${join('zh-Hant', r.terms)}`,
    'zh-Hans': (r) => `提及相关产品：${join('zh-Hans', r.terms)}`,
    en: (r) => `Mentions the products: ${join('en', r.terms)}`,
  },
  keyword: {
    'zh-Hant': (r) => `描述用詞相符：${join('zh-Hant', r.terms)}`,
    'zh-Hans': (r) => `描述用词相符：${join('zh-Hans', r.terms)}`,
    en: (r) => `Shares the words of the description: ${join('en', r.terms)}`,
  },
  'target-market': {
    'zh-Hant': (r) => `面向目標市場：${join('zh-Hant', labelsOf(MARKETS, r.codes, 'zh-Hant'))}`,
    'zh-Hans': (r) => `面向目标市场：${join('zh-Hans', labelsOf(MARKETS, r.codes, 'zh-Hans'))}`,
    en: (r) => `Serves the target market: ${join('en', labelsOf(MARKETS, r.codes, 'en'))}`,
  },
  city: {
    'zh-Hant': (r) => `位於企業所在地：${r.place?.['zh-Hant'] ?? ''}`,
    'zh-Hans': (r) => `位于企业所在地：${r.place?.['zh-Hans'] ?? ''}`,
    en: (r) => `In the firm’s own city: ${r.place?.en ?? ''}`,
  },
  'size-fit': {
    'zh-Hant': (r) => `適合 ${r.employees} 人規模的企業`,
    'zh-Hans': (r) => `适合 ${r.employees} 人规模的企业`,
    en: (r) => `Suits a firm of ${r.employees} staff`,
  },
  'upcoming-deadline': {
    'zh-Hant': (r) => `報名截止：${r.date}`,
    'zh-Hans': (r) => `报名截止：${r.date}`,
    en: (r) => `Application deadline: ${r.date}`,
  },
  'next-edition': {
    'zh-Hant': (r) =>
      r.date ? `下屆：${r.date}${r.tentative ? '（待定）' : ''}` : `通常於${r.month}月舉行，下屆日期尚未公布`,
    'zh-Hans': (r) =>
      r.date ? `下届：${r.date}${r.tentative ? '（待定）' : ''}` : `通常于${r.month}月举行，下届日期尚未公布`,
    en: (r) =>
      r.date ? `Next edition: ${r.date}${r.tentative ? ' (tentative)' : ''}` : `Usually held in ${MONTHS_EN[(r.month ?? 1) - 1]}; next dates not yet announced`,
  },
};

export interface ReasonInput {
  code: ReasonCode;
  codes: readonly string[];
  terms: readonly string[];
  contribution: number;
  place?: LocalizedText | null;
  employees?: number | null;
  date?: string | null;
  month?: number | null;
  tentative?: boolean;
}

export function reason(input: ReasonInput, language: Locale): MatchReason {
  return {
    code: input.code,
    codes: input.codes,
    terms: input.terms,
    contribution: Math.round(input.contribution * 1000) / 1000,
    text: SENTENCES[input.code][language](input),
  };
}

/** Reasons about what the opportunity is for the firm (as opposed to dates): a result needs one. */
export const TOPICAL_REASONS: ReadonlySet<ReasonCode> = new Set(['industry', 'need', 'product-term', 'keyword', 'target-market', 'city']);
