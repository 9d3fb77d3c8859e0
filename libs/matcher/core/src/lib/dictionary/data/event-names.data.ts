/**
 * Short names by which firms commonly call Hong Kong fairs in Chinese, where the calendar's title
 * does not contain them (钟表展 for 香港钟表展, 秋季电子展 for 香港电子产品展（秋季版）, 高教展 for
 * 内地高等教育展). Public usage: the organisers' own short forms and the press. A fair with spring
 * and autumn editions is named only with its season (电子展 alone would name both, and sits inside
 * 秋季电子展); names a text may hold for other things are left out (书展 in 图书展销, 旅游展 in
 * 旅游展示, 茶展 and 酒展, two characters). Simplified script (Traditional folds to it); English in
 * lower case, for names the loose English reading of a title (`looseFairNames`) does not give.
 * Keyed by calendar event id. A firm naming one of them names that fair.
 */
export const EVENT_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  'hong-kong-electronics-fair-spring': ['春季电子展', '春季电子产品展'],
  'hong-kong-electronics-fair-autumn': ['秋季电子展', '秋季电子产品展'],
  'hong-kong-watch-clock-fair': ['钟表展'],
  'hong-kong-gifts-premium-fair': ['礼品展', '礼品及赠品展'],
  'hong-kong-toys-games-fair': ['玩具展'],
  'food-expo': ['美食展'],
  'hong-kong-international-tea-fair': ['香港茶展', '国际茶展'],
  'hong-kong-international-wine-spirits-fair': ['香港酒展', '美酒展'],
  innoex: ['创科展'],
  filmart: ['影视展'],
  'international-travel-expo-hong-kong': ['香港旅游展', '国际旅游展'],
  'mainland-higher-education-expo': ['高教展', '高等教育展', 'higher education expo', 'education expo'],
  'eco-expo-asia': ['环保展', '环保博览'],
  'hong-kong-international-lighting-fair-spring': ['春季灯饰展'],
  'hong-kong-international-lighting-fair-autumn': ['秋季灯饰展'],
  'hong-kong-houseware-fair': ['家庭用品展', '家品展'],
  'hong-kong-international-home-textiles-furnishings-fair': ['家纺展', '家用纺织品展'],
  'hong-kong-international-jewellery-show': ['珠宝展'],
  'hong-kong-international-medical-healthcare-fair': ['医疗及保健展', '医疗展'],
  'hong-kong-international-printing-packaging-fair': ['印刷及包装展', '印刷展', '包装展'],
};
