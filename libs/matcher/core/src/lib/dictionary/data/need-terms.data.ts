import type { NeedCode } from '@fhk/contracts';
import type { ConceptTerms } from '../concept-kind';

/**
 * What firms ask for, in the words they use. Terms avoid embedding place names (在香港注册公司
 * is found as 香港 + 注册公司), so the market is still detected next to the need.
 */
export const NEED_TERMS = {
  'company-registration': {
    zh: [
      '公司注册', '公司註冊', '注册公司', '註冊公司', '开公司', '開公司', '开设公司', '设立公司', '設立公司', '成立公司', '公司设立', '企业注册',
      '工商注册', '设立子公司', '设立分公司', '子公司', '分公司', '设立办事处', '办事处', '代表处', '商业登记', '商業登記', '商业登记证',
      '营业执照', '地区总部', '落户', '主体公司', '法人主体', '公司主体',
      '成立一家公司', '成立一间公司', '开一家公司', '开一间公司', '注册一家公司', '设立一家公司', '搞间公司', '开个公司',
      '控股公司', '法人实体', '国际总部', '海外总部',
    ],
    en: [
      'company registration', 'register a company', 'registering a company', 'register company', 'registered company',
      'company formation', 'company incorporation', 'incorporate', 'incorporation', 'set up a company', 'setting up a company',
      'set up an office', 'establish a company', 'establish a subsidiary', 'subsidiary', 'subsidiaries', 'branch office',
      'representative office', 'business registration', 'open a company', 'regional headquarters', 'open an office', 'open a branch', 'trading company', 'holding company', 'legal entity', 'local entity', 'company set-up',
      'company setup', 'incorporating', 'incorporate a company', 'set up a subsidiary', 'set up an entity', 'international headquarters', 'hong kong entity', 'hk entity', 'regional hq', 'regional office', 'sales office', 'set up shop', 'local company',
      'start a company', 'form a company', 'register a business', 'establish an office', 'establish a branch', 'set up a branch', 'open a subsidiary', 'business licence', 'business license', 'liaison office',
    ],
  },
  'fund-pooling': {
    zh: [
      '资金池', '資金池', '资金归集', '資金歸集', '跨境资金池', '现金池', '資金集中管理', '资金集中管理', '司库', '財資中心', '财资中心',
      '财资管理', '企业财资', '资金管理中心', '资金调拨', '跨境资金', '外汇管理', '结算中心', '资金结算', '银行开户', '開立銀行賬戶', '开户',
      '银行户口', '开户口', '开个户口', '开银行户口', '银行账户',
      '开立账户', '离岸账户',
    ],
    en: [
      'fund pooling', 'cash pooling', 'cash pool', 'cash pools', 'treasury centre', 'treasury center', 'corporate treasury', 'treasury',
      'treasury management', 'liquidity management', 'cross-border funds', 'bank account', 'bank accounts', 'account opening',
      'foreign exchange management', '=netting', 'pool cash', 'pool the cash', 'cash concentration', 'centralise cash',
      'centralize cash', 'group liquidity', 'multi-currency accounts', 'multi-currency account', 'collection account', 'repatriate', 'repatriation', 'cross-border payments', 'receive payments', 'payment collection', 'foreign currency account', 'currency hedging', 'fx hedging', 'currency risk',
      'settlement centre', 'settlement center', 'offshore account', 'offshore accounts', 'fund settlement', 'cash management',
      'cross-border settlement', 'rmb settlement', 'fx settlement', 'foreign exchange settlement',
      'capital pool', 'capital pooling',
    ],
  },
  'tax-compliance': {
    zh: [
      '税务', '稅務', '税务合规', '稅務合規', '税务筹划', '税务规划', '报税', '纳税', '税收', '双重征税', '税收协定', '利得税', '所得税',
      '增值税', '出口退税', '退税', '转让定价', '关税', '会计', '做账', '记账', '代理记账', '审计', '核数', '财税', '财务合规', '财税合规',
    ],
    en: [
      'tax', 'taxes', 'taxation', 'tax compliance', 'tax planning', 'tax filing', 'tax returns', 'double taxation', 'transfer pricing',
      'profits tax', 'vat', 'tax refunds', 'tax refund', '=accounting', 'bookkeeping', 'audit', 'auditing', 'financial reporting', '=taxed', '=accountant', '=accountants', 'tax residency',
      'withholding tax', 'tax treaty',
    ],
  },
  'trademark-patent': {
    zh: [
      '商标', '商標', '专利', '專利', '知识产权', '知識產權', '商标注册', '专利申请', '版权', '著作权', '软件著作权', '软著', '品牌保护',
      '侵权', '维权', '打假', '外观设计', '发明专利', '实用新型', '马德里体系',
    ],
    en: [
      'trademarks', 'trademark', 'trade marks', 'trade mark', 'patents', 'patent', 'intellectual property', 'ip', 'copyright',
      'copyrights', 'brand protection', 'infringement', 'counterfeits', 'counterfeit', 'design registration', 'pct', 'madrid system', 'copycats', 'copycat', 'knock-offs', 'knockoffs', 'get copied', 'protect our brand',
      'protect our designs', 'brand name protection',
      'design rights', 'registered designs', 'utility models', 'utility model', 'fakes', 'rights protection',
      // Copying said plainly ("people copy our products", "they copied our design"); "our" is a stop word.
      'copy our products', 'copy our designs', 'copied our products', 'copied our designs', 'copying our products', 'copying our designs',
      'copy our logo', 'copied our logo', 'pirated', 'piracy',
    ],
  },
  'legal-advice': {
    zh: [
      '法律', '法律咨询', '法律諮詢', '法律服务', '法律顾问', '律师', '律所', '合同审查', '合同', '合规', '法务', '涉外法律', '跨境法律',
      '诉讼', '纠纷', '争议解决', '纠纷解决', '海丝中央法务区', '尽职调查', '尽调', '并购', '劳动合同', '数据合规',
    ],
    en: [
      'legal', 'legal advice', 'legal services', 'lawyers', 'lawyer', 'law firm', 'legal counsel', 'contracts', 'contract review',
      'compliance', 'litigation', 'disputes', 'dispute resolution', 'due diligence', 'mergers and acquisitions', '^M&A', 'employment law', 'regulatory requirements', 'regulatory advice', 'regulations',
      'licensing requirements', 'legal review',
      'legal affairs', 'legal support', 'legal opinion', 'legal opinions',
    ],
  },
  'brand-building': {
    zh: [
      '品牌', '品牌建设', '品牌建設', '品牌推广', '品牌营销', '品牌策划', '品牌设计', '品牌形象', '打造品牌', '品牌国际化', '营销', '行銷',
      '市场营销', '推广', '宣传', '广告', '公关', '包装设计', '数字营销', '社交媒体', '网络营销', '海外营销', '自主品牌', '知名度', '品牌出海',
    ],
    en: [
      'brand', 'brands', 'branding', 'brand building', '=marketing', 'brand marketing', '=promotion', '=promotions', 'advertising', 'public relations',
      'social media', 'digital marketing', 'brand awareness', 'packaging design', 'brand positioning',
      '=publicity', 'raise our profile', 'promote our products', 'promote our brand',
    ],
  },
  'technology-transfer': {
    zh: [
      '技术转移', '技術轉移', '技术转让', '成果转化', '科技成果转化', '产学研', '技术合作', '技术引进', '技术许可', '技术对接', '科研成果',
      '技术交易', '孵化', '孵化器', '加速器', '科技园', '科学园', '专利技术', '产业化', '引进技术',
    ],
    en: [
      'technology transfer', 'tech transfer', 'technology licensing', '=commercialisation', '=commercialization', 'industry-academia',
      'technology cooperation', 'incubators', 'incubator', 'incubation', '=accelerators', '=accelerator', 'science park', 'science parks',
      'innovation centre', '^I&T park', 'innovation and technology park', 'innovation park', '=commercialise', '=commercialize', 'license technology', 'licence technology',
      'technology from universities',
      'bring in technology', 'acquire technology', 'technology matchmaking', 'research results', 'research outcomes', 'technology trading', 'technology transactions', '=industrialisation', '=industrialization',
      'scientific achievements', 'technological achievements', 'research achievements', 'achievements transformation', 'transformation of achievements', 'technology docking',
      'tech cooperation',
    ],
  },
  'testing-certification': {
    zh: [
      '检测', '檢測', '检验', '檢驗', '检验检测', '认证', '認證', '测试', '质检', '质量检测', '质量认证', '产品认证', '食品安全', '食品检测',
      '出口认证', 'ce认证', 'en71', '有机认证', '清真认证', '合格评定', '计量', '检疫', '验货', '标准认证',
    ],
    en: [
      'testing', 'tests', 'certification', 'certifications', 'certified', 'certify', 'certificates', 'inspection', 'quality control',
      'quality inspection', 'lab testing', 'laboratory testing', 'accreditation', 'conformity assessment', 'iso', 'ce marking', 'fda',
      'food safety', 'halal', 'organic certification', 'en71', 'en 71', 'phytosanitary', 'haccp', 'brc', 'grs', 'oeko-tex',
      'product standards', 'compliance testing', 'lab tests', 'carbon footprint verification',
      'quarantine', 'calibration', 'metrology', 'ce mark',
      '=certs', '=cert', 'iec',
    ],
  },
  'ip-trading': {
    zh: [
      '知识产权交易', '知識產權交易', '知识产权贸易', '知识产权运营', '知识产权融资', '知识产权质押', '专利交易', '专利许可', '专利转让',
      '商标转让', '版权交易', '版权贸易', 'ip交易', 'ip授权', 'ip转化', 'ip商品化', '衍生品开发', '品牌授权',
    ],
    en: [
      'ip trading', 'ip licensing', 'ip commercialisation', 'ip commercialization', 'ip monetisation', 'ip financing', 'ip marketplace',
      'ip transactions', 'patent licensing', 'patent transfer', 'patent sale', 'copyright trading', 'brand licensing', 'licensing deals', 'licensing partner', 'licensing partners', 'in-license', 'out-license',
      'merchandise', 'merchandising',
      'ip pledge', 'patent pledge', 'trademark transfer', 'trademark assignment', 'license out', 'licence out', 'license our patents', 'sell our patents',
    ],
  },
  'investment-financing': {
    zh: [
      '融资', '融資', '投融资', '投融資', '投资', '投資', '风投', '風投', '风险投资', '创投', '創投', '私募', '私募股权', '天使投资', '天使轮',
      '出口信用保险', '信用保险', '出口信保', '信保', '项目融资', '应收账款保险',
      'a轮', 'b轮', '股权融资', '债权融资', '贷款', '貸款', '银行贷款', '信贷', '授信', '资金', '引资', '投资人', '投资者', '战略投资者',
      '资本', '跨境资本', '资本对接', '融资对接', '路演', '估值', '产业基金', '引导基金', '并购', 'pre-ipo', '借钱', '缺钱',
    ],
    en: [
      'financing', 'funding', 'fundraising', 'raise capital', 'raising capital', 'raise funds', 'investment', 'investments', 'investors',
      'investor', 'venture capital', 'vc', 'private equity', '^PE', 'angel investment', 'angel investors', 'loans', 'loan', 'bank loans',
      '=credit', '=capital', 'equity financing', 'debt financing', 'roadshows', 'roadshow', 'valuation', 'pre-ipo', 'series round', 'series b', 'funding round', 'financing round',
      'raise a round', 'project financing', 'project finance', 'export credit insurance', 'credit insurance', 'trade credit insurance',
      'insure our receivables', 'non-payment', 'working capital', 'cornerstone investors',
      'guidance fund', 'guidance funds', 'industry funds', 'seed round', 'angel round',
      'financing docking', 'capital docking', 'investment docking',
      // Plain English for a loan; not "money" or "bank" alone, which the classifier would learn as financing ("bank card", "money is ok").
      'borrow money', 'borrowing money', 'borrow from bank', 'borrow from banks', 'bank borrowing', 'short of cash', 'lack of funds',
    ],
  },
  listing: {
    zh: [
      '上市', 'ipo', '首次公开发行', '首次公開招股', '港交所', '联交所', '聯交所', '香港交易所', '挂牌', '招股', '港股', '主板', '创业板', '科创板',
      '二次上市', '双重上市', '借壳', 'spac', '18c', '18a', 'h股', '上市辅导', '保荐', '上市公司',
    ],
    en: [
      '=listing', 'ipo', 'ipos', 'initial public offering', 'go public', 'going public', 'stock exchange', 'hkex', 'main board',
      'gem board', 'dual =listing', 'secondary =listing', 'spac', 'chapter 18c', '18c', '18a', '=listed company', '=listed companies',
      'get =listed', 'listing sponsor', 'h shares', 'h-share', '=list =hong =kong', '=list on hkex', 'listing sponsors',
      'ipo sponsors', 'cornerstone investors', 'specialist technology', 'pre-revenue biotech', 'chapter 18a',
    ],
  },
  'bond-issuance': {
    zh: ['发债', '發債', '债券', '債券', '发行债券', '點心債', '点心债', '绿色债券', '离岸债券', '美元债', '债务融资', '债券融资', '熊猫债', '公司债', '可转债'],
    en: ['bonds', 'bond', 'bond issuance', 'issue bonds', 'dim sum bonds', 'green bonds', 'debt issuance', 'medium term notes', 'debt capital markets'],
  },
  arbitration: {
    zh: ['仲裁', '裁决', '裁決', '国际仲裁', '商事仲裁', '仲裁中心', '仲裁机构', '争议解决', '爭議解決', '纠纷解决', '涉外仲裁', '裁决执行', '追讨货款', '追讨欠款', '追回货款', '讨债'],
    en: ['arbitration', 'arbitral', 'arbitrators', 'arbitrator', 'dispute resolution', 'dispute settlement', 'hkiac', 'enforcement of awards', 'award enforced', 'enforce the award', 'arbitral award', 'arbitration clause', 'enforce a judgment', 'enforce judgments', 'unpaid invoices', 'debt recovery', 'recover the debt', 'recover payment', 'owes us', 'owe us', 'award enforcement', 'enforce an award', 'enforcing the award', 'recognition and enforcement'],
  },
  mediation: {
    zh: ['调解', '調解', '商事调解', '调解中心', '调解员', '争议解决', '爭議解決', '纠纷解决', '多元解纷', '多元纠纷解决', '和解'],
    en: ['mediation', 'mediators', 'mediator', 'dispute resolution', 'conciliation', 'alternative dispute resolution', 'mediate', 'amicably', 'settle the dispute', 'settle a dispute', 'settle disputes', 'out of court'],
  },
  'exhibit-find-buyers': {
    zh: [
      '参展', '參展', '展会', '展會', '展览', '展覽', '展览会', '博览会', '博覽會', '博览', '交易会', '展销会', '展销', '商展', '展位', '布展',
      '设展', '参展商', '买家', '買家', '采购商', '採購商', '寻找客户', '开拓客户', '海外客户', '新客户', '订单', '商机', '商贸对接', '对接会',
      '商贸配对', '配对', '洽谈会', '推介会', '广交会', '经销商', '代理商', '分销商', '销售渠道', '茶展', '玩具展', '电子展', '书展',
      '钟表展', '礼品展', '赠品展', '美酒展', '美食博览', '旅游展', '影视展', '创科展',
      '找代理', '搵代理', '找到代理', '搵到代理', '到香港采购', '赴港采购', '去香港采购', '来港采购', '食品展', '食品博览会', '采购团', '对接供应商', '寻找供应商', '找供应商',
    ],
    en: [
      'exhibit', 'exhibiting', 'exhibition', 'exhibitions', 'exhibitors', 'exhibitor', 'trade fair', 'trade fairs', 'trade show',
      'trade shows', '=fairs', 'expo', 'expos', 'booth', 'booths', 'buyers', 'buyer', 'find buyers', 'new =customers',
      'overseas =customers', 'find =customers', 'new clients', 'business matching', 'matchmaking', 'distributors', 'distribution partners',
      'sales channels', 'find suppliers', 'sourcing trips', 'source products', 'canton fair', 'book fair', 'tea fair', 'toy fair', 'toys fair', 'electronics fair', 'food expo', 'wine fair',
      'gifts fair', 'watch fair', 'travel expo', 'filmart', 'innoex', 'toys & games fair', 'games fair', 'watch & clock fair',
      'gifts & premium fair', 'wine & spirits fair', '=importers', '=importer', 'wholesalers', 'wholesale buyers',
      'retail chains', 'supermarket chains', 'trade buyers', 'sourcing agents', 'find partners', 'business partners', 'sales leads',
      'showcase our products', 'new orders', 'more orders', 'win orders', 'sales agents', 'local agents', 'dealers', 'resellers', 'stockists', 'channel partners', 'business opportunities',
      'attend the fair', 'attend a fair', 'participate in the fair', 'find an agent', 'find agents', 'docking meeting', 'docking meetings', 'business docking', 'trade docking', 'promotion conference', 'promotion meeting', 'promotion meetings', 'negotiation meeting', 'business negotiations',
      'pharmacy chains', 'pharmacy chain', 'drugstore chains',
    ],
  },
  'overseas-expansion': {
    zh: [
      '出海', '走出去', '拓展海外', '海外拓展', '开拓海外', '海外市场', '国际化', '國際化', '国际市场', '海外布局', '全球化',
      '闽企出海', '出海专班', '品牌出海', '跨国经营', '境外投资', '对外投资', '海外投资', '海外建厂', '国际业务', '开拓国际市场',
      '出海拓展',
    ],
    en: [
      'going global', 'go global', 'overseas expansion', 'expand overseas', 'expanding overseas', 'international expansion',
      'expand internationally', 'internationalisation', 'internationalization',
      'outbound investment', 'overseas investment', 'overseas markets', 'international markets', 'market entry', 'enter new markets', 'new markets', 'new overseas markets', 'open new markets', 'find new markets', 'explore new markets',
      'market expansion', 'springboard', 'regional hub', 'expand into', 'expanding into', 'overseas business missions',
      'business missions', 'goglobal', 'go abroad', 'going abroad', 'overseas operations',
      'operations abroad', 'set up operations', 'overseas factory', 'overseas plant', 'factory abroad', 'grow internationally',
      'go overseas', 'going overseas', 'expand abroad', 'expand globally', 'global expansion', 'foreign markets', 'overseas presence', 'global footprint', 'international business', 'multinational operations',
    ],
  },
  'research-collaboration': {
    zh: [
      '科研合作', '科研', '研发', '研發', '研发合作', '联合研发', '合作研发', '产学研', '高校合作', '科研机构', '研究院', '联合实验室', '实验室',
      '技术攻关', '关键技术', '科技项目', '科技计划', '研究合作', '博士后', '科学家',
    ],
    en: [
      'research collaboration', 'research cooperation', 'joint research', 'r&d', 'research and development', 'research',
      'joint laboratory', 'joint laboratories', 'university partnerships', 'academic collaboration', 'research institutes',
      'scientists', 'innovation partnerships', 'jointly research', 'research partner', 'research partners', 'r&d links',
      'university lab', 'university labs', 'research lab',
      'research funding', 'team up with a university', 'work with a university', 'partner with a university',
      'joint lab', 'joint labs', 'co-develop', 'co-development', 'joint development', 'collaborative research', 'postdoctoral', 'postdocs', 'key technologies',
      'research centre', 'research center',
    ],
  },
  'talent-internships': {
    zh: [
      '人才', '招聘', '實習', '实习', '实习生', '人才引进', '人才交流', '人才培养', '职业培训', '技能培训', '高端人才', '专业人才', '人才计划',
      '高才通', '优才', '招工', '用工', '青年人才', '毕业生', '就业', '实训', '见习',
    ],
    en: [
      'talent', 'talents', '=recruitment', '=recruiting', '=recruit', 'recruit staff', 'staff recruitment', '=hiring', 'internships', 'internship', '=interns', 'graduates', 'skilled workers',
      'workforce', 'talent attraction', 'talent schemes', 'top talent', 'vocational training', 'skills training', 'job placements',
      'work experience', 'host interns', 'take interns', 'intern placements', 'placements', 'summer placements',
      'internship places',
      'talent development', 'talent cultivation', 'hire staff', 'hire people', 'hire engineers', 'staffing', 'traineeships', 'trainees', 'apprenticeships', 'apprentices', 'practical training',
      'practice base', 'practice bases', 'internship base',
    ],
  },
  'logistics-customs': {
    zh: [
      '通关', '通關', '报关', '報關', '清关', '海关', '海關', '报检', '关务', '快速通关', '跨境一锁', '原产地证', '原产地', '关税', '保税',
      '保税仓', '保税区', '物流', '物流服务', '运输', '仓储', '货运代理', '跨境物流', '海外仓', '物流通道', '多式联运', '冷链物流', '转运', '过关', '快速过关', '海铁联运', '水水中转', '中转', '一锁通关', '冷链',
      '陆地港', '无水港',
    ],
    en: [
      '=customs', '=customs clearance', '=customs declaration', '=customs brokerage', 'tariffs', 'tariff', 'certificate of origin',
      'rules of origin', 'bonded warehouse', 'bonded zone', 'bonded logistics', 'logistics', 'freight forwarding', 'warehousing',
      'cross-border logistics', 'overseas warehouse', 'last-mile delivery', 'cold chain logistics', '=clearance', 'faster clearance', 'cold chain', 'intermodal',
      'multimodal transport', 'multimodal logistics', 'sea-rail', 'rail freight', 'transshipment', 'feeder services', 'e-lock', 'cross-border trucking', 'freight',
      'shipping routes',
      'dry port', 'inland port', 'land port',
      'cold storage',
    ],
  },
  'data-computing': {
    zh: [
      '数据存储', '數據存儲', '数据中心', '算力', '智算', '智算中心', '云计算', '云服务', '服务器托管', '数据跨境', '跨境数据', '数据出境',
      '港数闽存', '港数闽算', '数据合规', '数据安全', '存储', '云存储', 'gpu', '超算', '数据备份', '灾备',
    ],
    en: [
      'data storage', 'data centre', 'data center', 'data centres', 'data centers', 'computing power', '=compute', 'cloud computing',
      'cloud services', 'web hosting', 'server hosting', 'colocation', 'cross-border data', 'data transfer', 'data compliance', 'data security', 'gpu', 'gpus',
      'high-performance computing', 'hpc', 'disaster recovery', 'data localisation', 'data localization', 'gpu compute',
      'cloud storage', 'data backup', 'supercomputing', 'data export', 'computing capacity', 'computing resources',
    ],
  },
  'tourism-promotion': {
    zh: [
      '旅游推广', '旅遊推廣', '旅游宣传', '旅游营销', '文旅推广', '客源互送', '一程多站', '旅游线路', '旅游合作', '旅游交流', '吸引游客',
      '目的地营销', '旅游推介', '文旅推介', '旅游展',
    ],
    en: [
      'tourism promotion', 'destination marketing', 'destination promotion', 'tourism marketing', 'attract tourists', 'attract visitors',
      'travel promotion', 'multi-destination', 'tour packages', 'tourism cooperation', 'travel expo', 'cruise routes', 'cruise packages', 'tourism board', 'travel fair',
      'itineraries', 'inbound tourists', 'tour groups', 'visitor numbers',
      'visitor flows', 'tourist flows', 'tourism roadshows', 'travel roadshows', 'promote our destination', 'promote tourism', 'more tourists', 'more visitors', 'travel routes', 'tourism routes',
      'tourist source', 'tourist sources', 'exchange of tourists',
      'tour routes',
    ],
  },
  'education-cooperation': {
    zh: [
      '教育合作', '教育交流', '联合办学', '合作办学', '姊妹学校', '學分互認', '学分互认', '课程互修', '教授互聘', '港籍学生', '交换生',
      '学术交流', '高校合作', '校企合作', '教育资源', '研学', '游学', '学生交流', '师生交流', '招生',
    ],
    en: [
      'education cooperation', 'educational cooperation', 'education exchange', 'joint programmes', 'joint programs', 'sister schools',
      'student exchange', 'exchange students', 'credit transfer', 'academic exchange', 'student recruitment', 'study tours',
      'school-enterprise cooperation', 'university cooperation', 'professor exchanges', 'professor exchange', 'exchange of professors',
      'course exchange', 'credit recognition', 'credits recognised', 'credits recognized', 'admitting students', 'admission scheme',
      'student activities', 'school groups', 'teacher exchanges', 'teacher exchange', 'summer programmes', 'exchange programmes',
      'study trips', 'study base', 'exchange bases', 'joint degree', 'joint degrees', 'dual degree',
      'dual degrees', 'partner schools', 'partner school', 'school partnerships', 'school partnership', 'partner universities',
      'recruit students', 'recruiting students', 'student enrolment', 'student enrollment',
    ],
  },
  'investment-in-fujian': {
    zh: [
      '投资福建', '投資福建', '来闽投资', '來閩投資', '在闽投资', '招商引资', '招商', '引资', '落户福建', '营商环境', '港商投资', '外商投资',
      '外资', '来闽布局', '产业园区', '投资环境', '招商推介', '投资推介', '投洽会', '投洽會', '世界闽商大会', '闽商', '回乡投资', '返乡投资',
      '来闽设厂', '来福建设厂', '在闽设厂', '来投资', '过来投资', '引进企业', '引进港企', '引进香港企业', '企业入驻', '入驻园区',
    ],
    en: [
      'invest in fujian', 'investing in fujian', 'investment in fujian', 'investment promotion', 'inward investment',
      'foreign direct investment', 'fdi', 'business environment', 'set up a factory', 'industrial parks', 'industrial park', 'cifit',
      'fujian merchants', 'investment attraction', 'attract investors', 'attract hong kong investors', 'invest in a fujian',
      'investment incentives', 'set up in our park', 'industrial zone', 'industrial zones', 'come and invest', 'invest in our county', 'invest in our city', 'build a plant in our',
      'economic zone', 'development zone',
    ],
  },
  'cultural-exchange': {
    zh: [
      '文化交流', '文化艺术交流', '文艺交流', '艺术交流', '文化活动', '文化展演', '非遗展演', '非遗', '演出', '巡演', '交流演出', '文化推广',
      '家乡文化', '中华文化', '传统文化', '闽南文化', '妈祖文化', '朱子文化', '客家文化', '同乡会', '闽籍社团', '文化节', '艺术节', '南音',
      '高甲戏', '木偶戏', '闽剧',
    ],
    en: [
      'cultural exchange', 'cultural exchanges', 'cultural events', 'arts exchange', '=performances', 'touring =performances',
      'intangible cultural heritage', 'cultural heritage', 'cultural festival', 'arts festival', 'mazu', 'hometown associations',
      'clan associations', 'chinese culture', 'co-produce', '=performers', 'theatre company', 'heritage shows',
      'stage shows', 'cultural tours', 'arts groups', '=perform', 'troupe', 'troupes',
      'art exhibition', 'art exhibitions',
      'cultural promotion', 'nanyin', 'cultural programmes', 'cultural activities',
      'clansmen association', 'clansmen associations',
      'performance tours',
    ],
  },
  'medical-cooperation': {
    zh: [
      '医疗合作', '醫療合作', '医疗交流', '临床合作', '远程医疗', '双向转诊', '医生交流', '医护交流', '医院合作', '医学交流', '临床试验',
      '临床诊疗', '中医药合作', '医疗资源', '跨境医疗', '港澳药械通', '药械通', '医疗人才',
    ],
    en: [
      'medical cooperation', 'healthcare cooperation', 'clinical collaboration', 'clinical cooperation', 'telemedicine', 'telehealth',
      'remote diagnosis', 'medical exchange', 'hospital partnerships', 'clinical trials', 'patient referral', 'clinical studies',
      'clinical research', 'exchange of doctors', 'doctor exchanges', 'case consultations', 'practitioner training', 'medical specialists', 'partner hospitals', 'hospital cooperation', 'hospital partnership',
      'cross-border healthcare', 'cross-border medical services', 'medical resources', 'visiting specialists', 'visiting doctors', 'medical training',
      'health cooperation', 'medical and health cooperation',
    ],
  },
  'residence-facilitation': {
    zh: [
      '居住证', '居住證', '港澳居民居住证', '回乡证', '通行证', '來往內地通行證', '居住便利', '通行便利', '在闽生活', '在闽发展', '港人港企',
      '同等待遇', '公共服务', '社保', '医保', '子女入学', '人才公寓', '安居', '签证',
      // The housing fund comes with the residence permit, like social insurance: no funding.
      '住房公积金', '公积金',
    ],
    en: [
      'residence and travel facilitation', 'travel facilitation', 'residence permit', 'residence permits', 'home return permit', 'mainland travel permit', 'travel permit', 'visa', 'visas',
      'immigration', 'public services', 'equal treatment', 'social insurance', 'medical insurance', 'relocation', 'living in fujian', 'residence card', 'online services', 'social security', 'work permit', 'work permits',
      'entry permits', 'daily life',
      'talent apartments', 'talent housing', 'schooling for our children', "children's schooling",
      'housing fund', 'housing provident fund', 'kids school', "kids' school", 'kids schooling', 'school for our kids', 'school for our children',
      'live and work in fujian', 'living and working in fujian', 'settle in fujian',
    ],
  },
} as const satisfies Record<NeedCode, ConceptTerms>;
