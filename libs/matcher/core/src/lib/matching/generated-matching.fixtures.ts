import { INDUSTRIES, MARKETS, NEEDS } from '@fhk/contracts';
import type { CalendarEvent, CatalogueItem, IndustryCode, Locale, MarketCode, NeedCode } from '@fhk/contracts';
import { compactMatchable } from './enterprise-index';
import { toMatchableEnterprise } from './matchable-enterprise';
import { MatchableEnterprise, OpportunityProfile } from './match-types';
import { event, programme, provider } from './opportunity.fixtures';
import { toOpportunityProfile } from './opportunity-profile';

/** Generated firms and opportunities for the matching property tests (seeded by the caller's rng; not sample data). */
export type Rng = () => number;
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const some = <T>(rng: Rng, xs: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(rng() * (max + 1)) }, () => pick(rng, xs)))];

const INDUSTRY = Object.keys(INDUSTRIES) as IndustryCode[];
const NEED = Object.keys(NEEDS) as NeedCode[];
const MARKET = Object.keys(MARKETS) as MarketCode[];
const WORDS_ZH = ['鐵觀音', '烏龍茶', '石材', '運動鞋', '鋰電池', '無人機', '鮑魚', '紡織面料', '陶瓷', '家具', '跨境支付', '冷鏈物流', '芯片'];
const WORDS_EN = ['granite', 'sneakers', 'drones', 'abalone', 'ceramics', 'furniture', 'payments', 'logistics', 'lithium', 'oolong', 'textiles'];
const CITIES = ['福州', '廈門', '泉州', '晉江', '安溪', '莆田', '漳州', '寧德', 'Xiamen', 'Fuzhou', ''];
const EVENT_NAMES: Array<[string, string]> = [
  ['Stone Fair (XSF)', '石材展'],
  ['Footwear Expo (FWX)', '鞋業博覽會'],
  ['Battery Summit', '電池峰會'],
  ['Seafood Show', '海產展'],
];

export function opportunity(rng: Rng, i: number): CatalogueItem | CalendarEvent {
  const tags = { industries: some(rng, INDUSTRY, 2), needs: some(rng, NEED, 2), markets: some(rng, MARKET, 2) };
  const words = `${some(rng, WORDS_ZH, 3).join('、')} ${some(rng, WORDS_EN, 2).join(', ')}`;
  const kind = i % 3;
  if (kind === 0) {
    const [en, zh] = pick(rng, EVENT_NAMES);
    return event(`e${i}`, `${en} ${i % 7}`, `${zh}${i % 7}`, [], tags, { summary: { 'zh-Hant': words, 'zh-Hans': words, en: words }, city: { 'zh-Hant': pick(rng, CITIES), 'zh-Hans': '', en: '' } });
  }
  if (kind === 1) return programme(`p${i}`, `Programme ${words}`, `計劃${words}`, [], tags);
  return provider(`s${i}`, `Provider ${pick(rng, WORDS_EN)}`, `服務${pick(rng, WORDS_ZH)}`, tags);
}

export function firm(rng: Rng, i: number): MatchableEnterprise {
  return compactMatchable(toMatchableEnterprise(firmText(rng, i)));
}

/** The profile `firm` analyses (the same draws from `rng`). */
export function firmText(rng: Rng, i: number) {
  const named = rng() < 0.2 ? `想參加${pick(rng, EVENT_NAMES)[1]}${Math.floor(rng() * 7)}，也看 ${pick(rng, EVENT_NAMES)[0]}` : '';
  const needs = some(rng, NEED, 2).map((n) => NEEDS[n][pick(rng, ['zh-Hant', 'en'] as Locale[])]).join('；');
  return {
    id: `f${String(i).padStart(4, '0')}`,
    name: `樣本企業${i}`,
    city: pick(rng, CITIES),
    industry: rng() < 0.7 ? INDUSTRIES[pick(rng, INDUSTRY)][pick(rng, ['zh-Hant', 'zh-Hans', 'en'] as Locale[])] : '',
    products: `${some(rng, WORDS_ZH, 2).join('、')} ${some(rng, WORDS_EN, 2).join(' ')}`,
    needs: `${needs} ${named}`,
    markets: some(rng, MARKET, 2).map((m) => MARKETS[m].en).join(', '),
    employees: rng() < 0.8 ? Math.floor(rng() * 900) : null,
    outreachConsent: rng() < 0.7,
  };
}

export const TODAY = '2026-12-01';
export const profilesOf = (items: ReadonlyArray<CatalogueItem | CalendarEvent>) => items.map(toOpportunityProfile).filter((p): p is OpportunityProfile => p !== null);

