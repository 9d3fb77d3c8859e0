import type { LocalizedText } from '@fhk/contracts';

/**
 * Fujian's nine prefecture-level cities, the Pingtan zone and the county-level places firms
 * most often give as their address, each with its prefecture. Names that are also ordinary
 * words are only matched with their suffix (永安市 not 永安, the Wing On store; 连城县 not
 * 价值连城; 马尾区 not 马尾, a ponytail; 平和县 not 平和, calm).
 */
export type FujianCityLevel = 'prefecture' | 'zone' | 'county' | 'district';

export interface FujianCity {
  readonly labels: LocalizedText;
  readonly prefecture: FujianPrefectureCode;
  readonly level: FujianCityLevel;
  /** Chinese spellings beyond the labels (with 市/县/区 suffixes, old names). */
  readonly zh: readonly string[];
  /** English spellings beyond the label (romanisations, old names). */
  readonly en: readonly string[];
}

export const FUJIAN_PREFECTURE_CODES = [
  'fuzhou',
  'xiamen',
  'quanzhou',
  'zhangzhou',
  'putian',
  'sanming',
  'nanping',
  'longyan',
  'ningde',
] as const;
export type FujianPrefectureCode = (typeof FUJIAN_PREFECTURE_CODES)[number];

const city = (
  hant: string,
  hans: string,
  en: string,
  prefecture: FujianPrefectureCode,
  level: FujianCityLevel,
  zh: readonly string[] = [],
  enMore: readonly string[] = [],
): FujianCity => ({ labels: { 'zh-Hant': hant, 'zh-Hans': hans, en }, prefecture, level, zh, en: enMore });

export const FUJIAN_CITIES = {
  fuzhou: city('福州', '福州', 'Fuzhou', 'fuzhou', 'prefecture', ['福州市', '榕城'], ['Foochow']),
  xiamen: city('廈門', '厦门', 'Xiamen', 'xiamen', 'prefecture', ['厦门市', '鹭岛'], ['Amoy']),
  quanzhou: city('泉州', '泉州', 'Quanzhou', 'quanzhou', 'prefecture', ['泉州市', '刺桐']),
  zhangzhou: city('漳州', '漳州', 'Zhangzhou', 'zhangzhou', 'prefecture', ['漳州市']),
  putian: city('莆田', '莆田', 'Putian', 'putian', 'prefecture', ['莆田市']),
  sanming: city('三明', '三明', 'Sanming', 'sanming', 'prefecture', ['三明市']),
  nanping: city('南平', '南平', 'Nanping', 'nanping', 'prefecture', ['南平市']),
  longyan: city('龍岩', '龙岩', 'Longyan', 'longyan', 'prefecture', ['龙岩市']),
  ningde: city('寧德', '宁德', 'Ningde', 'ningde', 'prefecture', ['宁德市']),
  pingtan: city('平潭', '平潭', 'Pingtan', 'fuzhou', 'zone', ['平潭综合实验区', '平潭岛', '岚岛']),
  // Fuzhou
  fuqing: city('福清', '福清', 'Fuqing', 'fuzhou', 'county', ['福清市']),
  changle: city('長樂區', '长乐区', 'Changle', 'fuzhou', 'district'),
  minhou: city('閩侯', '闽侯', 'Minhou', 'fuzhou', 'county', ['闽侯县']),
  lianjiang: city('連江', '连江', 'Lianjiang', 'fuzhou', 'county', ['连江县']),
  mawei: city('馬尾區', '马尾区', 'Mawei', 'fuzhou', 'district'),
  // Xiamen
  siming: city('思明區', '思明区', 'Siming', 'xiamen', 'district', ['思明']),
  huli: city('湖里區', '湖里区', 'Huli', 'xiamen', 'district'),
  jimei: city('集美區', '集美区', 'Jimei', 'xiamen', 'district', ['集美']),
  haicang: city('海滄', '海沧', 'Haicang', 'xiamen', 'district', ['海沧区']),
  tongan: city('同安區', '同安区', "Tong'an", 'xiamen', 'district'),
  xiangan: city('翔安', '翔安', "Xiang'an", 'xiamen', 'district', ['翔安区']),
  // Quanzhou
  jinjiang: city('晉江', '晋江', 'Jinjiang', 'quanzhou', 'county', ['晋江市']),
  shishi: city('石獅', '石狮', 'Shishi', 'quanzhou', 'county', ['石狮市']),
  nanan: city('南安', '南安', "Nan'an", 'quanzhou', 'county', ['南安市']),
  anxi: city('安溪', '安溪', 'Anxi', 'quanzhou', 'county', ['安溪县']),
  dehua: city('德化', '德化', 'Dehua', 'quanzhou', 'county', ['德化县']),
  yongchun: city('永春', '永春', 'Yongchun', 'quanzhou', 'county', ['永春县']),
  huian: city('惠安', '惠安', "Hui'an", 'quanzhou', 'county', ['惠安县']),
  // Zhangzhou
  longhai: city('龍海', '龙海', 'Longhai', 'zhangzhou', 'district', ['龙海区', '龙海市']),
  zhangpu: city('漳浦', '漳浦', 'Zhangpu', 'zhangzhou', 'county', ['漳浦县']),
  changtai: city('長泰區', '长泰区', 'Changtai', 'zhangzhou', 'district'),
  pinghe: city('平和縣', '平和县', 'Pinghe', 'zhangzhou', 'county', ['琯溪']),
  zhaoan: city('詔安', '诏安', "Zhao'an", 'zhangzhou', 'county', ['诏安县']),
  dongshan: city('東山縣', '东山县', 'Dongshan', 'zhangzhou', 'county', ['东山岛']),
  // Putian
  xianyou: city('仙遊', '仙游', 'Xianyou', 'putian', 'county', ['仙游县']),
  // Sanming
  yongan: city('永安市', '永安市', "Yong'an", 'sanming', 'county'),
  shaxian: city('沙縣', '沙县', 'Shaxian', 'sanming', 'district', ['沙县区'], ['Sha County']),
  youxi: city('尤溪', '尤溪', 'Youxi', 'sanming', 'county', ['尤溪县']),
  // Nanping
  wuyishan: city('武夷山', '武夷山', 'Wuyishan', 'nanping', 'county', ['武夷山市', '武夷'], ['Mount Wuyi', 'Wuyi Mountain', 'Wuyi Mountains', 'Wuyi']),
  jianyang: city('建陽', '建阳', 'Jianyang', 'nanping', 'district', ['建阳区']),
  jianou: city('建甌', '建瓯', "Jian'ou", 'nanping', 'county', ['建瓯市']),
  shaowu: city('邵武', '邵武', 'Shaowu', 'nanping', 'county', ['邵武市']),
  // Longyan
  shanghang: city('上杭', '上杭', 'Shanghang', 'longyan', 'county', ['上杭县']),
  yongding: city('永定', '永定', 'Yongding', 'longyan', 'district', ['永定区']),
  changting: city('長汀', '长汀', 'Changting', 'longyan', 'county', ['长汀县']),
  zhangping: city('漳平', '漳平', 'Zhangping', 'longyan', 'county', ['漳平市']),
  liancheng: city('連城縣', '连城县', 'Liancheng', 'longyan', 'county'),
  // Ningde
  fuding: city('福鼎', '福鼎', 'Fuding', 'ningde', 'county', ['福鼎市']),
  fuan: city('福安', '福安', "Fu'an", 'ningde', 'county', ['福安市']),
  xiapu: city('霞浦', '霞浦', 'Xiapu', 'ningde', 'county', ['霞浦县']),
  gutian: city('古田縣', '古田县', 'Gutian', 'ningde', 'county'),
  shouning: city('壽寧', '寿宁', 'Shouning', 'ningde', 'county', ['寿宁县']),
  pingnan: city('屏南', '屏南', 'Pingnan', 'ningde', 'county', ['屏南县']),
} as const satisfies Record<string, FujianCity>;

export type FujianCityCode = keyof typeof FUJIAN_CITIES;
export const FUJIAN_CITY_CODES = Object.keys(FUJIAN_CITIES) as FujianCityCode[];
