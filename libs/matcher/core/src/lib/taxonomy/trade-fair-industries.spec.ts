import { event } from '../matching/opportunity.fixtures';
import { matchOpportunities } from '../matching/opportunity-matcher';
import { OpportunityCorpus } from '../matching/opportunity-corpus';
import { toMatchableEnterprise } from '../matching/matchable-enterprise';
import { findConcepts } from '../dictionary/term-dictionary';

/** The Hong Kong fairs for household goods, lighting and fashion, named and tagged as in the calendar data. */
const fairs = OpportunityCorpus.fromEntities([
  event('houseware', 'Hong Kong Houseware Fair', '香港家庭用品展', [8], { industries: ['furniture-home', 'ceramics-building-materials', 'gifts-crafts'], needs: ['exhibit-find-buyers', 'brand-building'] }),
  event('home-textiles', 'Hong Kong International Home Textiles and Furnishings Fair', '香港國際家用紡織品及家居裝飾展', [8], { industries: ['furniture-home'], needs: ['exhibit-find-buyers', 'brand-building'] }),
  event('lighting', 'Hong Kong International Lighting Fair (Spring Edition)', '香港國際春季燈飾展', [8], { industries: ['lighting', 'electronics'], needs: ['exhibit-find-buyers', 'brand-building'] }),
  event('centrestage', 'CENTRESTAGE', 'CENTRESTAGE（香港貿發局時尚品牌展）', [8], { industries: ['textiles-apparel', 'footwear'], needs: ['brand-building', 'exhibit-find-buyers'] }, {
    summary: { 'zh-Hant': '適合福建服裝、鞋履及配飾品牌推廣品牌', 'zh-Hans': '适合福建服装、鞋履及配饰品牌推广品牌', en: 'for apparel, footwear and accessory brands' },
  }),
  event('watch-clock', 'Hong Kong Watch & Clock Fair', '香港鐘錶展', [8], { industries: ['watches-jewellery'], needs: ['exhibit-find-buyers'] }),
  event('jewellery', 'Hong Kong International Jewellery Show', '香港國際珠寶展', [8], { industries: ['jewellery'], needs: ['exhibit-find-buyers'] }),
]);
const fairsFor = (profile: Parameters<typeof toMatchableEnterprise>[0]) =>
  matchOpportunities(toMatchableEnterprise(profile), fairs, { today: '2026-11-24', language: 'en' })
    .filter((m) => !m.reasons.some((r) => r.code === 'industry-mismatch'))
    .map((m) => m.id);
const industriesOf = (text: string) => [...new Set(findConcepts(text, { kinds: ['industry'] }).map((c) => c.code))];

describe('which trade fairs an industry reads as its own', () => {
  it('sends ceramic tableware makers to the Houseware Fair in every language', () => {
    expect(fairsFor({ name: '德化瓷藝', city: '德化', industry: '日用陶瓷', products: '陶瓷餐具、白瓷茶具', needs: '參加香港展會尋找海外買家' })).toContain('houseware');
    expect(fairsFor({ name: '德化瓷艺', city: '德化', industry: '陶瓷餐具', products: '日用陶瓷', needs: '参加香港展会寻找海外买家' })).toContain('houseware');
    expect(fairsFor({ name: 'Dehua Porcelain', city: 'Dehua', industry: 'Ceramic tableware', products: 'porcelain dinnerware', needs: 'exhibit at a Hong Kong fair to find buyers' })).toContain('houseware');
  });

  it('reads lighting as its own industry: lighting makers get the Lighting Fair, furniture and household-goods makers do not', () => {
    expect(industriesOf('LED照明、智能燈具')).toContain('lighting');
    expect(industriesOf('LED lighting and luminaires')).toContain('lighting');
    expect(industriesOf('家具、家居用品')).not.toContain('lighting');
    expect(fairsFor({ name: '漳州光電', city: '漳州', industry: '照明', products: 'LED燈具', needs: '參加香港展會找買家' })).toContain('lighting');
    expect(fairsFor({ name: 'Zhangzhou Lighting', city: 'Zhangzhou', industry: 'LED lighting', products: 'lamps', needs: 'find buyers at a Hong Kong fair' })).toContain('lighting');
    const furniture = fairsFor({ name: '仙遊紅木傢俬', city: '仙遊', industry: '家具', products: '紅木家具、沙發', needs: '參加香港展會尋找買家' });
    expect(furniture).toEqual(expect.arrayContaining(['houseware', 'home-textiles']));
    expect(furniture).not.toContain('lighting');
  });

  it('tells home textiles from apparel: sportswear brands get CENTRESTAGE, not the Home Textiles Fair', () => {
    expect(industriesOf('家用紡織品')).toEqual(['furniture-home']);
    for (const profile of [
      { name: '晉江體育用品', city: '晉江', industry: '運動服裝', products: '運動服、運動鞋', needs: '參加香港展會尋找買家，推廣品牌' },
      { name: 'Jinjiang Sports', city: 'Jinjiang', industry: 'Sportswear', products: 'sportswear, running shoes', needs: 'exhibit in Hong Kong to find buyers and build our brand' },
    ]) {
      const seen = fairsFor(profile);
      expect(seen).toContain('centrestage');
      expect(seen).not.toContain('home-textiles');
    }
  });

  it('tells watches and clocks from jewellery, and fashion accessories from both', () => {
    const clocks = fairsFor({ name: '福州鐘錶', city: '福州', industry: '鐘錶', products: '掛鐘、鬧鐘、石英機芯', needs: '參加香港展會找買家' });
    expect(clocks).toContain('watch-clock');
    expect(clocks).not.toContain('jewellery');
    expect(clocks).not.toContain('centrestage');
    const jewels = fairsFor({ name: 'Putian Gold', city: 'Putian', industry: 'Jewellery', products: 'gold jewellery and pearls', needs: 'exhibit in Hong Kong to find buyers' });
    expect(jewels).toContain('jewellery');
    expect(jewels).not.toContain('watch-clock');
    expect(industriesOf('服裝、鞋履及配飾品牌')).not.toContain('jewellery');
  });
});
