import { LocalizedText } from '../lib/localized-text.schema';

/**
 * The kinds of opportunity, one list for every service: `event` is a calendar event, the others
 * are catalogue items. Areas are browsed, not matched.
 */
export const OPPORTUNITY_TYPES = ['event', 'programme', 'service-provider', 'service-category', 'measure', 'area'] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];
/** What can be matched with an enterprise. */
export type MatchableOpportunityType = Exclude<OpportunityType, 'area'>;
export const MATCHABLE_OPPORTUNITY_TYPES: readonly MatchableOpportunityType[] = ['event', 'programme', 'service-provider', 'service-category', 'measure'];

/**
 * Whom an opportunity serves, and in which direction across the boundary. Read from the
 * memorandum's text: "help Fujian enterprises list in Hong Kong" serves Fujian firms going out;
 * "Invest Fujian" promotions bring Hong Kong investors and firms into Fujian; youth exchanges serve
 * young people; the DSE admission scheme serves students; joint university programmes serve
 * institutions (universities, hospitals, research bodies, schools).
 */
export const SERVES = {
  'fujian-going-out': { 'zh-Hant': '福建企業走出去', 'zh-Hans': '福建企业走出去', en: 'Fujian firms going out' },
  'hong-kong-coming-in': { 'zh-Hant': '香港企業及投資者進入福建', 'zh-Hans': '香港企业及投资者进入福建', en: 'Hong Kong firms and investors coming into Fujian' },
  youth: { 'zh-Hant': '青年', 'zh-Hans': '青年', en: 'Young people' },
  students: { 'zh-Hant': '學生', 'zh-Hans': '学生', en: 'Students' },
  institutions: { 'zh-Hant': '院校、醫院及科研機構', 'zh-Hans': '院校、医院及科研机构', en: 'Schools, universities, hospitals and research institutions' },
  public: { 'zh-Hant': '公眾及個人', 'zh-Hans': '公众及个人', en: 'The public and individuals' },
} as const satisfies Record<string, LocalizedText>;
export type ServesCode = keyof typeof SERVES;
export const SERVES_CODES = Object.keys(SERVES) as ServesCode[];

/** What a firm must have before an opportunity can serve it. */
export const PRECONDITIONS = {
  'hong-kong-entity': { 'zh-Hant': '須先有香港註冊的公司', 'zh-Hans': '须先有香港注册的公司', en: 'Needs a company registered in Hong Kong' },
  'listed-or-listing-candidate': { 'zh-Hant': '須符合上市資格', 'zh-Hans': '须符合上市资格', en: 'Needs to meet listing requirements' },
} as const satisfies Record<string, LocalizedText>;
export type PreconditionCode = keyof typeof PRECONDITIONS;
export const PRECONDITION_CODES = Object.keys(PRECONDITIONS) as PreconditionCode[];

/**
 * What a service provider does for a firm: `serves` (it does the work: registers the company,
 * hears the arbitration, tests the product) or `informs` (it informs, sets policy or accredits,
 * and a firm uses it to find those who do the work: the testing council, the Department of
 * Justice's promotion of legal services, the body that accredits mediators).
 */
export const PROVIDER_ROLES = {
  serves: { 'zh-Hant': '直接為企業提供服務', 'zh-Hans': '直接为企业提供服务', en: 'Serves firms directly' },
  informs: { 'zh-Hant': '提供資訊、政策或認可，轉介提供服務者', 'zh-Hans': '提供信息、政策或认可，转介提供服务者', en: 'Informs, sets policy or accredits, and refers firms to those who serve them' },
} as const satisfies Record<string, LocalizedText>;
export type ProviderRole = keyof typeof PROVIDER_ROLES;
export const PROVIDER_ROLE_CODES = Object.keys(PROVIDER_ROLES) as ProviderRole[];
