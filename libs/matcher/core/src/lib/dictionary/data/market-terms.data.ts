import type { MarketCode } from '@fhk/contracts';
import type { ConceptTerms } from '../concept-kind';

/** Target markets, with the countries firms name instead of the region. */
export const MARKET_TERMS = {
  'hong-kong': {
    zh: ['香港', '港澳', '粤港澳', '来港', '來港', '赴港', '访港', '驻港', '港企', '港商', '港资', '港股', '港人', '港人港企', '香港特区', '九龙', '新界'],
    en: ['hong kong', 'hk', 'hksar', 'kowloon', 'hongkongers', 'greater bay area', 'gba'],
  },
  macao: {
    zh: ['澳门', '澳門', '港澳', '粤港澳', '澳企'],
    en: ['macao', 'macau', 'greater bay area', 'gba'],
  },
  mainland: {
    zh: ['内地', '內地', '大陆', '中国大陆', '国内', '國內', '国内市场', '全国市场', '内销', '境内', '国内外'],
    en: ['mainland', 'mainland china', 'china mainland', 'domestic market', 'chinese market', 'china market', 'prc', 'across china', 'nationwide'],
  },
  rcep: {
    zh: ['rcep', '区域全面经济伙伴关系', '區域全面經濟夥伴關係', 'rcep成员国', '澳大利亚', '澳洲', '新西兰', '纽西兰'],
    en: ['rcep', 'regional comprehensive economic partnership', 'australia', 'new zealand'],
  },
  asean: {
    zh: ['东盟', '東盟', '东南亚', '東南亞', '越南', '泰国', '马来西亚', '新加坡', '印尼', '印度尼西亚', '菲律宾', '柬埔寨', '缅甸', '老挝', '文莱'],
    en: [
      'asean', 'southeast asia', 'south-east asia', 'south east asia', 'vietnam', 'thailand', 'malaysia', 'singapore', 'indonesia',
      'philippines', 'cambodia', 'myanmar', 'laos', 'brunei',
      'southeast asian', 'south-east asian', 'south east asian', 'se asia',
    ],
  },
  'belt-and-road': {
    zh: [
      '一带一路', '一帶一路', '海上丝绸之路', '海丝', '丝路', '絲路', '丝路海运', '丝路飞翔', '沿线国家', '中亚', '非洲', '拉美', '拉丁美洲',
      '南美', '俄罗斯', '南亚', '巴基斯坦', '中东欧',
    ],
    en: [
      'belt and road', 'bri', 'one belt one road', 'maritime silk road', 'silk road', 'central asia', 'africa', 'african', 'latin america',
      'latin american', 'south america', 'south american', 'russia', 'south asia', 'pakistan', 'central and eastern europe',
      'south asian', 'latam',
    ],
  },
  'middle-east': {
    zh: ['中东', '中東', '沙特', '沙特阿拉伯', '阿联酋', '迪拜', '阿布扎比', '卡塔尔', '科威特', '阿曼', '巴林', '海湾国家', '海合会', '土耳其', '以色列', '埃及', '约旦'],
    en: [
      'middle east', 'middle eastern', 'gulf states', 'gcc', 'saudi', 'saudi arabia', 'uae', 'united arab emirates', 'dubai', 'abu dhabi',
      'qatar', 'kuwait', 'oman', 'bahrain', 'türkiye', 'egypt', 'israel', 'jordan', 'mena',
      'gulf countries', 'gulf region', 'ksa', 'mid-east',
    ],
  },
  europe: {
    zh: [
      '欧洲', '歐洲', '欧盟', '歐盟', '欧美', '歐美', '西欧', '东欧', '北欧', '中东欧', '英国', '德国', '法国', '意大利', '西班牙', '荷兰',
      '比利时', '瑞士', '瑞典', '波兰', '葡萄牙', '奥地利', '爱尔兰', '丹麦', '挪威', '芬兰', '希腊',
    ],
    en: [
      'europe', 'european', 'eu', 'european union', 'uk', 'britain', 'united kingdom', 'england', 'germany', 'france', 'italy', 'spain',
      'netherlands', 'holland', 'belgium', 'switzerland', 'sweden', 'poland', 'portugal', 'austria', 'ireland', 'denmark', 'norway',
      'finland', 'greece', 'central and eastern europe',
    ],
  },
  'north-america': {
    zh: ['北美', '美国', '美國', '加拿大', '墨西哥', '欧美', '歐美'],
    en: ['north america', 'north american', 'usa', 'united states', '^US', 'america', 'american', 'canada', 'mexico'],
  },
  'japan-korea': {
    zh: ['日韩', '日韓', '日本', '韩国', '韓國'],
    en: ['japan', 'japanese', 'korea', 'south korea', 'korean'],
  },
  global: {
    zh: ['全球', '海外', '国际市场', '國際市場', '海外市场', '世界各地', '国外', '國外', '境外', '全世界', '环球', '国内外', '多个国家'],
    en: ['global', 'globally', 'worldwide', 'around the world', 'all over the world', 'overseas', 'abroad', 'foreign markets', 'international markets', 'overseas markets', 'foreign countries', 'many countries', 'multiple countries', '=internationally'],
  },
} as const satisfies Record<MarketCode, ConceptTerms>;
