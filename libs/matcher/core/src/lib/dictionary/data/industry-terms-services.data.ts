import type { IndustryCode } from '@fhk/contracts';
import type { ConceptTerms } from '../concept-kind';

/** Logistics, travel, culture, education, finance, professional services, trade, infrastructure. */
export const SERVICES_INDUSTRY_TERMS = {
  'logistics-shipping': {
    zh: [
      '物流', '航运', '航運', '海运', '船运', '货运', '貨運', '货代', '国际货代', '快递', '仓储', '冷链', '供应链', '集装箱', '貨櫃', '货柜',
      '港航', '跨境物流', '海外仓', '多式联运', '海铁联运', '水水中转', '中欧班列', '丝路海运', '班轮', '船公司', '船舶代理', '空运', '陆运',
      '配送', '物流园', '国际物流',
      '船东',
      '驳船',
    ],
    en: [
      'logistics', '=shipping', 'shipping lines', 'shipping company', 'freight', 'freight forwarding', 'freight forwarders', '3pl',
      'warehousing', 'warehouses', 'cold chain', 'supply chain', 'supply chains', '=containers', '=container', 'courier', 'express delivery',
      'last-mile delivery', 'multimodal transport', 'sea freight', 'ocean freight', 'overseas warehouses', 'china-europe railway express',
      'transportation', 'trucking',
      'liner shipping', 'ship agency', 'shipping agency', 'road transport', 'road freight', 'delivery services', 'shipowners', 'shipowner', 'ship owners', 'ship management', 'bulk carriers', 'dry bulk',
      'barges',
      'cold storage',
    ],
  },
  aviation: {
    zh: ['航空', '民航', '机场', '機場', '航空公司', '航空航线', '空港', '航空物流', '航空货运', '飞机', '飞机维修', '航材', '航空维修', '丝路飞翔', '航空枢纽', '航空器'],
    en: [
      'aviation', 'airlines', 'airline', 'airports', 'airport', 'air cargo', 'air freight', 'aircraft', 'aerospace', 'mro',
      'aircraft maintenance', 'air routes', 'flight routes', 'aviation hub',
      'aircraft parts', 'aviation parts', 'aerospace components',
    ],
  },
  'tourism-hospitality': {
    zh: [
      '旅游', '旅遊', '旅游业', '文旅', '酒店', '宾馆', '賓館', '民宿', '度假', '度假村', '景区', '旅行社', '导游', '邮轮', '郵輪', '酒吧',
      '旅游线路', '观光', '乡村旅游', '茶旅', '主题公园', '游客', '入境游', '出境游', '酒店管理', '住宿', '土楼', '鼓浪屿', '旅发局',
      '旅游展', '游艇租赁', '帆船学校', '帆船课程', '冲浪学校', '冲浪课程', '潜水学校', '水上运动',
    ],
    en: [
      'tourism', 'tourists', 'tourist', '=hospitality', 'hotels', 'hotel', 'resorts', 'resort', 'bed and breakfast', 'homestays',
      'homestay', 'travel agency', 'travel agencies', 'tour operators', 'cruises', 'cruise', 'theme parks', 'scenic areas',
      'sightseeing', 'inbound tourism', 'outbound travel', 'tourist attractions', 'travel industry', 'travel trade', 'travel services',
      'tulou', 'gulangyu', 'travel expo',
      'scenic spots', 'tour guides', 'package tours', '=accommodation', 'travel agent', 'travel agents',
      // Leisure on the water is tourism: boats are what a charter firm uses, a sailing or surf school serves visitors.
      'yacht charter', 'boat charter', 'catamaran charter', 'sailing school', 'sailing courses', 'sailing base', 'surf school', 'surfing lessons', 'diving school', 'water sports', 'watersports',
    ],
  },
  'culture-creative': {
    zh: [
      '文化创意', '文化創意', '文创', '文創', '创意产业', '文化产业', '影视', '影視', '电影', '電影', '电视剧', '动漫', '动画', '创意设计',
      '平面设计', '艺术', '藝術', '艺术品', '演艺', '表演艺术', '剧目', '戏曲', '音乐', '美术', '画廊', '拍卖', '非遗', '非物质文化遗产',
      '博物馆', '文博', '传媒', '媒体', '广告', '短视频', '影视制作', '电影节', '金鸡奖', '摄影', '版权', '影视展', '文化企业',
    ],
    en: [
      'cultural and creative', 'creative industries', 'cultural industries', 'films', 'film production', 'film industry',
      'film and television', 'movies', 'filmmaking', 'cinema', 'television', 'tv dramas', '=animation', 'animated films', '=anime', 'digital content',
      'performing arts', 'artworks', 'art ip', 'galleries', 'auctions', 'intangible cultural heritage', 'museums', 'media', 'advertising',
      'graphic design', 'creative design', 'music', 'photography', 'filmart', 'film festival',
      'comics', 'chinese opera', 'opera', 'puppet theatre', 'puppetry', '=theatre', 'fine arts', 'cultural heritage', 'short videos', 'short video', 'film festivals',
      'animated series',
    ],
  },
  publishing: {
    zh: [
      '出版', '出版社', '图书', '圖書', '书籍', '出版物', '印刷', '印刷品', '书店', '期刊', '杂志', '报刊', '数字出版', '版权贸易', '电子书',
      '书展', '書展', '绘本', '教材',
    ],
    en: [
      '=publishing', '=publishers', '=publisher', '=books', 'book publishing', 'printing', 'printed matter', 'magazines', '=periodicals',
      'ebooks', 'e-books', 'bookstores', 'picture books', 'copyright trading', 'textbooks', 'book fair',
      'bookshops', 'newspapers',
    ],
  },
  education: {
    zh: [
      '教育', '培训', '培訓', '教育培训', '职业教育', '学校', '學校', '高校', '大学', '中小学', '幼儿园', '留学', '国际教育', '在线教育',
      '教育科技', '教培', '课程', '学历', '研学', '游学', '夏令营', '师资', '教材', '早教', '语言培训',
    ],
    en: [
      'education', 'educational', '=training', 'schools', 'school', '=universities', '=university', 'colleges', 'vocational education',
      'edtech', 'online education', 'study tours', 'summer camps', 'tutoring', 'training courses', 'study abroad',
      'kindergartens', 'kindergarten', 'international education', 'early education', 'early childhood education', 'language training', 'teachers', 'teaching staff',
    ],
  },
  'finance-fintech': {
    zh: [
      '金融', '金融科技', '金融服务', '银行', '銀行', '证券', '證券', '保险', '保險', '基金', '资产管理', '财富管理', '支付', '跨境支付',
      '第三方支付', '数字人民币', '投资银行', '投行', '融资租赁', '供应链金融', '小额贷款', '信托', '期货', '离岸人民币', '人民币国际化',
      '绿色金融', '普惠金融', '金融机构', '私募基金',
    ],
    en: [
      '=finance', 'financial services', 'financial institutions', 'fintech', 'banking', 'banks', 'bank', '=securities', 'insurance',
      'asset management', 'wealth management', 'payments', 'cross-border payments', 'digital payments', 'e-cny', 'digital yuan',
      'green finance', 'supply chain finance', '=leasing', 'offshore rmb', 'investment banking', 'brokerage',
      'third-party payments', 'financial leasing', 'microfinance', 'micro-loans', 'trust company', 'fund management',
    ],
  },
  'professional-services': {
    zh: [
      '专业服务', '專業服務', '法律服务', '律师', '律師', '律师事务所', '律所', '会计', '會計', '会计师', '会计师事务所', '审计', '核数', '核數',
      '税务师', '咨询公司', '管理咨询', '顾问公司', '人力资源', '猎头', '公证', '知识产权代理', '商标代理', '专利代理', '资产评估', '测量师',
      '建筑师', '工程顾问', '公司秘书', '秘书服务', '商务服务', '企业服务', '代理记账', '财税服务', '现代服务业', '服务贸易', '服務貿易',
      '咨询服务', '顾问服务', '专业服务机构', '建筑设计', '工程设计', '室内设计',
    ],
    en: [
      'professional services', 'legal services', 'lawyers', 'law firm', 'law firms', 'solicitors', 'barristers', '=accounting',
      '=accountants', 'auditing', 'tax advisory', '=consulting', '=consultancy', '=consultants', '=consultant', '=consultancies', 'advisory', 'management consulting',
      'human resources', 'recruitment agencies', 'headhunting', 'company secretarial', 'corporate services', 'business services', 'notary',
      'valuation', 'surveyors', 'architects', 'engineering consultancy', 'modern services', 'services trade', 'trade in services', 'architects', 'architecture firm', 'architectural design', 'engineering design', 'interior design',
      'auditors', 'tax advisers', 'tax advisors', 'consulting firms', 'ip agency', 'patent agents', 'trademark agents', 'company secretary',
    ],
  },
  'trade-ecommerce': {
    zh: [
      '贸易', '貿易', '外贸', '外貿', '进出口', '進出口', '跨境电商', '跨境電商', '跨境电子商务', '电商', '電商', '电子商务', '電子商務',
      '网店', '亚马逊', '独立站', '直播带货', '直播电商', '批发', '零售', '分销', '经销', '商贸', '国际贸易', '转口贸易', '离岸贸易',
      '一般贸易', '贸易公司', '进出口公司', '外贸企业', '市场采购', 'b2b', '阿里巴巴国际站',
    ],
    en: [
      'trade', 'trading', 'import and export', 'import export', '=imports', '=importing', '=importer', '=importers', 'foreign trade',
      'cross-border e-commerce', 'e-commerce', 'ecommerce', 'online retail', 'online store', 'amazon', 'shopify', 'live commerce',
      'live-streaming e-commerce', 'wholesale', 'retail', '=distribution', 'trading company', 'entrepot trade', 're-export', 'b2b',
      'tiktok shop',
    ],
  },
  'ports-infrastructure': {
    zh: [
      '港口', '码头', '碼頭', '港区', '深水港', '集疏运', '基建', '基础设施', '基礎設施', '基础设施建设', '工程建设', '建筑工程', '建筑业',
      '施工', '土木工程', '市政工程', '桥梁工程', '隧道', '公路', '铁路', '轨道交通', '地铁', '城市更新', '湄洲湾', '罗源湾', '厦门港', '福州港',
      '港口项目', '工程总承包', 'ppp', 'epc',
    ],
    en: [
      '=ports', '=port', 'port operations', 'container terminals', 'infrastructure', '=construction', 'civil engineering', 'bridge construction',
      '=tunnels', 'highways', 'railways', 'rail transit', 'metro', 'urban renewal', 'ppp', 'epc', 'public works',
      '=wharves', '=berths', 'port area', 'deep-water port', 'construction industry', 'construction engineering', 'municipal engineering', '=bridges', 'subway',
      '=wharf',
    ],
  },
} as const satisfies Partial<Record<IndustryCode, ConceptTerms>>;
