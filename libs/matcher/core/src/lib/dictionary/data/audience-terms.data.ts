import type { AudienceCode } from '@fhk/contracts';
import type { ConceptTerms } from '../concept-kind';

/**
 * Who an event or programme is for. Curated rather than taken from the labels: 企業 and 公眾
 * alone would tag almost every text.
 */
export const AUDIENCE_TERMS = {
  exhibitors: { zh: ['参展商', '參展商', '展商', '参展企业'], en: ['exhibitors', 'exhibitor'] },
  buyers: { zh: ['买家', '買家', '采购商', '採購商', '采购团', '进口商', '专业买家'], en: ['buyers', 'trade buyers', '=importers', 'purchasers', 'sourcing managers'] },
  investors: {
    zh: ['投资者', '投資者', '投资人', '投资机构', '风投机构', '天使投资人', '家族办公室'],
    en: ['investors', 'investment firms', 'venture capitalists', 'family offices'],
  },
  enterprises: {
    zh: ['企业界', '工商界', '商界', '中小企业', '中小微企业', '民营企业', '民企', '港企', '闽企', '厂商'],
    en: ['=enterprises', 'smes', 'small and medium enterprises', '=businesses', 'business community', 'corporates', 'private enterprises'],
  },
  startups: {
    zh: ['初创企业', '初創企業', '初创', '初創', '新创', '新創', '创业', '創業', '创业者', '创业团队', '独角兽'],
    en: ['startups', 'startup', 'start-ups', 'start-up', 'entrepreneurs', 'founders', 'unicorns'],
  },
  'research-institutions': {
    zh: ['科研机构', '科研機構', '科研院所', '研究机构', '研究院', '研究所', '重点实验室', '高校科研'],
    en: ['research institutions', 'research institutes', 'research centres', 'research centers', 'laboratories', 'academia'],
  },
  'universities-students': {
    zh: ['高校', '大学', '大學', '大学生', '学生', '學生', '高等院校', '院校', '中学', '中小学', '港籍学生', '留学生', '毕业生'],
    en: ['=universities', '=university', 'students', 'student', 'colleges', 'graduates', 'secondary schools'],
  },
  youth: {
    // 港青 is "Hong Kong youth"; with a port city before it (廈門港青匯) it is not the city's port.
    zh: ['青年', '青少年', '年轻人', '港澳青年', '青年人', '港青', '厦门港青', '福州港青', '泉州港青', '漳州港青'],
    en: ['youth', 'young people', 'teenagers', 'young talent'],
  },
  'tourism-trade': {
    zh: ['旅游业界', '旅遊業界', '旅行社', '旅游业', '旅游从业者', '酒店业'],
    en: ['tourism trade', 'travel trade', 'travel agents', 'tour operators', 'tourism industry', 'hoteliers'],
  },
  'film-media': {
    zh: ['影视业界', '影視業界', '影视公司', '影视机构', '电影人', '媒体', '传媒', '制片'],
    en: ['film industry', 'media industry', 'filmmakers', '=producers', 'broadcasters', 'film and television'],
  },
  publishers: {
    zh: ['出版业界', '出版業界', '出版社', '出版机构', '出版商'],
    en: ['=publishers', 'publishing houses'],
  },
  'general-public': {
    zh: ['公众', '公眾', '市民', '普通民众', '消费者'],
    en: ['general public', 'members of the public', '=consumers', 'visitors'],
  },
  'hong-kong-residents': {
    zh: ['香港居民', '港人', '港澳居民', '香港市民', '在闽港人'],
    en: ['hong kong residents', 'hong kong people', 'hongkongers'],
  },
} as const satisfies Record<AudienceCode, ConceptTerms>;
