import type { NeedCode } from '@fhk/contracts';

/**
 * Labelled phrases for the need classifier: how firms say what they need, in their own words,
 * per need and language (zh-Hant includes Cantonese). Written for this purpose; none is taken
 * from the evaluation set. `NO_NEED_PHRASES` say nothing about a need (what the firm makes,
 * where it sells, its history), so the classifier can answer "none".
 *
 * Every fourth phrase of each list is held out of training when the classifier is evaluated
 * (need-classifier.spec.ts, ADR 0011); the shipped model is trained on all of them.
 */
export type PhrasesByLanguage = { readonly 'zh-Hant': readonly string[]; readonly 'zh-Hans': readonly string[]; readonly en: readonly string[] };

export const NEED_PHRASES: Partial<Record<NeedCode, PhrasesByLanguage>> = {
  'company-registration': {
    'zh-Hant': ['想喺香港搞間公司處理出口生意', '打算在港成立一家貿易子公司', '需要辦理香港商業登記', '準備在香港設一個銷售辦事處', '想搵人幫手喺香港註冊有限公司', '在香港開設一家控股公司', '成立香港主體公司方便收款', '計劃在港設立地區總部', '喺香港開第一間分店', '設立香港採購公司'],
    'zh-Hans': ['打算在港开一家做进出口的公司', '想在香港开个公司做海外接单', '需要在港注册子公司', '希望有人协助办理香港公司的设立手续', '准备在香港成立离岸控股主体', '在香港设立分支机构', '计划把国际业务总部放到香港', '要在香港有一个法人实体来签合同', '在香港开第一家门店', '在香港设一个采购主体'],
    en: ['we want a legal entity in Hong Kong to sign contracts', 'start a sales company in Hong Kong', 'open an office in Hong Kong for our sales team', 'help with incorporating a Hong Kong subsidiary', 'establish a holding company in Hong Kong', 'form a local company so we can invoice overseas clients', 'get a business registration certificate in Hong Kong', 'move our international headquarters to Hong Kong', 'open our first shop in Hong Kong', 'a Hong Kong purchasing company'],
  },
  'fund-pooling': {
    'zh-Hant': ['想將海外分支嘅現金集中管理', '建立跨境資金池統一管理外匯', '在香港設立企業財資中心', '需要開立香港銀行賬戶收付外幣', '希望集中管理集團流動資金', '各地分公司的資金想統一歸集', '需要喺香港開銀行戶口', '集團資金調撥及結算安排'],
    'zh-Hans': ['希望把各国分支的回款集中起来统一调度', '搭建跨境资金池', '在香港设立司库中心集中管理外汇', '要开一个香港银行账户收美元货款', '集团流动性集中管理', '海外回款统一归集到一个账户', '想做资金集中和内部结算', '设立财资中心管理境外资金'],
    en: ['centralise the cash of our foreign branches', 'set up a corporate treasury centre in Hong Kong', 'manage group liquidity from Hong Kong', 'open a bank account in Hong Kong for dollar receipts', 'pool the cash of our foreign units', 'netting and cash concentration across the group', 'one account to collect payments from all our markets', 'a regional treasury to manage foreign exchange'],
  },
  'tax-compliance': {
    'zh-Hant': ['想知道喺兩邊點樣計稅', '避免兩地重複徵稅', '需要了解香港利得稅', '需要會計師幫手做賬同報稅', '跨境業務的稅務安排', '想知兩邊稅務點樣處理', '轉讓定價文檔', '香港公司年度審計及報稅'],
    'zh-Hans': ['想弄清楚两边的税怎么交', '避免内地和香港双重征税', '需要了解香港的利得税制度', '找会计帮忙做账报税', '跨境交易的税务筹划', '海外子公司的税务合规', '转让定价安排', '香港公司的年度审计和报税'],
    en: ['work out our tax position in both places', 'avoid paying tax twice on the same income', 'understand Hong Kong profits tax', 'an accountant to keep our books and file returns', 'tax planning for cross-border trade', 'transfer pricing documentation for our group', 'annual audit and tax filing for the Hong Kong company', 'how our overseas income will be taxed'],
  },
  'trademark-patent': {
    'zh-Hant': ['想喺香港同海外保護我哋個品牌名', '註冊商標防止被搶注', '申請專利保護新技術', '保護我們的外觀設計', '品牌在海外被人仿冒想維權', '在香港申請商標註冊', '專利佈局', '保護知識產權'],
    'zh-Hans': ['想在香港和海外保护我们的品牌名称', '注册商标防止被抢注', '为新工艺申请专利', '外观设计保护', '海外市场出现仿冒产品需要维权', '在香港申请商标', '做海外专利布局', '保护我们的知识产权'],
    en: ['protect our brand name abroad', 'register our trademark in Hong Kong', 'file patents for our new process', 'stop copycats using our logo', 'protect our designs', 'an international patent strategy', 'secure the rights to our brand in new markets', 'protect our intellectual property'],
  },
  'legal-advice': {
    'zh-Hant': ['需要律師審閱海外合同', '想了解外國法規同合規要求', '涉外法律意見', '合同條款需要專業法律意見', '海外投資的法律盡職調查', '搵律師睇吓份合約', '了解當地勞工法例', '出口管制同合規諮詢', '想了解香港嘅監管要求', '需要合規顧問'],
    'zh-Hans': ['需要律师审核海外合同', '了解目标国家的法律法规', '涉外法律咨询', '海外并购的法律尽职调查', '合同纠纷前想先咨询律师', '合规体系建设', '了解当地劳动法', '出口管制合规咨询', '了解香港的监管要求', '需要合规顾问'],
    en: ['a lawyer to review our overseas contracts', 'legal advice on doing business abroad', 'understand the regulations in our target markets', 'legal due diligence for an acquisition', 'compliance advice for export controls', 'help drafting distribution agreements', 'advice on local employment law', 'counsel for cross-border deals', 'understand what the regulator requires', 'a compliance adviser for our licence application'],
  },
  'brand-building': {
    'zh-Hant': ['想提升品牌喺海外的知名度', '品牌形象重塑', '做品牌推廣同包裝設計', '打響自家品牌', '建立國際品牌', '品牌定位同營銷', '讓更多人認識我們的牌子', '設計新的品牌形象'],
    'zh-Hans': ['提升品牌在海外的知名度', '打造自有品牌', '品牌推广和包装设计', '从代工转向自主品牌', '建立国际化的品牌形象', '品牌营销策划', '让海外消费者认识我们的牌子', '做品牌升级'],
    en: ['make our brand known overseas', 'move from OEM to our own brand', 'brand positioning and packaging design', 'build an international brand', 'marketing to raise brand awareness', 'rebrand for export markets', 'get consumers to recognise our label', 'a stronger brand image'],
  },
  'technology-transfer': {
    'zh-Hant': ['想引進香港大學的技術', '科研成果轉化', '技術授權同產業化', '將實驗室技術商品化', '引進先進技術', '與院校合作將成果落地', '技術轉讓', '購買專利技術'],
    'zh-Hans': ['引进香港高校的技术成果', '科技成果转化落地', '技术授权和产业化', '把实验室成果变成产品', '引进先进生产技术', '技术转让合作', '购买或许可专利技术', '成果产业化'],
    en: ['license technology from Hong Kong universities', 'commercialise research results', 'bring lab technology to market', 'technology licensing', 'acquire new production technology', 'turn patents into products', 'tech transfer from research institutes', 'industrialise a new technology'],
  },
  'testing-certification': {
    'zh-Hant': ['產品要通過歐盟認證', '需要第三方檢測報告', '食品安全檢測', '申請國際認證', '出口前做質量檢驗', '做CE同FCC認證', '產品標準認證', 'ISO體系認證', '玩具要符合EN71標準'],
    'zh-Hans': ['产品需要拿到欧盟认证', '需要第三方检测报告', '食品安全检测', '申请国际认证', '出口前的质量检验', '做CE和FCC认证', '产品符合海外标准的检测', '质量管理体系认证', '出口需要符合EN71等安全标准'],
    en: ['our products need certification for the EU market', 'third-party testing reports', 'food safety testing', 'international certification', 'quality inspection before export', 'CE and FCC certification', 'lab testing against overseas standards', 'ISO certification', 'meet EN71 toy safety rules'],
  },
  'ip-trading': {
    'zh-Hant': ['想將我哋嘅IP授權出去', '知識產權交易', '出售或授權專利', '版權授權及衍生品開發', '動漫形象授權', 'IP商業化', '知識產權估值同交易', '影視版權銷售', '搵合作方做形象授權'],
    'zh-Hans': ['把我们的IP授权出去', '知识产权交易', '出售或许可专利', '版权授权和衍生品开发', '动漫形象授权', 'IP商业化变现', '知识产权评估和交易', '影视版权发行', '找授权合作伙伴开发周边产品'],
    en: ['license out our characters', 'sell or license our patents', 'IP trading', 'licensing of copyrights and merchandise', 'monetise our intellectual property', 'value and trade our IP', 'sell the rights to our content', 'brand licensing deals', 'turn our characters into licensed products'],
  },
  'investment-financing': {
    'zh-Hant': ['想搵投資者融資擴產', '引入戰略投資者', '需要銀行貸款', 'A輪融資', '尋找風險投資', '為新廠房籌集資金', '引入私募股權', '搵資金做研發', '需要出口信用保險保障收款'],
    'zh-Hans': ['寻找投资者融资扩大产能', '引入战略投资', '需要银行贷款', '完成A轮融资', '寻找风险投资', '为新工厂筹集资金', '引入私募股权基金', '融资支持研发', '投保出口信用保险'],
    en: ['raise capital to expand production', 'find strategic investors', 'a bank loan for working capital', 'close a Series A round', 'venture capital for growth', 'funding for a new plant', 'private equity investment', 'money to finance our R&D', 'insure against buyers not paying'],
  },
  listing: {
    'zh-Hant': ['計劃喺香港上市', '準備赴港IPO', '發行H股', '想喺港交所掛牌', '上市前輔導', '申請在主板上市', '兩三年內上市', '分拆業務上市'],
    'zh-Hans': ['计划在香港上市', '准备赴港IPO', '发行H股', '想在港交所挂牌', '上市辅导', '申请主板上市', '两三年内登陆资本市场', '分拆子公司上市'],
    en: ['take the company public in Hong Kong', 'an IPO on the Hong Kong exchange', 'issue H shares', 'go public within two years', 'prepare for a listing', 'float the company on the main board', 'spin off a unit for listing', 'a dual primary listing'],
  },
  'bond-issuance': {
    'zh-Hant': ['想喺香港發行債券', '發行點心債', '綠色債券融資', '發行美元債', '境外發債', '發行可持續發展掛鈎債券', '透過債券市場融資', '發行離岸人民幣債券'],
    'zh-Hans': ['想在香港发行债券', '发行点心债', '绿色债券融资', '发行美元债', '境外发债', '可持续发展挂钩债券', '通过债券市场融资', '发行离岸人民币债券'],
    en: ['issue bonds in Hong Kong', 'a dim sum bond', 'green bond financing', 'raise money with dollar bonds', 'offshore bond issuance', 'sustainability-linked bonds', 'tap the bond market', 'offshore renminbi bonds'],
  },
  arbitration: {
    'zh-Hant': ['同海外客戶有貨款糾紛想仲裁', '國際仲裁', '合同爭議提交仲裁', '執行仲裁裁決', '海外買家拖欠貨款', '跨境商業糾紛', '仲裁條款', '想追討欠款', '仲裁裁決點樣喺海外執行', '對方拒付尾款', '客戶一直唔肯付貨款'],
    'zh-Hans': ['和海外客户有货款纠纷想申请仲裁', '国际仲裁', '合同争议提交仲裁', '执行仲裁裁决', '海外买家拖欠货款', '跨境商事纠纷', '在合同里约定仲裁', '追讨海外欠款', '仲裁裁决如何在境外执行', '对方拒付尾款', '客户长期拖欠货款不还'],
    en: ['a payment dispute with a foreign buyer', 'international arbitration', 'take a contract dispute to arbitration', 'enforce an arbitral award', 'an overseas customer will not pay', 'cross-border commercial dispute', 'arbitration clause in our contracts', 'recover unpaid invoices', 'how an award is enforced abroad', 'the buyer refuses to pay the balance', 'a customer has owed us money for months'],
  },
  mediation: {
    'zh-Hant': ['想透過調解解決同供應商嘅爭議', '商業調解', '和解談判', '不想打官司想調解', '調解員協助', '爭議和平解決', '調解服務', '友好協商解決糾紛'],
    'zh-Hans': ['通过调解解决和供应商的争议', '商事调解', '和解谈判', '不想打官司想调解', '调解员协助', '友好协商解决纠纷', '调解服务', '用调解代替诉讼'],
    en: ['resolve a dispute through mediation', 'commercial mediation', 'settle without going to court', 'a mediator to help us negotiate', 'amicable settlement of a disagreement', 'mediation services', 'avoid litigation with our partner', 'negotiate a settlement'],
  },
  'exhibit-find-buyers': {
    'zh-Hant': ['想去香港參展搵買家', '參加國際展覽會', '認識更多海外採購商', '擺攤展示新產品', '拓展海外客戶', '搵經銷商代理', '參加商貿配對', '在展會上接訂單', '打入便利店同超市渠道'],
    'zh-Hans': ['去香港参展找买家', '参加国际展会', '结识海外采购商', '展示新产品', '开发海外客户', '寻找经销商和代理', '参加商贸配对', '在展会上拿订单', '进入商超渠道'],
    en: ['exhibit at a trade fair in Hong Kong', 'meet overseas buyers', 'find distributors for our products', 'show our new collection to importers', 'get new customers abroad', 'a booth at an international fair', 'business matching with buyers', 'win orders at trade shows', 'get our goods into supermarkets and convenience stores'],
  },
  'overseas-expansion': {
    'zh-Hant': ['想經香港拓展東南亞市場', '走出去開拓海外', '喺中東設廠', '海外佈局', '拓展一帶一路市場', '出海發展', '在海外建銷售網絡', '國際化發展'],
    'zh-Hans': ['借助香港开拓东南亚市场', '企业出海', '在中东建厂', '海外布局', '开拓一带一路市场', '走出去发展', '建立海外销售网络', '国际化经营'],
    en: ['expand into Southeast Asia through Hong Kong', 'go global', 'build a factory in the Middle East', 'grow our business overseas', 'enter Belt and Road markets', 'an overseas sales network', 'internationalise our operations', 'expand abroad'],
  },
  'research-collaboration': {
    'zh-Hant': ['同香港大學合作研發', '聯合實驗室', '產學研合作', '共同申請科研項目', '搵科研團隊合作', '聯合攻關關鍵技術', '研發合作', '合作開發新材料'],
    'zh-Hans': ['和香港高校合作研发', '共建联合实验室', '产学研合作', '联合申报科研项目', '寻找科研团队合作', '联合攻关关键技术', '研发合作', '合作开发新材料'],
    en: ['joint research with Hong Kong universities', 'a joint laboratory', 'R&D collaboration', 'co-develop new materials', 'apply for research grants together', 'partner with a research team', 'collaborative research on key technologies', 'work with academics on our product'],
  },
  'talent-internships': {
    'zh-Hant': ['想請香港畢業生', '招聘國際化人才', '提供實習崗位', '引進高端人才', '請多啲識外語嘅員工', '人才交流', '培訓員工', '招實習生', '香港青年喺福建創業想申請扶持', '青年創業基地提供場地'],
    'zh-Hans': ['招聘香港毕业生', '招募国际化人才', '提供实习岗位', '引进高端人才', '需要懂外语的员工', '人才交流', '员工培训', '招收实习生', '港澳青年来闽创业的扶持政策', '申请青年创业补贴和孵化场地'],
    en: ['hire graduates from Hong Kong', 'recruit international talent', 'offer internships', 'attract senior engineers', 'staff who speak foreign languages', 'talent exchange', 'train our employees', 'take on interns', 'start-up support for young Hong Kong founders', 'a youth entrepreneurship base with free desks'],
  },
  'logistics-customs': {
    'zh-Hant': ['貨物經香港轉口', '通關要快啲', '跨境物流', '海運同空運', '報關清關', '冷鏈運輸', '倉儲同配送', '降低運費', '想開通經香港的中轉航線'],
    'zh-Hans': ['货物经香港转口', '加快通关', '跨境物流', '海运和空运', '报关清关', '冷链运输', '仓储配送', '降低物流成本', '发展海铁联运扩大货源'],
    en: ['ship goods through Hong Kong', 'faster customs clearance', 'cross-border logistics', 'sea and air freight', 'customs declarations', 'cold chain transport', 'warehousing and distribution', 'cut shipping costs', 'rail links and feeder shipping for our cargo'],
  },
  'data-computing': {
    'zh-Hant': ['需要GPU算力訓練模型', '數據跨境流動', '數據中心託管', '雲端存儲', '算力租用', '數據合規出境', '伺服器託管', '高性能計算'],
    'zh-Hans': ['需要GPU算力训练模型', '数据跨境流动', '数据中心托管', '云存储', '租用算力', '数据合规出境', '服务器托管', '高性能计算'],
    en: ['GPU compute to train our models', 'cross-border data transfer', 'data centre hosting', 'cloud storage', 'rent computing power', 'move data out compliantly', 'server colocation', 'high-performance computing'],
  },
  'tourism-promotion': {
    'zh-Hant': ['吸引香港遊客', '推廣旅遊線路', '同香港旅行社合作', '開發一程多站產品', '旅遊推廣', '郵輪旅遊', '吸引更多旅客', '推廣景區'],
    'zh-Hans': ['吸引香港游客', '推广旅游线路', '与香港旅行社合作', '开发一程多站产品', '旅游推广', '邮轮旅游', '吸引更多游客', '推广景区'],
    en: ['attract visitors from Hong Kong', 'promote our tour routes', 'partner with Hong Kong travel agents', 'multi-destination packages', 'tourism promotion', 'cruise tourism', 'bring more tourists', 'market our scenic area'],
  },
  'education-cooperation': {
    'zh-Hant': ['同香港學校結成姊妹學校', '合作辦學', '招收香港學生', '教師交流', '學分互認', '聯合培養研究生', '師生交流', '課程合作'],
    'zh-Hans': ['与香港学校结成姊妹学校', '合作办学', '招收香港学生', '教师交流', '学分互认', '联合培养研究生', '师生交流', '课程合作'],
    en: ['a sister school in Hong Kong', 'joint degree programmes', 'recruit students from Hong Kong', 'teacher exchanges', 'credit recognition', 'joint postgraduate training', 'student and staff exchange', 'curriculum cooperation'],
  },
  'investment-in-fujian': {
    'zh-Hant': ['吸引港資來福建投資', '招商引資', '尋找香港投資者投資園區', '港商落戶', '引進外資項目', '招商推介', '吸引企業入駐園區', '歡迎港企投資'],
    'zh-Hans': ['吸引港资来闽投资', '招商引资', '为园区寻找香港投资者', '港商落户', '引进外资项目', '招商推介', '吸引企业入驻园区', '欢迎港企投资'],
    en: ['attract Hong Kong investors to Fujian', 'bring investment into our park', 'find tenants for our industrial zone', 'promote investment opportunities in Fujian', 'foreign direct investment into our city', 'invite Hong Kong firms to set up here', 'investment promotion', 'draw capital into local projects'],
  },
  'cultural-exchange': {
    'zh-Hant': ['文化交流', '非遺展示', '藝術團體交流', '舉辦文化展覽', '傳統工藝展演', '推廣閩南文化', '文藝演出', '博物館合作', '成為青少年交流基地'],
    'zh-Hans': ['文化交流', '非遗展示', '艺术团体交流', '举办文化展览', '传统工艺展演', '推广闽南文化', '文艺演出', '博物馆合作', '承接港澳青少年交流活动'],
    en: ['cultural exchange', 'intangible heritage showcases', 'arts exchange', 'a cultural exhibition', 'traditional craft performances', 'promote Minnan culture', 'stage performances', 'museum partnerships', 'host youth exchange groups from Hong Kong'],
  },
  'medical-cooperation': {
    'zh-Hant': ['同香港醫院合作', '遠程醫療', '臨床合作', '醫生交流', '中藥臨床研究', '醫療技術合作', '引進香港醫療服務', '醫護人員培訓', '兩地醫生互派交流'],
    'zh-Hans': ['与香港医院合作', '远程医疗', '临床合作', '医生交流', '中药临床研究', '医疗技术合作', '引进香港医疗服务', '医护人员培训', '两地医生双向交流'],
    en: ['partner with Hong Kong hospitals', 'telemedicine', 'clinical cooperation', 'doctor exchanges', 'clinical studies of Chinese medicine', 'medical technology cooperation', 'bring Hong Kong healthcare services', 'train medical staff', 'two-way exchange of medical staff'],
  },
  'residence-facilitation': {
    'zh-Hant': ['香港員工辦居住證', '回鄉證使用', '港人喺福建生活便利', '辦理居住證', '跨境通行', '港澳居民證件', '子女入學', '港人在閩就業'],
    'zh-Hans': ['香港员工办居住证', '回乡证使用', '港人在福建生活便利', '办理居住证', '跨境通行', '港澳居民证件', '子女入学', '港人在闽就业'],
    en: ['residence permits for our Hong Kong staff', 'use the home return permit', 'living in Fujian as a Hong Kong resident', 'travel permits', 'cross-boundary travel', 'documents for Hong Kong residents', 'schooling for children', 'Hong Kong people working in Fujian'],
  },
};

/** Phrases that name no need: products, markets, history, size. */
export const NO_NEED_PHRASES: PhrasesByLanguage = {
  'zh-Hant': ['我哋主要生產鐵觀音', '產品出口歐美', '公司成立於一九九八年', '員工約三百人', '擁有兩個生產基地', '年銷售額過億', '主營運動鞋', '產品包括陶瓷杯碟', '我們是家族企業', '廠房位於泉州', '以代工為主', '客戶主要在東南亞', '公司係港資企業', '我哋同香港船公司有合作', '創辦人係香港人', '出口額每年都喺增長', '我哋已經有幾間海外子公司', '產品獲得多項專利', '團隊有二十個工程師', '我哋做咗十幾年外貿', '旺季係下半年', '目前主要靠線下渠道', '老闆經常去香港'],
  'zh-Hans': ['我们主要生产白茶', '产品出口欧美', '公司成立于二〇〇五年', '员工约五百人', '拥有三条生产线', '年营业额五亿元', '主营户外服装', '产品包括竹制家居用品', '我们是民营企业', '工厂位于晋江', '以贴牌加工为主', '客户主要在中东', '公司是港资企业', '我们有自己的船队', '创始人来自香港', '出口额每年都在增长', '我们已有几家海外子公司', '产品拥有多项专利', '团队有二十名工程师', '做外贸十几年了', '旺季在下半年', '目前主要靠线下渠道', '老板经常去香港'],
  en: ['we make oolong tea', 'our products sell in Europe and the US', 'founded in 1998', 'about 300 employees', 'two factories', 'annual sales of 100 million yuan', 'we mainly produce sports shoes', 'our range includes ceramic mugs', 'a family-owned business', 'our plant is in Quanzhou', 'mostly OEM work', 'customers are mainly in Southeast Asia', 'we heard about it from a friend', 'we are a Hong Kong-owned company', 'our founder grew up in Hong Kong', 'annual revenue around 200 million', 'not profitable yet', 'our exports grow every year', 'we already have several overseas subsidiaries', 'our products hold several patents', 'the team has twenty engineers', 'we have done foreign trade for over ten years', 'our peak season is the second half of the year', 'we sell mostly through offline channels', 'our founder often travels to Hong Kong'],
};
