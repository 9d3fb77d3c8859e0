/**
 * Short names by which firms commonly call Hong Kong bodies, where the catalogue's title does not
 * contain them (金管局 for 香港金融管理局, 港交所 for HKEX). Public knowledge: the bodies' own usage and
 * the press. Names other bodies share are left out (理工大学, "Monetary Authority" of Singapore,
 * "Law Society" of other places, a Fujian 科学园). Chinese in Simplified script (Traditional folds to it), English in
 * lower case. Keyed by service-provider id. A firm naming one of them names that provider.
 */
export const PROVIDER_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  hkex: ['港交所', '联交所', 'hong kong stock exchange'],
  hktdc: ['贸发局', 'trade development council'],
  investhk: ['投资推广署'],
  hkstp: ['科技园公司', 'hong kong science park'],
  'hong-kong-tourism-board': ['旅发局'],
  polyu: ['香港理大', 'hong kong polytechnic university'],
  hkma: ['金管局', 'hong kong monetary authority'],
  hkecic: ['信保局', '出口信用保险局'],
  hkpc: ['生产力局', '生产力促进局'],
  hkqaa: ['品质保证局', '品保局'],
  'law-society-of-hong-kong': ['香港律师会', 'law society of hong kong'],
  'hong-kong-mediation-centre': ['和解中心'],
  'intellectual-property-department': ['知识产权署'],
  'companies-registry': ['公司注册处'],
  'customs-and-excise-department': ['香港海关', 'hong kong customs'],
  // Its funds by name, and Hong Kong's SME funding schemes, which it runs (its catalogue summary).
  'trade-and-industry-department': [
    '工业贸易署', '工贸署', 'bud fund', 'bud专项基金', 'sme export marketing fund', 'export marketing fund', '中小企业市场推广基金',
    'dedicated fund on branding', 'sme funding scheme', 'sme funding schemes', 'sme subsidy', 'sme subsidies', 'subsidy for sme',
    'subsidy for smes', 'subsidies for sme', 'subsidies for smes', 'hk subsidy', 'hong kong subsidy', 'hong kong government subsidy',
    'hk government subsidy', 'hk gov subsidy', '中小企资助计划', '中小企业资助计划',
  ],
};

/**
 * Mainland bodies whose names hold a Hong Kong body's name (税务局 is the Inland Revenue
 * Department's): written by a firm, they name no Hong Kong body ("登記電子稅務局" is the Mainland's
 * e-tax bureau). Simplified script, as the naming text is normalised.
 */
export const MAINLAND_BODY_NAMES: readonly string[] = ['电子税务局', '国家税务局', '国家税务总局', '省税务局', '市税务局', '区税务局', '县税务局'];
