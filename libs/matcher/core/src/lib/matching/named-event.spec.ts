import { toMatchableEnterprise } from './matchable-enterprise';
import { event, provider } from './opportunity.fixtures';
import { matchOpportunities } from './opportunity-matcher';
import { OpportunityCorpus } from './opportunity-corpus';
import { looseFairNames } from './named-event';

const fairs = OpportunityCorpus.fromEntities([
  event('hong-kong-electronics-fair-spring', 'Hong Kong Electronics Fair (Spring Edition)', '香港電子產品展（春季版）', [8], { industries: ['electronics'], needs: ['exhibit-find-buyers'] }),
  event('hong-kong-electronics-fair-autumn', 'Hong Kong Electronics Fair (Autumn Edition)', '香港電子產品展（秋季版）', [8], { industries: ['electronics'], needs: ['exhibit-find-buyers'] }),
  event('gifts', 'Hong Kong Gifts & Premium Fair', '香港禮品及贈品展', [8], { industries: ['gifts-crafts'], needs: ['exhibit-find-buyers'] }),
  event('tea', 'Hong Kong International Tea Fair', '香港國際茶展', [8], { industries: ['tea'], needs: ['exhibit-find-buyers'] }),
  event('eco', 'Eco Expo Asia', '環保博覽', [8], { industries: ['new-energy'], needs: ['exhibit-find-buyers'] }),
  event('hong-kong-watch-clock-fair', 'Hong Kong Watch & Clock Fair', '香港鐘錶展', [8], { industries: ['watches-jewellery'], needs: ['exhibit-find-buyers'] }),
  event('mainland-higher-education-expo', 'Mainland Higher Education Expo', '內地高等教育展', [8], { industries: ['education'], needs: ['education-cooperation'] }),
  provider('hktdc', 'Hong Kong Trade Development Council (HKTDC)', '香港貿易發展局', { industries: ['trade-ecommerce'], needs: ['exhibit-find-buyers'] }),
]);
const namedIn = (needs: string) =>
  matchOpportunities(toMatchableEnterprise({ name: 'X', city: '泉州', needs }), fairs, { today: '2026-11-24', language: 'en' })
    .filter((m) => m.reasons.some((r) => r.code === 'named-event'))
    .map((m) => m.id)
    .sort();

describe('fairs named loosely', () => {
  it('derives the names firms use from the title: no opening "Hong Kong" or "International", each trade, plural or not, the season of an edition', () => {
    expect(looseFairNames('Hong Kong International Tea Fair')).toEqual(['tea fair', 'teas fair']);
    expect(looseFairNames('Hong Kong Gifts & Premium Fair')).toEqual(expect.arrayContaining(['gifts fair', 'gift fair', 'premium fair', 'gifts and premium fair']));
    expect(looseFairNames('Hong Kong Electronics Fair (Autumn Edition)')).toEqual(['autumn electronics fair', 'autumn electronic fair']);
    expect(looseFairNames('International Travel Expo Hong Kong (ITE Hong Kong)')).toEqual(['travel expo', 'travels expo']);
    // Titles that are no "<trade> fair" give no loose name.
    expect(looseFairNames('Eco Expo Asia')).toEqual([]);
    expect(looseFairNames('China International Fair for Investment and Trade (CIFIT)')).toEqual([]);
    expect(looseFairNames('Hong Kong Book Fair')).toEqual(['book fair', 'books fair']);
  });

  it('reads "the autumn electronics fair" as naming the autumn edition only, and "a gifts fair" as the Gifts & Premium Fair', () => {
    expect(namedIn('booth in HK this autumn, probably Eco Expo Asia, if not then the autumn electronics fair')).toEqual(['eco', 'hong-kong-electronics-fair-autumn']);
    expect(namedIn('Maybe a small booth at a gift fair later')).toEqual(['gifts']);
    expect(namedIn('We want to show our oolong at the tea fair in Hong Kong')).toEqual(['tea']);
  });

  it('needs the whole loose name, as a whole word', () => {
    // No season: an edition fair is not named (either edition would be a guess).
    expect(namedIn('We might exhibit at the electronics fair')).toEqual([]);
    expect(namedIn('We want to find buyers at a fair in Hong Kong')).toEqual([]);
    expect(namedIn('We sell protea fairly cheaply')).toEqual([]);
  });
});

describe('fairs named by their Chinese short names, and fairs the firm will not go to', () => {
  it('reads the short names firms use (鐘錶展, 秋季電子展, 高教展) from EVENT_SHORT_NAMES', () => {
    expect(namedIn('想去香港鐘錶展')).toEqual(['hong-kong-watch-clock-fair']);
    expect(namedIn('首選環保展，唔係就秋季電子展')).toEqual(['hong-kong-electronics-fair-autumn']);
    expect(namedIn('想去香港的高教展招生')).toEqual(['mainland-higher-education-expo']);
  });

  it('does not count a fair named in a clause that declines it', () => {
    expect(namedIn('今年先不去香港的高教展，先做線上宣傳')).toEqual([]);
    expect(namedIn('香港鐘錶展暫時唔去，預算有限')).toEqual([]);
    expect(namedIn('We will skip the tea fair this year; we want to find distributors')).toEqual([]);
    expect(namedIn('No need for the tea fair this year. We do want the gifts fair')).toEqual(['gifts']);
  });
});
