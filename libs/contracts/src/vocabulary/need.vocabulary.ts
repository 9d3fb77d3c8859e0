import { LocalizedText } from '../lib/localized-text.schema';

/** What an enterprise needs; service categories, programmes and events are tagged with these. */
export const NEEDS = {
  'company-registration': { 'zh-Hant': '公司註冊', 'zh-Hans': '公司注册', en: 'Company registration' },
  'fund-pooling': { 'zh-Hant': '資金歸集及資金池', 'zh-Hans': '资金归集及资金池', en: 'Fund pooling and treasury' },
  'tax-compliance': { 'zh-Hant': '稅務合規', 'zh-Hans': '税务合规', en: 'Tax compliance' },
  'trademark-patent': { 'zh-Hant': '商標及專利', 'zh-Hans': '商标及专利', en: 'Trademarks and patents' },
  'legal-advice': { 'zh-Hant': '法律諮詢', 'zh-Hans': '法律咨询', en: 'Legal advice' },
  'brand-building': { 'zh-Hant': '品牌建設', 'zh-Hans': '品牌建设', en: 'Brand building' },
  'technology-transfer': { 'zh-Hant': '技術轉移', 'zh-Hans': '技术转移', en: 'Technology transfer' },
  'testing-certification': { 'zh-Hant': '檢驗檢測及認證', 'zh-Hans': '检验检测及认证', en: 'Testing and certification' },
  'ip-trading': { 'zh-Hant': '知識產權交易', 'zh-Hans': '知识产权交易', en: 'IP trading' },
  'investment-financing': { 'zh-Hant': '投融資', 'zh-Hans': '投融资', en: 'Investment and financing' },
  listing: { 'zh-Hant': '上市', 'zh-Hans': '上市', en: 'Listing (IPO)' },
  'bond-issuance': { 'zh-Hant': '發債', 'zh-Hans': '发债', en: 'Bond issuance' },
  arbitration: { 'zh-Hant': '仲裁', 'zh-Hans': '仲裁', en: 'Arbitration' },
  mediation: { 'zh-Hant': '調解', 'zh-Hans': '调解', en: 'Mediation' },
  'exhibit-find-buyers': { 'zh-Hant': '參展及尋找買家', 'zh-Hans': '参展及寻找买家', en: 'Exhibiting and finding buyers' },
  'overseas-expansion': { 'zh-Hant': '出海拓展', 'zh-Hans': '出海拓展', en: 'Going global' },
  'research-collaboration': { 'zh-Hant': '科研合作', 'zh-Hans': '科研合作', en: 'Research collaboration' },
  'talent-internships': { 'zh-Hant': '人才及實習', 'zh-Hans': '人才及实习', en: 'Talent and internships' },
  'logistics-customs': { 'zh-Hant': '物流及通關', 'zh-Hans': '物流及通关', en: 'Logistics and customs clearance' },
  'data-computing': { 'zh-Hant': '數據存儲及算力', 'zh-Hans': '数据存储及算力', en: 'Data storage and computing' },
  'tourism-promotion': { 'zh-Hant': '旅遊推廣', 'zh-Hans': '旅游推广', en: 'Tourism promotion' },
  'education-cooperation': { 'zh-Hant': '教育合作', 'zh-Hans': '教育合作', en: 'Education cooperation' },
  'investment-in-fujian': { 'zh-Hant': '投資福建', 'zh-Hans': '投资福建', en: 'Investing in Fujian' },
  'cultural-exchange': { 'zh-Hant': '文化交流', 'zh-Hans': '文化交流', en: 'Cultural exchange' },
  'medical-cooperation': { 'zh-Hant': '醫療合作', 'zh-Hans': '医疗合作', en: 'Medical cooperation' },
  'residence-facilitation': { 'zh-Hant': '居住及通行便利', 'zh-Hans': '居住及通行便利', en: 'Residence and travel facilitation' },
} as const satisfies Record<string, LocalizedText>;

export type NeedCode = keyof typeof NEEDS;
export const NEED_CODES = Object.keys(NEEDS) as NeedCode[];
