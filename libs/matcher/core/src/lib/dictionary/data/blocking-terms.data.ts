/**
 * Words that contain a dictionary term but mean something else. They take their place like
 * any term (the longest match wins) and report no concept: 新品上市 is a product launch, not
 * a stock listing; 酒精 is alcohol the chemical; 游戏规则 the rules of the game.
 */
export const BLOCKING_TERMS: readonly string[] = [
  '新品上市', '产品上市', '上市销售', '正式上市', '即将上市', '新上市', '上市时间', '上市新品', '陆续上市', '应季上市', '鲜果上市', '新茶上市',
  '挂牌成立', '酒精', '酒会', '茶话会', '茶水', '茶水间', '喝茶', '茶点', '游戏规则', '电子邮件', '电子邮箱', '电子签名', '电子发票', '电子合同',
  '基金会', '招商银行', '招商局', '品牌商', '品牌方',
  // 配饰品牌 and 服饰品牌 are accessory and fashion brands, not 饰品 (jewellery) inside them.
  '饰品牌',
  'plastic film', 'plastic films', 'packaging film', 'cling film', 'thermal films', 'thermal film',
  // Printed packaging is packaging, not publishing.
  'printed packaging', 'printed paper packaging', 'printed gift boxes', 'printed boxes', 'printed cartons', 'packaging printing', 'shoe boxes', 'shoe box', '鞋盒', '包装印刷', '印刷包装', 'market research', 'hundred flowers',
  // Start-up training (an incubator's offer to founders) is no school.
  '创业培训', 'start-up training', 'startup training', 'entrepreneurship training',
  // Personal care (toiletries, skin care) is consumer goods, not 护理 nursing care.
  '个人护理', '护理用品', '护理品',
  // A provident fund (Hong Kong's MPF) is a staff pension, not funding.
  'provident fund', 'provident funds', 'mandatory provident fund', '强积金',
  // Brand owners are an OEM's customers (as 品牌商, 品牌方 above), not a wish to build a brand.
  'brand owner', 'brand owners', 'brand-owner', 'brand-owners', 'brand customers', 'brand clients',
  // Tariffs a market imposes (a trade war) are why a firm looks elsewhere, not customs clearance to arrange.
  'tariff too high', 'tariffs too high', 'high tariff', 'high tariffs', 'higher tariffs', 'tariff war', 'tariff increase', 'tariff increases',
  'extra tariff', 'extra tariffs', 'additional tariffs', 'punitive tariffs', 'trade war', '加征关税', '关税战', '贸易战',
];
