import { LocalizedText } from '../lib/localized-text.schema';

/**
 * Industry codes shared by every service: catalogue and calendar items are tagged with them,
 * the matcher classifies enterprises into them. Labels in the three languages. Codes never change
 * meaning silently: `watches-jewellery` is watches and clocks since jewellery became its own code
 * (seed data 2026-12-01.3), as lighting left `furniture-home`; the code was kept so stored tags stay valid.
 */
export const INDUSTRIES = {
  tea: { 'zh-Hant': '茶葉', 'zh-Hans': '茶叶', en: 'Tea' },
  'food-beverage': { 'zh-Hant': '食品及飲料', 'zh-Hans': '食品及饮料', en: 'Food and beverage' },
  'wine-spirits': { 'zh-Hant': '酒類', 'zh-Hans': '酒类', en: 'Wine and spirits' },
  'agriculture-fisheries': { 'zh-Hant': '農業及漁業', 'zh-Hans': '农业及渔业', en: 'Agriculture and fisheries' },
  'textiles-apparel': { 'zh-Hant': '紡織及服裝', 'zh-Hans': '纺织及服装', en: 'Textiles and apparel' },
  footwear: { 'zh-Hant': '鞋業', 'zh-Hans': '鞋业', en: 'Footwear' },
  'toys-games': { 'zh-Hant': '玩具及遊戲', 'zh-Hans': '玩具及游戏', en: 'Toys and games' },
  'gifts-crafts': { 'zh-Hant': '禮品及工藝品', 'zh-Hans': '礼品及工艺品', en: 'Gifts, premiums and crafts' },
  'ceramics-building-materials': { 'zh-Hant': '陶瓷及建材', 'zh-Hans': '陶瓷及建材', en: 'Ceramics and building materials' },
  'furniture-home': { 'zh-Hant': '傢俬及家居用品', 'zh-Hans': '家具及家居用品', en: 'Furniture and household goods' },
  lighting: { 'zh-Hant': '燈飾照明', 'zh-Hans': '灯饰照明', en: 'Lighting' },
  'watches-jewellery': { 'zh-Hant': '鐘錶', 'zh-Hans': '钟表', en: 'Watches and clocks' },
  jewellery: { 'zh-Hant': '珠寶首飾', 'zh-Hans': '珠宝首饰', en: 'Jewellery' },
  electronics: { 'zh-Hant': '電子產品', 'zh-Hans': '电子产品', en: 'Electronics' },
  'information-technology': { 'zh-Hant': '資訊科技及軟件', 'zh-Hans': '信息技术及软件', en: 'Information technology and software' },
  'digital-economy': { 'zh-Hant': '數字經濟及數據', 'zh-Hans': '数字经济及数据', en: 'Digital economy and data' },
  'artificial-intelligence': { 'zh-Hant': '人工智能', 'zh-Hans': '人工智能', en: 'Artificial intelligence' },
  'new-energy': { 'zh-Hant': '新能源及電池', 'zh-Hans': '新能源及电池', en: 'New energy and batteries' },
  'new-materials': { 'zh-Hant': '新材料', 'zh-Hans': '新材料', en: 'New materials' },
  'advanced-manufacturing': { 'zh-Hant': '高端製造及機械', 'zh-Hans': '高端制造及机械', en: 'Advanced manufacturing and machinery' },
  'low-altitude-economy': { 'zh-Hant': '低空經濟', 'zh-Hans': '低空经济', en: 'Low-altitude economy' },
  biomedicine: { 'zh-Hant': '生物醫藥', 'zh-Hans': '生物医药', en: 'Biomedicine and pharmaceuticals' },
  'chinese-medicine': { 'zh-Hant': '中醫藥', 'zh-Hans': '中医药', en: 'Chinese medicine' },
  healthcare: { 'zh-Hant': '醫療衛生', 'zh-Hans': '医疗卫生', en: 'Healthcare and medical services' },
  'logistics-shipping': { 'zh-Hant': '物流及航運', 'zh-Hans': '物流及航运', en: 'Logistics and shipping' },
  aviation: { 'zh-Hant': '航空', 'zh-Hans': '航空', en: 'Aviation' },
  'tourism-hospitality': { 'zh-Hant': '旅遊及酒店', 'zh-Hans': '旅游及酒店', en: 'Tourism and hospitality' },
  'culture-creative': { 'zh-Hant': '文化創意及影視', 'zh-Hans': '文化创意及影视', en: 'Culture, creative industries and film' },
  publishing: { 'zh-Hant': '出版', 'zh-Hans': '出版', en: 'Publishing' },
  education: { 'zh-Hant': '教育', 'zh-Hans': '教育', en: 'Education' },
  'finance-fintech': { 'zh-Hant': '金融及金融科技', 'zh-Hans': '金融及金融科技', en: 'Finance and fintech' },
  'professional-services': { 'zh-Hant': '專業服務', 'zh-Hans': '专业服务', en: 'Professional services' },
  'trade-ecommerce': { 'zh-Hant': '貿易及跨境電商', 'zh-Hans': '贸易及跨境电商', en: 'Trade and cross-border e-commerce' },
  'green-economy': { 'zh-Hant': '綠色經濟及環保', 'zh-Hans': '绿色经济及环保', en: 'Green economy and environment' },
  'petrochemicals-chemicals': { 'zh-Hant': '石化及化工', 'zh-Hans': '石化及化工', en: 'Petrochemicals and chemicals' },
  'ports-infrastructure': { 'zh-Hant': '港口及基建', 'zh-Hans': '港口及基建', en: 'Ports and infrastructure' },
} as const satisfies Record<string, LocalizedText>;

export type IndustryCode = keyof typeof INDUSTRIES;
export const INDUSTRY_CODES = Object.keys(INDUSTRIES) as IndustryCode[];
