import type { IndustryCode } from '@fhk/contracts';
import type { ConceptTerms } from '../concept-kind';

/**
 * Consumer goods and agriculture. Matching keeps the longest term at a place, so compounds
 * listed under another concept (茶几 furniture, 奶茶 food, 酒店 hotel) stop a shorter word
 * (茶 tea, 酒 wine) from counting inside them.
 */
export const GOODS_INDUSTRY_TERMS = {
  tea: {
    zh: [
      '茶', '茶叶', '茶葉', '茶业', '茶企', '茶园', '茶厂', '茶农', '茶商', '茶品', '茶礼', '茶文化', '制茶', '闽茶', '福茶', '茶旅',
      '乌龙茶', '烏龍', '乌龙', '铁观音', '鐵觀音', '安溪铁观音', '白茶', '白毫银针', '白牡丹', '寿眉', '红茶', '正山小种', '金骏眉',
      '坦洋工夫', '岩茶', '大红袍', '大紅袍', '绿茶', '花茶', '茉莉花茶', '黑茶', '普洱', '黄金桂', '漳平水仙', '永春佛手', '名茶',
      '建盏', '茶展',
    ],
    en: [
      'tea', 'oolong', 'tieguanyin', 'tie guan yin', 'white tea', 'black tea', 'green tea', 'jasmine tea', 'rock tea', 'da hong pao',
      'dahongpao', 'lapsang souchong', 'pu-erh', 'puer', 'tea garden', 'tea plantation', 'tea fair', 'longjing', 'jasmine tea',
      'white peony', 'bai mudan', 'silver needle', 'shoumei', 'shou mei', 'jinjunmei', 'jin jun mei', 'zhengshan xiaozhong', 'tanyang gongfu', 'zhangping narcissus', 'yongchun foshou', 'huangjingui', 'jianzhan', 'jian ware', 'tenmoku',
    ],
  },
  'food-beverage': {
    zh: [
      '食品', '饮料', '饮品', '食品饮料', '食品加工', '预制菜', '休闲食品', '零食', '罐头', '调味品', '酱油', '糕点', '饼干', '糖果',
      '巧克力', '冷冻食品', '速冻', '方便面', '肉松', '鱼丸', '佛跳墙', '闽菜', '沙县小吃', '餐饮', '食材', '保健食品', '奶茶', '茶饮',
      '茶餐厅', '茶餐廳', '早茶', '茶楼', '凉茶', '下午茶', '茶叶蛋', '咖啡', '果汁', '矿泉水', '饮用水', '乳制品', '烘焙', '月饼',
      '燕窝', '蜜饯', '果脯', '食用油', '茶油', '茶籽油', '山茶油', '美食', '酒楼', '酒家', '美食博览', '餐厅', '餐饮连锁', '米粉', '线面', '面条',
    ],
    en: [
      'food', 'foods', 'beverage', 'drinks', 'snacks', 'processed food', 'frozen food', 'ready meals', 'prepared dishes',
      'instant noodles', 'confectionery', 'candy', 'chocolate', 'biscuits', 'bakery', 'coffee', 'juice', 'mineral water', 'dairy',
      'condiments', 'soy sauce', 'sauces', 'seasonings', 'canned food', 'bubble tea', 'milk tea', 'iced tea', 'high tea', '=catering',
      'food service', 'f&b', 'health food', 'restaurants', 'restaurant chain', 'restaurant chains', 'edible oil', 'camellia oil', "bird's nest", 'food expo', 'health supplements', 'dietary supplements', 'nutraceuticals', 'noodles', 'rice noodles',
      'pastries', '=sweets', 'meat floss', 'fish balls', 'fishballs', 'dim sum', 'cha chaan teng', 'drinking water', 'bottled water', 'soft drinks', 'mooncakes', 'baked goods', 'preserved fruit', 'candied fruit', 'dried fruit', 'tea oil', 'tea seed oil', 'herbal tea', 'tea drinks', 'tea beverages', 'cuisine', 'gourmet', 'vermicelli',
    ],
  },
  'wine-spirits': {
    zh: [
      '酒', '酒类', '酒類', '酒业', '酒厂', '酿酒', '白酒', '红酒', '葡萄酒', '黄酒', '米酒', '啤酒', '洋酒', '烈酒', '威士忌', '白兰地',
      '清酒', '福酒', '老酒', '红曲酒', '酒庄', '酒水', '美酒', '美酒展',
    ],
    en: [
      'wine', 'wines', '=spirits', 'wine and spirits', 'liquor', 'baijiu', 'whisky', 'whiskey', 'brandy', 'beer', 'rice wine',
      'yellow wine', 'sake', 'brewery', 'distillery', 'winery', 'alcoholic beverages', 'alcoholic drinks', 'wine fair', 'wine & spirits fair',
    ],
  },
  'agriculture-fisheries': {
    zh: [
      '农业', '渔业', '农产品', '农副产品', '水产', '水产品', '海产品', '海鲜', '养殖', '水产养殖', '海水养殖', '远洋渔业', '捕捞', '渔船',
      '鲍鱼', '大黄鱼', '鳗鱼', '对虾', '牡蛎', '海蛎', '花蛤', '海参', '紫菜', '海带', '海藻', '种植', '种植业', '果蔬', '水果', '蔬菜',
      '食用菌', '香菇', '银耳', '菌菇', '花卉', '盆景', '花卉种植', '苗木', '林业', '竹笋', '柚子', '蜜柚', '龙眼', '荔枝', '枇杷', '农场', '合作社', '生鲜',
      '畜牧', '家禽', '生猪', '油茶', '乡村振兴', '三农', '农户', '渔民', '茶农',
    ],
    en: [
      'agriculture', 'agricultural', 'farming', 'farms', 'agri-food', 'fisheries', 'fishing', 'aquaculture', 'seafood',
      'aquatic products', 'marine products', 'abalone', 'yellow croaker', 'seaweed', 'laver', 'eel', 'oysters', 'shrimp', 'prawns',
      'fresh produce', '=fruit', '=fruits', 'vegetables', 'mushrooms', 'edible fungi', 'tremella', 'forestry', 'bamboo shoots', 'flowers',
      'horticulture', 'bonsai', 'potted plants', 'bulbs', 'livestock', 'poultry', 'rural revitalisation', 'rural revitalization', 'pomelo', 'longan', 'lychee', 'animal feed', 'feed mill', 'fertiliser', 'fertilizer', '=rice',
      'mariculture', 'ocean fishing', 'distant-water fishing', 'clams', 'sea cucumbers', 'kelp', 'seedlings', 'nursery stock', 'shiitake', 'white fungus', 'litchi', 'loquats', 'animal husbandry', 'pig farming', 'farmers', 'fishermen', 'growers', 'orchards',
    ],
  },
  'textiles-apparel': {
    zh: [
      '纺织', '紡織', '服装', '服裝', '服饰', '鞋服', '成衣', '面料', '布料', '针织', '印染', '化纤', '纱线', '织造', '内衣', '运动服',
      '运动服装', '童装', '女装', '男装', '时装', '休闲服', '泳装', '袜子', '箱包', '拉链', '服装辅料', '纽扣', '羽绒服', '夹克', '牛仔',
      't恤', '工作服', '制服', '皮具', '皮革制品', '假发', '配饰', '时尚配饰', '服饰配件',
    ],
    en: [
      'textiles', 'textile', 'apparel', 'garments', 'clothing', 'fashion', 'fabrics', 'knitwear', 'knitting', 'yarn', 'dyeing',
      'sportswear', 'activewear', 'underwear', 'lingerie', 'swimwear', 'socks', 't-shirts', 'denim', 'uniforms', 'bags', 'handbags',
      'luggage', 'zippers', 'down jackets', 'outerwear', 'leather goods', 'wigs', 'fashion accessories',
      'ready-to-wear', 'chemical fibres', 'synthetic fibres', 'weaving', 'printing and dyeing', 'womenswear', "women's wear", 'menswear', 'kidswear', "children's wear", "children's clothing", 'casual wear', 'casualwear', 'garment accessories', 'buttons', 'jackets', 'workwear', 'sweaters', 'hosiery',
    ],
  },
  footwear: {
    zh: ['鞋', '鞋业', '鞋業', '鞋服', '鞋类', '运动鞋', '運動鞋', '休闲鞋', '皮鞋', '童鞋', '拖鞋', '凉鞋', '靴', '鞋材', '鞋底', '鞋面', '制鞋', '鞋厂', '球鞋', '跑鞋'],
    en: [
      'footwear', 'shoes', 'shoe', 'sneakers', 'sports shoes', 'athletic shoes', 'running shoes', 'boots', 'sandals', 'slippers',
      '=soles', 'shoe materials',
      'shoemaking', '=uppers', 'shoe uppers', 'outsoles', 'midsoles', 'flip-flops',
    ],
  },
  'toys-games': {
    zh: [
      '玩具', '游戏', '遊戲', '益智玩具', '毛绒玩具', '塑料玩具', '电动玩具', '模型玩具', '车模', '航模', '积木', '潮玩', '盲盒', '桌游',
      '手办', '婴童用品', '儿童用品', '电子游戏', '网络游戏', '手游', '游戏机', '玩具展',
    ],
    en: [
      'toys', 'toy', 'plastic toys', 'games', 'gaming', 'board games', 'video games', 'educational toys', 'plush', 'stuffed toys', 'building blocks',
      'figurines', '=collectibles', 'baby products', 'juvenile products', 'model kits', 'trendy toys', 'blind boxes', 'toys fair', 'toy fair', 'toys & games fair', 'games fair', 'e-sports', 'esports',
      'electric toys', 'model cars', 'model aircraft', 'designer toys', 'art toys', 'action figures', "children's products", 'online games', 'mobile games', 'game consoles', 'puzzles',
    ],
  },
  'gifts-crafts': {
    zh: [
      '礼品', '禮品', '赠品', '贈品', '促销品', '礼盒', '工艺品', '工藝品', '手工艺', '工艺美术', '纪念品', '伴手礼', '雕刻', '木雕', '石雕',
      '玉雕', '根雕', '漆器', '脱胎漆器', '寿山石', '树脂工艺品', '藤编', '竹编', '草编', '竹制品', '家居饰品', '装饰品', '圣诞用品',
      '节日用品', '蜡烛', '香薰', '制香', '宗教用品', '油纸伞', '剪纸', '花灯', '文具', '钥匙扣', '徽章', '奖杯', '礼品展', '赠品展',
      '年画', '木版年画',
    ],
    en: [
      'gifts', 'gift', 'gifts and premiums', 'premium gifts', 'promotional products', 'promotional items', 'corporate gifts', 'crafts',
      'handicrafts', 'arts and crafts', 'souvenirs', 'carvings', 'wood carving', 'stone carving', 'lacquerware', 'resin crafts',
      'christmas decorations', 'festive decorations', 'candles', 'incense', 'stationery', 'gift boxes', 'gifts fair', 'gifts & premium fair', 'bamboo products',
      'giveaways', 'jade carving', 'root carving', 'lacquer', 'bodiless lacquer', 'shoushan stone', 'rattan', 'wicker', 'bamboo weaving', 'straw weaving', 'home decorations', 'ornaments', 'decorative items', 'christmas products', 'aromatherapy', 'religious articles', 'religious goods', 'oil-paper umbrellas', 'paper cutting', 'paper-cut', 'lanterns', 'keychains', 'key rings', 'badges', 'trophies',
      'woodblock prints', 'new year prints',
    ],
  },
  'ceramics-building-materials': {
    zh: [
      '陶瓷', '瓷', '瓷器', '白瓷', '日用陶瓷', '陶瓷餐具', '陶瓷杯', '陶瓷茶具', '卫浴', '洁具', '瓷砖', '建材', '建筑材料', '石材', '石板', '大理石', '花岗岩',
      '水泥', '玻璃', '门窗', '铝型材', '铝材', '涂料', '防水材料', '装饰材料', '装配式建筑', '地板', '水暖', '卫浴五金', '陶瓷材料', '木材', '板材', '胶合板',
    ],
    en: [
      'ceramics', 'ceramic', 'porcelain', 'pottery', 'ceramic tableware', 'porcelain tableware', 'stoneware', 'bone china', 'blanc de chine', 'tiles', 'sanitary ware', 'sanitaryware', 'bathroom fittings',
      'building materials', 'construction materials', 'stone', 'granite', 'marble', 'cement', 'glass', 'doors and windows', 'aluminium',
      'aluminum', 'aluminium profiles', '=coatings', 'paints', '=flooring', 'stone products', 'timber', 'plywood', 'wood panels',
      '=slate', '=waterproofing', 'decorative materials', 'prefabricated buildings', 'prefab buildings', 'plumbing', 'bathroom hardware', 'lumber', 'quartz stone', 'sanitary fixtures',
    ],
  },
  'furniture-home': {
    zh: [
      '家具', '傢俬', '傢具', '家私', '家居', '家居用品', '家纺', '家用纺织品', '家用纺织', '家居纺织', '床上用品', '日用陶瓷', '陶瓷餐具', '厨房用具', '家庭用品', '日用品', '厨具', '厨房用品', '餐具', '家电', '小家电',
      '红木家具', '红木', '古典家具', '办公家具', '沙发', '床垫', '橱柜', '衣柜', '鞋柜', '茶几', '茶台', '茶具', '茶器', '茶盘', '收纳', '软装',
      '窗帘', '地毯', '智能家居', '酒店用品', '酒店家具', '酒店布草', '酒店客房用品', '户外家具', '竹家具', '雨伞', '伞业', '水龙头', '卫浴', '纸尿裤', '卫生巾', '生活用纸', '纸巾',
    ],
    en: [
      'furniture', '=furnishings', 'home furnishings', 'homeware', 'housewares', 'household goods', 'household products', 'home decor',
      'home textiles', '=bedding', 'kitchenware', 'cookware', 'tableware', 'ceramic tableware', 'porcelain tableware', 'dinnerware', 'drinkware', 'kitchen utensils', 'home appliances', 'appliances', 'sofas',
      'mattresses', 'cabinets', 'hotel supplies', 'hotel furniture', 'hotel linen', 'hospitality furniture', 'rosewood furniture', 'outdoor furniture', 'smart home', 'coffee tables',
      'umbrellas', 'umbrella', 'faucets', 'tissue paper', 'household paper', 'diapers', 'sanitary napkins',
      'bed linen', 'wardrobes', 'shoe cabinets', 'tea tables', 'teaware', 'tea ware', 'tea sets', 'tea set', 'teapots', 'curtains', 'carpets', 'rugs', 'soft furnishings', 'daily necessities', 'household items', 'redwood', 'mahogany', 'nappies', 'sanitary pads', '=tissues', 'paper towels', 'glassware', 'cutlery', 'flatware', 'vacuum flasks', 'bathroom accessories', 'storage boxes', 'couches', 'office furniture',
    ],
  },
  lighting: {
    zh: [
      '灯具', '燈具', '照明', '灯饰', '燈飾', '照明灯具', '智能照明', '商业照明', '户外照明', '路灯', '灯泡', '灯管',
      '吸顶灯', '台灯', '落地灯', '筒灯', '射灯', '灯带', '吊灯', '壁灯', '灯饰展',
    ],
    en: [
      '=lighting', 'smart lighting', 'lamps', 'luminaires', 'light fixtures', 'lighting fixtures', 'light bulbs',
      'lightbulbs', 'downlights', 'street lights', 'streetlights', 'chandeliers', 'lighting fair',
      'decorative lighting', 'commercial lighting', 'outdoor lighting', 'ceiling lights', 'ceiling lamps', 'desk lamps', 'table lamps', 'floor lamps', '=spotlights', 'floodlights', 'light strips', 'pendant lights', 'wall lights', 'wall lamps',
    ],
  },
  'watches-jewellery': {
    zh: ['钟表', '鐘錶', '手表', '腕表', '时钟', '挂钟', '闹钟', '钟表展', '机芯', '表带'],
    en: ['=watches', 'watchmaking', 'timepieces', 'clocks', 'watches and clocks', 'watch movements', 'watch straps', 'watch fair', 'watch & clock fair', 'wristwatches', 'wall clocks', 'alarm clocks', 'horology'],
  },
  jewellery: {
    zh: ['珠宝', '珠寶', '首饰', '饰品', '黄金饰品', '金饰', '银饰', '玉器', '翡翠', '钻石', '珍珠', '宝石', '铂金', '珠宝首饰', 'k金', '珠宝展'],
    en: ['jewellery', 'jewelry', 'jewels', 'gemstones', 'diamonds', 'pearls', 'jade', 'gold jewellery', 'gold jewelry', 'silver jewellery', 'silver jewelry', 'jewellery show', 'jadeite', '=gems', 'platinum', 'k-gold', 'necklaces', 'bracelets', '=earrings', 'fine jewellery'],
  },

} as const satisfies Partial<Record<IndustryCode, ConceptTerms>>;
