import type { IndustryCode } from '@fhk/contracts';
import type { ConceptTerms } from '../concept-kind';

/** Technology, energy, materials, manufacturing, health and chemicals. */
export const TECH_INDUSTRY_TERMS = {
  electronics: {
    zh: [
      '电子', '電子', '电子产品', '消费电子', '电子元器件', '元器件', '电子元件', '半导体', '芯片', '集成电路', '电路板', '显示屏', '液晶',
      '光电', '传感器', '手机', '智能手机', '电脑', '平板电脑', '耳机', '音响', '充电器', '充电宝', '数码产品', '智能硬件', '智能穿戴',
      '可穿戴', '安防', '监控设备', '摄像头', '家电', '小家电', '电器', '电子信息', '通讯设备', '通信设备', '电子烟', '连接器', '电源',
      '电子展', 'pcb', '电线电缆', '线缆', '音箱',
    ],
    en: [
      'electronics', 'electronic', 'consumer electronics', 'semiconductors', 'semiconductor', 'chips', 'integrated circuits', 'pcb',
      'pcba', 'printed circuit boards', 'circuit boards', '^LED', 'lcd', 'oled', 'display panels', 'sensors', 'smartphones', 'mobile phones',
      'headphones', 'earphones', 'bluetooth', 'chargers', 'power banks', 'wearables', 'smart wearables', 'smart devices',
      'security cameras', 'cctv', 'home appliances', 'electronic components', 'connectors', 'e-cigarettes', 'vapes',
      'electronics fair', 'electronic information', 'cables', 'wires and cables',
      'display screens', 'optoelectronics', 'laptops', 'loudspeakers', 'audio equipment', 'smart hardware', 'surveillance', 'telecom equipment', 'communications equipment', 'power supplies', 'microchips', 'wafers', 'fabless', 'chip design', 'electrical appliances',
    ],
  },
  'information-technology': {
    zh: [
      '信息技术', '資訊科技', '资讯科技', '信息化', '软件', '軟件', '軟體', '软件开发', '系统集成', '云计算', '云服务', '互联网', '网络安全',
      '信息安全', '应用程序', '小程序', 'app', 'saas', 'it服务', '数码港', '編程', '程序开发', '网站建设', '软件外包', '操作系统',
      '数据库', '服务器', '信创', '区块链', '物联网', '创科展',
    ],
    en: [
      'information technology', '^IT', 'software', 'saas', 'cloud computing', 'cloud services', 'internet', 'cybersecurity',
      'cyber security', 'information security', 'apps', 'app', 'mobile apps', 'web development', 'system integration',
      'enterprise software', 'erp', 'crm', 'blockchain', 'tech company', 'software development', 'databases', 'servers', 'cyberport',
      'iot', 'internet of things', 'innoex',
      'mini programs', 'mini-programs', '=programming', 'website development', 'web design', 'software outsourcing', 'operating systems',
    ],
  },
  'digital-economy': {
    zh: [
      '数字经济', '數字經濟', '数据', '數據', '数据要素', '数据跨境', '数据中心', '大数据', '数字化', '数字化转型', '数字贸易', '数字技术',
      '数字产业', '数字中国', '数字福建', '智慧城市', '数据交易', '数据安全', '智算', '元宇宙', '数码', '数字内容', '数字营销', '平台经济',
      '港数闽存', '港数闽算', '数字企业',
    ],
    en: [
      'digital economy', 'data', 'big data', 'data centres', 'data centre', 'data center', 'data centers', 'cross-border data',
      'digital transformation', '=digitalisation', '=digitalization', 'digital trade', 'digital technology', 'digital technologies',
      'digital solutions', 'digital platforms', 'smart city', 'smart cities', 'metaverse', 'data analytics', 'analytics',
      'digital china',
      'data trading', 'data security', 'digital marketing', 'platform economy', 'digital companies', 'intelligent computing',
    ],
  },
  'artificial-intelligence': {
    zh: [
      '人工智能', 'ai', '机器学习', '深度学习', '大模型', '大语言模型', '生成式', 'aigc', '算法', '计算机视觉', '语音识别', '自然语言处理',
      '智能体', '具身智能', '智能机器人', '人脸识别', '自动驾驶', '智算',
      '机器视觉', '图像识别',
    ],
    en: [
      'artificial intelligence', 'ai', 'machine learning', 'deep learning', 'large language models', 'llm', 'llms', 'generative ai',
      'aigc', 'computer vision', 'speech recognition', 'natural language processing', 'nlp', 'ai agents', 'autonomous driving',
      'machine vision', 'image recognition', 'facial recognition', 'face recognition', 'large models', 'foundation models', 'algorithms', 'embodied ai', 'embodied intelligence', 'intelligent robots',
    ],
  },
  'new-energy': {
    zh: [
      '新能源', '锂电池', '鋰電池', '锂电', '锂离子', '电池', '電池', '动力电池', '储能', '儲能', '储能系统', '光伏', '太阳能', '风电', '风能',
      '海上风电', '氢能', '氢燃料', '燃料电池', '充电桩', '新能源汽车', '电动汽车', '电动车', '电动自行车', '两轮电动车', '宁德时代', '清洁能源', '可再生能源', '核电',
      '逆变器', '电芯', '正极材料', '负极材料', '电解液', '锂电材料',
      '充电柜',
    ],
    en: [
      'new energy', 'batteries', 'battery', 'lithium', 'lithium battery', 'lithium-ion', 'li-ion', 'energy storage', 'solar', 'photovoltaic',
      'photovoltaics', 'pv', 'wind power', 'wind energy', 'offshore wind', 'hydrogen', 'fuel cells', 'ev charging', 'charging stations',
      'charging piles', 'electric vehicles', 'evs', 'e-bikes', 'electric bikes', 'electric scooters', 'nev', 'nevs', 'clean energy', 'renewable energy', 'renewables', 'inverters',
      'battery cells', 'cathode materials', 'anode materials', 'catl',
      'power batteries', 'traction batteries', 'new energy vehicles', 'nuclear power', 'electrolytes', 'solar panels',
      'charging cabinets',
    ],
  },
  'new-materials': {
    zh: [
      '新材料', '先进材料', '复合材料', '石墨烯', '碳纤维', '高分子材料', '稀土', '特种钢', '不锈钢', '钨', '钨钼', '硬质合金', '合金',
      '功能材料', '纳米材料', '光学材料', '半导体材料', '电子材料', '化工新材料', '新型材料', '正极材料', '负极材料', '锂电材料',
      '可降解材料', '生物基材料', '膜材料',
    ],
    en: [
      'new materials', 'advanced materials', 'composite materials', '=composites', 'graphene', 'carbon fibre', 'carbon fiber', 'polymers',
      'rare earths', 'rare earth', 'stainless steel', 'tungsten', 'alloys', 'nanomaterials', 'nano materials', 'functional materials',
      'materials science', 'biodegradable materials', 'specialty materials', 'cathode materials', 'anode materials',
      'special steel', 'specialty steel', 'molybdenum', 'cemented carbide', 'tungsten carbide', 'optical materials', 'semiconductor materials', 'electronic materials', 'bio-based materials', 'membrane materials', 'polymer materials',
    ],
  },
  'advanced-manufacturing': {
    zh: [
      '高端制造', '高端製造', '先进制造', '智能制造', '制造业', '机械', '機械', '装备制造', '机床', '数控', '自动化', '工业自动化', '机器人',
      '工业机器人', '智能机器人', '精密制造', '精密加工', '模具', '注塑', '五金', '汽车零部件', '汽车配件', '汽车', '船舶', '造船',
      '工程机械', '电机', '阀门', '泵阀', '挖掘机', '装载机', '起重机', '叉车', '水泵', '压缩机', '矿山机械', '船厂', '造船厂', '轴承', '工业母机', '3d打印', '增材制造', '工业互联网', '智慧工厂',
      '生产线', '装备', '电动工具', '五金工具', '园林工具', '自动售货机', '自行车', '摩托车', '轮胎', '游艇',
      '机电', '机电产品',
    ],
    en: [
      'advanced manufacturing', 'high-end manufacturing', 'smart manufacturing', 'intelligent manufacturing', 'precision manufacturing',
      'manufacturing industry', 'machinery', 'machine tools', 'cnc', '=automation', 'industrial automation',
      'robotics', 'robots', 'industrial robots', 'precision machining', 'moulds', 'molds', 'injection moulding', 'injection molding',
      'auto parts', 'automotive parts', 'automotive', 'shipbuilding', 'shipyard', 'shipyards', 'construction machinery',
      'engineering machinery', 'excavators', 'loaders', 'cranes', 'forklifts', '=pumps', 'compressors', 'mining machinery', 'valves', '=bearings', 'motors',
      '3d printing', 'additive manufacturing', 'industrial internet', 'equipment manufacturing', 'hardware tools',
      'production lines', '=machines', 'industrial equipment', 'power tools', 'hand tools', 'garden tools', 'vending machines', 'bicycles', 'motorcycles', 'tyres', 'tires', 'boat building', 'boatbuilding', 'boat builder', 'boat builders', 'yachts', 'yacht building', 'yacht builder', 'yacht builders', 'yacht manufacturing',
      'automobiles', 'auto components', 'car parts', 'smart factories', 'smart factory', 'hardware products', 'metal hardware', 'automation equipment',
      'electromechanical', 'mechanical and electrical products',
    ],
  },
  'low-altitude-economy': {
    zh: ['低空经济', '低空經濟', '低空', '无人机', '無人機', '飞行汽车', 'evtol', '通用航空', '通航', '直升机', '无人驾驶航空器', '低空物流', '低空旅游', '飞行器'],
    en: [
      'low-altitude economy', 'low altitude', 'drones', 'drone', 'uav', 'uavs', 'uas', 'evtol', 'flying cars', 'general aviation',
      'urban air mobility', 'air taxis', 'air taxi',
    ],
  },
  biomedicine: {
    zh: [
      '生物医药', '生物醫藥', '医药', '制药', '药品', '药物', '新药', '创新药', '生物制品', '生物技术', '生物科技', '疫苗', '抗体', '基因',
      '细胞治疗', '医疗器械', '體外診斷', '体外诊断', '诊断试剂', '原料药', '仿制药', '生物医学', '医疗设备', '生命科学', '新药研发',
      'cro', 'cdmo', '医用耗材', '医疗耗材', '口罩',
    ],
    en: [
      'biomedicine', 'biomedical', 'biotech', 'biotechnology', 'pharmaceuticals', 'pharmaceutical', 'pharma', 'drug development',
      'new drugs', 'vaccines', 'antibodies', 'cell therapy', 'gene therapy', 'genomics', 'medical devices', 'diagnostics',
      'in vitro diagnostics', 'ivd', 'life sciences', 'cro', 'cdmo', 'biologics', 'medical consumables', 'surgical masks',
      'innovative drugs', 'diagnostic reagents', 'reagents', 'generic drugs', 'medical equipment', 'face masks', 'active pharmaceutical ingredients',
    ],
  },
  'chinese-medicine': {
    zh: [
      '中医药', '中醫藥', '中医', '中药', '中成药', '中药材', '草药', '药材', '道地药材', '针灸', '推拿', '中医馆', '片仔癀', '灵芝', '石斛',
      '太子参', '中药饮片', '配方颗粒', '中西医', '养生',
    ],
    en: [
      'chinese medicine', 'traditional chinese medicine', 'tcm', 'herbal medicine', 'chinese herbal', 'medicinal herbs', 'acupuncture',
      'pien tze huang', 'lingzhi', 'ganoderma',
      'chinese herbs', 'medicinal materials', 'tuina', 'reishi', 'dendrobium', 'decoction pieces', 'formula granules', 'dispensing granules', 'integrated chinese and western medicine', 'integrated chinese-western medicine', 'moxibustion', '=cupping',
    ],
  },
  healthcare: {
    zh: [
      '医疗', '醫療', '医疗卫生', '醫療衛生', '医疗服务', '医院', '诊所', '门诊', '康复', '养老', '护理', '大健康', '健康管理', '健康产业',
      '远程医疗', '互联网医疗', '体检', '医美', '口腔', '牙科', '眼科', '医疗机构', '公共卫生', '养老院', '康养',
    ],
    en: [
      'healthcare', 'health care', 'medical services', 'hospitals', 'hospital', 'clinics', 'elderly care', 'aged care', 'senior care',
      'nursing', 'rehabilitation', 'telemedicine', 'dental', 'health management', '=wellness', 'medical aesthetics', 'health checks',
      'public health',
      'outpatient', 'health industry', 'medical check-ups', 'physical examinations', 'oral health', 'dentistry', 'ophthalmology', 'eye care', 'medical institutions', 'nursing homes', 'care homes', 'retirement homes', 'orthopaedics', 'orthopedics', 'physiotherapy',
    ],
  },
  'green-economy': {
    zh: [
      '绿色经济', '綠色經濟', '环保', '環保', '节能', '节能环保', '碳中和', '碳达峰', '双碳', '低碳', '减排', '碳排放', '碳交易', '碳足迹',
      '绿色发展', '绿色低碳', '绿色转型', '绿色建筑', '绿色金融', '绿色债券', '循环经济', '再生资源', '回收利用', '废物处理', '垃圾处理',
      '污水处理', '水处理', '环境治理', 'esg', '可降解', '降解塑料', '清洁生产', '环境监测', '固废', '危废', '资源综合利用',
    ],
    en: [
      'green economy', 'environmental protection', 'energy saving', 'energy efficiency', 'carbon neutrality', 'carbon neutral',
      'low-carbon', 'carbon emissions', 'carbon trading', 'carbon credits', 'carbon footprint', 'decarbonisation', 'decarbonization',
      'recycling', 'circular economy', 'waste management', 'waste treatment', 'water treatment', 'wastewater', 'esg', '=sustainability',
      'sustainable development', 'biodegradable', 'cleantech', 'clean technology', 'green technology', 'green buildings',
      'green finance', 'green bonds',
      'sewage treatment', 'solid waste', 'hazardous waste', 'environmental monitoring', 'cleaner production', 'recycled materials', 'waste disposal', 'degradable plastics', 'pollution control', 'emissions reduction', 'environmental services',
    ],
  },
  'petrochemicals-chemicals': {
    zh: [
      '石化', '石油化工', '化工', '化学品', '化学', '石油', '天然气', 'lng', '炼化', '炼油', '塑料', '塑胶', '塑料制品', '橡胶', '树脂',
      '化纤', '精细化工', '日化', '农药', '化肥', '氟化工', '聚酯', '乙烯', '油气',
    ],
    en: [
      'petrochemicals', 'petrochemical', 'chemicals', 'chemical industry', 'oil and gas', 'petroleum', '=refining', '=refinery', 'lng',
      '=plastics', 'plastic products', 'rubber', 'resins', 'fine chemicals', 'polyester', 'fertilisers', 'fertilizers', 'pesticides',
      'natural gas', 'daily chemicals', 'household chemicals', 'fluorochemicals', 'ethylene', 'pvc', 'polyethylene', 'polypropylene',
    ],
  },
} as const satisfies Partial<Record<IndustryCode, ConceptTerms>>;
