import { LocalizedText } from '../lib/localized-text.schema';

/** Target markets an enterprise names and opportunities serve. */
export const MARKETS = {
  'hong-kong': { 'zh-Hant': '香港', 'zh-Hans': '香港', en: 'Hong Kong' },
  macao: { 'zh-Hant': '澳門', 'zh-Hans': '澳门', en: 'Macao' },
  mainland: { 'zh-Hant': '內地', 'zh-Hans': '内地', en: 'Mainland China' },
  rcep: { 'zh-Hant': 'RCEP 成員國', 'zh-Hans': 'RCEP 成员国', en: 'RCEP members' },
  asean: { 'zh-Hant': '東盟', 'zh-Hans': '东盟', en: 'ASEAN' },
  'belt-and-road': { 'zh-Hant': '一帶一路', 'zh-Hans': '一带一路', en: 'Belt and Road' },
  'middle-east': { 'zh-Hant': '中東', 'zh-Hans': '中东', en: 'Middle East' },
  europe: { 'zh-Hant': '歐洲', 'zh-Hans': '欧洲', en: 'Europe' },
  'north-america': { 'zh-Hant': '北美', 'zh-Hans': '北美', en: 'North America' },
  'japan-korea': { 'zh-Hant': '日韓', 'zh-Hans': '日韩', en: 'Japan and Korea' },
  global: { 'zh-Hant': '全球', 'zh-Hans': '全球', en: 'Global' },
} as const satisfies Record<string, LocalizedText>;

export type MarketCode = keyof typeof MARKETS;
export const MARKET_CODES = Object.keys(MARKETS) as MarketCode[];

/** Who an event or programme is for. */
export const AUDIENCES = {
  exhibitors: { 'zh-Hant': '參展商', 'zh-Hans': '参展商', en: 'Exhibitors' },
  buyers: { 'zh-Hant': '買家', 'zh-Hans': '买家', en: 'Buyers' },
  investors: { 'zh-Hant': '投資者', 'zh-Hans': '投资者', en: 'Investors' },
  enterprises: { 'zh-Hant': '企業', 'zh-Hans': '企业', en: 'Enterprises' },
  startups: { 'zh-Hant': '初創企業', 'zh-Hans': '初创企业', en: 'Start-ups' },
  'research-institutions': { 'zh-Hant': '科研機構', 'zh-Hans': '科研机构', en: 'Research institutions' },
  'universities-students': { 'zh-Hant': '高校及學生', 'zh-Hans': '高校及学生', en: 'Universities and students' },
  youth: { 'zh-Hant': '青年', 'zh-Hans': '青年', en: 'Young people' },
  'tourism-trade': { 'zh-Hant': '旅遊業界', 'zh-Hans': '旅游业界', en: 'Tourism trade' },
  'film-media': { 'zh-Hant': '影視及媒體業界', 'zh-Hans': '影视及媒体业界', en: 'Film and media industry' },
  publishers: { 'zh-Hant': '出版業界', 'zh-Hans': '出版业界', en: 'Publishers' },
  'general-public': { 'zh-Hant': '公眾', 'zh-Hans': '公众', en: 'General public' },
  'hong-kong-residents': { 'zh-Hant': '香港居民', 'zh-Hans': '香港居民', en: 'Hong Kong residents' },
} as const satisfies Record<string, LocalizedText>;

export type AudienceCode = keyof typeof AUDIENCES;
export const AUDIENCE_CODES = Object.keys(AUDIENCES) as AudienceCode[];
