import type { IndustryCode, LocalizedText } from '@fhk/contracts';
import type { FujianPrefectureCode } from '@fhk/matcher/core';

/**
 * Words the synthetic generator draws from, beyond the contracts' vocabularies (industries,
 * needs, markets, audiences) and the matcher's Fujian places. Public knowledge about what
 * Fujian makes, not facts about any firm: every generated record is labelled SAMPLE.
 */

/** Products per industry, in the three languages (what a firm types into "products"). */
export const PRODUCTS_BY_INDUSTRY: Partial<Record<IndustryCode, LocalizedText[]>> = {
  tea: [
    { 'zh-Hant': '鐵觀音', 'zh-Hans': '铁观音', en: 'Tieguanyin oolong' },
    { 'zh-Hant': '福鼎白茶', 'zh-Hans': '福鼎白茶', en: 'Fuding white tea' },
    { 'zh-Hant': '武夷岩茶 大紅袍', 'zh-Hans': '武夷岩茶 大红袍', en: 'Wuyi rock tea Da Hong Pao' },
    { 'zh-Hant': '茉莉花茶', 'zh-Hans': '茉莉花茶', en: 'jasmine tea' },
    { 'zh-Hant': '烏龍茶 茶包', 'zh-Hans': '乌龙茶 茶包', en: 'oolong tea bags' },
  ],
  'food-beverage': [
    { 'zh-Hant': '休閒食品 餅乾', 'zh-Hans': '休闲食品 饼干', en: 'snacks and biscuits' },
    { 'zh-Hant': '罐頭食品', 'zh-Hans': '罐头食品', en: 'canned food' },
    { 'zh-Hant': '沙縣小吃 預製菜', 'zh-Hans': '沙县小吃 预制菜', en: 'ready meals' },
    { 'zh-Hant': '飲料 果汁', 'zh-Hans': '饮料 果汁', en: 'beverages and juice' },
  ],
  'agriculture-fisheries': [
    { 'zh-Hant': '鮑魚 海參', 'zh-Hans': '鲍鱼 海参', en: 'abalone and sea cucumber' },
    { 'zh-Hant': '大黃魚 養殖', 'zh-Hans': '大黄鱼 养殖', en: 'large yellow croaker farming' },
    { 'zh-Hant': '紫菜 海帶', 'zh-Hans': '紫菜 海带', en: 'seaweed and kelp' },
    { 'zh-Hant': '琯溪蜜柚', 'zh-Hans': '琯溪蜜柚', en: 'pomelo' },
    { 'zh-Hant': '食用菌 香菇', 'zh-Hans': '食用菌 香菇', en: 'edible mushrooms' },
  ],
  'textiles-apparel': [
    { 'zh-Hant': '休閒服裝', 'zh-Hans': '休闲服装', en: 'casual wear' },
    { 'zh-Hant': '運動服 面料', 'zh-Hans': '运动服 面料', en: 'sportswear fabrics' },
    { 'zh-Hant': '內衣 泳裝', 'zh-Hans': '内衣 泳装', en: 'underwear and swimwear' },
    { 'zh-Hant': '紡織品 化纖', 'zh-Hans': '纺织品 化纤', en: 'textiles and synthetic fibres' },
  ],
  footwear: [
    { 'zh-Hant': '運動鞋', 'zh-Hans': '运动鞋', en: 'sports shoes' },
    { 'zh-Hant': '跑鞋 鞋底', 'zh-Hans': '跑鞋 鞋底', en: 'running shoes and soles' },
    { 'zh-Hant': '童鞋 涼鞋', 'zh-Hans': '童鞋 凉鞋', en: "children's shoes and sandals" },
  ],
  'toys-games': [
    { 'zh-Hant': '毛絨玩具', 'zh-Hans': '毛绒玩具', en: 'plush toys' },
    { 'zh-Hant': '益智玩具 積木', 'zh-Hans': '益智玩具 积木', en: 'educational toys and building blocks' },
  ],
  'gifts-crafts': [
    { 'zh-Hant': '木雕 工藝品', 'zh-Hans': '木雕 工艺品', en: 'wood carvings and crafts' },
    { 'zh-Hant': '脫胎漆器', 'zh-Hans': '脱胎漆器', en: 'bodiless lacquerware' },
    { 'zh-Hant': '壽山石 雕刻', 'zh-Hans': '寿山石 雕刻', en: 'Shoushan stone carving' },
  ],
  'ceramics-building-materials': [
    { 'zh-Hant': '德化白瓷', 'zh-Hans': '德化白瓷', en: 'Dehua white porcelain' },
    { 'zh-Hant': '陶瓷 茶具', 'zh-Hans': '陶瓷 茶具', en: 'ceramic tea sets' },
    { 'zh-Hant': '石材 建陶', 'zh-Hans': '石材 建陶', en: 'stone and building ceramics' },
  ],
  'furniture-home': [
    { 'zh-Hant': '紅木家具', 'zh-Hans': '红木家具', en: 'rosewood furniture' },
    { 'zh-Hant': '衛浴 廚具', 'zh-Hans': '卫浴 厨具', en: 'bathroom and kitchenware' },
  ],
  electronics: [
    { 'zh-Hant': 'LED 照明', 'zh-Hans': 'LED 照明', en: 'LED lighting' },
    { 'zh-Hant': '顯示屏 觸控面板', 'zh-Hans': '显示屏 触控面板', en: 'displays and touch panels' },
    { 'zh-Hant': '智能硬件 傳感器', 'zh-Hans': '智能硬件 传感器', en: 'smart hardware and sensors' },
  ],
  'information-technology': [
    { 'zh-Hant': '軟件 SaaS', 'zh-Hans': '软件 SaaS', en: 'SaaS software' },
    { 'zh-Hant': '雲計算 平台', 'zh-Hans': '云计算 平台', en: 'cloud platform' },
    { 'zh-Hant': '網絡安全', 'zh-Hans': '网络安全', en: 'cybersecurity' },
  ],
  'artificial-intelligence': [
    { 'zh-Hant': '人工智能 視覺識別', 'zh-Hans': '人工智能 视觉识别', en: 'AI computer vision' },
    { 'zh-Hant': '大模型 應用', 'zh-Hans': '大模型 应用', en: 'large language model applications' },
  ],
  'new-energy': [
    { 'zh-Hant': '鋰電池 儲能', 'zh-Hans': '锂电池 储能', en: 'lithium batteries and energy storage' },
    { 'zh-Hant': '光伏組件', 'zh-Hans': '光伏组件', en: 'solar PV modules' },
    { 'zh-Hant': '新能源汽車 零部件', 'zh-Hans': '新能源汽车 零部件', en: 'EV components' },
  ],
  'new-materials': [
    { 'zh-Hant': '石墨烯', 'zh-Hans': '石墨烯', en: 'graphene' },
    { 'zh-Hant': '稀土 材料', 'zh-Hans': '稀土 材料', en: 'rare earth materials' },
  ],
  'advanced-manufacturing': [
    { 'zh-Hant': '工程機械', 'zh-Hans': '工程机械', en: 'construction machinery' },
    { 'zh-Hant': '數控機床 模具', 'zh-Hans': '数控机床 模具', en: 'CNC machine tools and moulds' },
    { 'zh-Hant': '船舶 配件', 'zh-Hans': '船舶 配件', en: 'ship parts' },
  ],
  'low-altitude-economy': [{ 'zh-Hant': '無人機', 'zh-Hans': '无人机', en: 'drones' }],
  biomedicine: [
    { 'zh-Hant': '醫療器械', 'zh-Hans': '医疗器械', en: 'medical devices' },
    { 'zh-Hant': '原料藥 製劑', 'zh-Hans': '原料药 制剂', en: 'APIs and formulations' },
  ],
  'chinese-medicine': [
    { 'zh-Hant': '中成藥', 'zh-Hans': '中成药', en: 'proprietary Chinese medicine' },
    { 'zh-Hant': '片仔癀 保健品', 'zh-Hans': '片仔癀 保健品', en: 'herbal health supplements' },
  ],
  'trade-ecommerce': [
    { 'zh-Hant': '跨境電商 獨立站', 'zh-Hans': '跨境电商 独立站', en: 'cross-border e-commerce store' },
    { 'zh-Hant': '外貿 代理', 'zh-Hans': '外贸 代理', en: 'export agency' },
  ],
  'logistics-shipping': [
    { 'zh-Hant': '貨運代理 集裝箱', 'zh-Hans': '货运代理 集装箱', en: 'freight forwarding and containers' },
    { 'zh-Hant': '冷鏈物流', 'zh-Hans': '冷链物流', en: 'cold-chain logistics' },
  ],
  'culture-creative': [{ 'zh-Hant': '動漫 影視製作', 'zh-Hans': '动漫 影视制作', en: 'animation and film production' }],
  'tourism-hospitality': [{ 'zh-Hant': '土樓 文旅 民宿', 'zh-Hans': '土楼 文旅 民宿', en: 'tulou heritage tourism and guesthouses' }],
  'petrochemicals-chemicals': [{ 'zh-Hant': '石化 化工原料', 'zh-Hans': '石化 化工原料', en: 'petrochemical feedstock' }],
  'green-economy': [{ 'zh-Hant': '環保設備 污水處理', 'zh-Hans': '环保设备 污水处理', en: 'environmental equipment and wastewater treatment' }],
};

/** Industries in the rough proportions of Fujian's exporting firms (weights, not statistics). */
export const INDUSTRY_WEIGHTS: Array<[IndustryCode, number]> = [
  ['textiles-apparel', 10],
  ['footwear', 9],
  ['food-beverage', 8],
  ['tea', 7],
  ['agriculture-fisheries', 6],
  ['electronics', 7],
  ['information-technology', 6],
  ['trade-ecommerce', 7],
  ['ceramics-building-materials', 5],
  ['furniture-home', 4],
  ['advanced-manufacturing', 5],
  ['new-energy', 4],
  ['gifts-crafts', 3],
  ['toys-games', 2],
  ['chinese-medicine', 2],
  ['biomedicine', 2],
  ['logistics-shipping', 3],
  ['new-materials', 2],
  ['artificial-intelligence', 2],
  ['low-altitude-economy', 1],
  ['culture-creative', 1],
  ['tourism-hospitality', 1],
  ['petrochemicals-chemicals', 1],
  ['green-economy', 1],
];

/** Prefectures weighted roughly by economic size (Fuzhou, Quanzhou, Xiamen first). */
export const PREFECTURE_WEIGHTS: Array<[FujianPrefectureCode, number]> = [
  ['fuzhou', 13],
  ['quanzhou', 12],
  ['xiamen', 8],
  ['zhangzhou', 6],
  ['ningde', 4],
  ['longyan', 4],
  ['putian', 3],
  ['sanming', 3],
  ['nanping', 3],
];

/** Invented trade names (two syllables each), never a real firm: names also carry "[SAMPLE]". */
export const TRADE_NAMES: LocalizedText[] = [
  { 'zh-Hant': '鴻星', 'zh-Hans': '鸿星', en: 'Hongxing' },
  { 'zh-Hant': '海峽', 'zh-Hans': '海峡', en: 'Haixia' },
  { 'zh-Hant': '閩信', 'zh-Hans': '闽信', en: 'Minxin' },
  { 'zh-Hant': '榕華', 'zh-Hans': '榕华', en: 'Ronghua' },
  { 'zh-Hant': '鷺達', 'zh-Hans': '鹭达', en: 'Luda' },
  { 'zh-Hant': '東南', 'zh-Hans': '东南', en: 'Dongnan' },
  { 'zh-Hant': '泰源', 'zh-Hans': '泰源', en: 'Taiyuan' },
  { 'zh-Hant': '金達', 'zh-Hans': '金达', en: 'Jinda' },
  { 'zh-Hant': '永盛', 'zh-Hans': '永盛', en: 'Yongsheng' },
  { 'zh-Hant': '華興', 'zh-Hans': '华兴', en: 'Huaxing' },
  { 'zh-Hant': '新聯', 'zh-Hans': '新联', en: 'Xinlian' },
  { 'zh-Hant': '恆通', 'zh-Hans': '恒通', en: 'Hengtong' },
  { 'zh-Hant': '德豐', 'zh-Hans': '德丰', en: 'Defeng' },
  { 'zh-Hant': '瑞祥', 'zh-Hans': '瑞祥', en: 'Ruixiang' },
  { 'zh-Hant': '匯海', 'zh-Hans': '汇海', en: 'Huihai' },
  { 'zh-Hant': '山海', 'zh-Hans': '山海', en: 'Shanhai' },
];

/** Sentence templates; `{x}` is filled in the same language. */
export const TEMPLATES = {
  products: {
    'zh-Hant': ['主營{p}。', '專業生產{p}，產品遠銷{m}。', '{p}', '我們做{p}，有自己的工廠。'],
    'zh-Hans': ['主营{p}。', '专业生产{p}，产品远销{m}。', '{p}', '我们做{p}，有自己的工厂。'],
    en: ['We make {p}.', 'Manufacturer of {p}, exporting to {m}.', '{p}', 'OEM/ODM {p} factory'],
  },
  needs: {
    'zh-Hant': ['希望{n}', '需要{n}服務', '計劃明年{n}', '{n}'],
    'zh-Hans': ['希望{n}', '需要{n}服务', '计划明年{n}', '{n}'],
    en: ['looking for {n}', 'need help with {n}', 'planning {n} next year', '{n}'],
  },
  history: {
    'zh-Hant': ['公司成立於{y}年，擁有{k}條生產線，通過ISO9001認證。', '在香港設有辦事處，計劃擴大海外銷售團隊。', '產品通過CE、FDA認證，年產值約{k}億元。'],
    'zh-Hans': ['公司成立于{y}年，拥有{k}条生产线，通过ISO9001认证。', '在香港设有办事处，计划扩大海外销售团队。', '产品通过CE、FDA认证，年产值约{k}亿元。'],
    en: ['Founded in {y}, {k} production lines, ISO 9001 certified.', 'We have a sales office in Hong Kong and plan to grow our overseas team.', 'CE and FDA certified; annual output about RMB {k}00 million.'],
  },
  legalForm: { 'zh-Hant': '有限公司', 'zh-Hans': '有限公司', en: 'Co., Ltd.' },
} as const;

/** Words naming the kind of a synthetic opportunity. */
export const OPPORTUNITY_WORDS = {
  expo: { 'zh-Hant': '博覽會', 'zh-Hans': '博览会', en: 'Expo' },
  fair: { 'zh-Hant': '交易會', 'zh-Hans': '交易会', en: 'Fair' },
  summit: { 'zh-Hant': '峰會', 'zh-Hans': '峰会', en: 'Summit' },
  programme: { 'zh-Hant': '支援計劃', 'zh-Hans': '支援计划', en: 'Support Programme' },
  provider: { 'zh-Hant': '諮詢服務', 'zh-Hans': '咨询服务', en: 'Advisory Services' },
  /**
   * The label in every opportunity name. Not the firms' "[SAMPLE]": a word in both a firm's name and
   * every opportunity would be a shared term for every pair (a product-term reason, and every firm a
   * candidate for every opportunity), which real data never has.
   */
  sample: { 'zh-Hant': '（虛構）', 'zh-Hans': '（虚构）', en: '(FICTITIOUS)' },
} as const satisfies Record<string, LocalizedText>;

/** Service categories (shipped catalogue slugs) that serve each need, for synthetic providers. */
export const SERVICE_CATEGORY_BY_NEED: Record<string, string> = {
  'company-registration': 'company-registration',
  'fund-pooling': 'fund-pooling-treasury',
  'tax-compliance': 'tax-compliance',
  'trademark-patent': 'trademarks-patents',
  'legal-advice': 'legal-advice',
  'brand-building': 'brand-building',
  'technology-transfer': 'technology-transfer',
  'testing-certification': 'testing-certification',
  'ip-trading': 'ip-trading',
  'investment-financing': 'investment-financing',
  arbitration: 'arbitration',
  mediation: 'mediation',
};

export const PROGRAMME_CATEGORIES = ['listing', 'financing', 'going-global', 'trade-promotion', 'technology', 'data', 'legal', 'logistics'] as const;
