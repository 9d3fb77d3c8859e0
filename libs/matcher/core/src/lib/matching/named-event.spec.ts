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
  provider('inland-revenue-department', 'Inland Revenue Department (IRD)', '稅務局', { industries: [], needs: ['tax-compliance'] }),
  provider('trade-and-industry-department', 'Trade and Industry Department (BUD Fund)', '工業貿易署（BUD專項基金）', { industries: [], needs: ['brand-building', 'exhibit-find-buyers'] }),
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

  it.each([
    // Loosely in English: the autumn edition only with its season, a trade of a two-trade title, plural or not.
    ['booth in HK this autumn, probably Eco Expo Asia, if not then the autumn electronics fair', ['eco', 'hong-kong-electronics-fair-autumn']],
    ['Maybe a small booth at a gift fair later', ['gifts']],
    ['We want to show our oolong at the tea fair in Hong Kong', ['tea']],
    // The whole loose name, as a whole word; no season, no edition fair (either would be a guess).
    ['We might exhibit at the electronics fair', []],
    ['We want to find buyers at a fair in Hong Kong', []],
    ['We sell protea fairly cheaply', []],
  ])('names the fairs of "%s" loosely: %j', (text, named) => expect(namedIn(text)).toEqual(named));
});

describe('fairs named by their Chinese short names, and fairs the firm will not go to', () => {
  it.each([
    // Short names firms use (EVENT_SHORT_NAMES).
    ['想去香港鐘錶展', ['hong-kong-watch-clock-fair']],
    ['首選環保展，唔係就秋季電子展', ['hong-kong-electronics-fair-autumn']],
    ['想去香港的高教展招生', ['mainland-higher-education-expo']],
    // Named in a clause that declines it: not wanted.
    ['今年先不去香港的高教展，先做線上宣傳', []],
    ['香港鐘錶展暫時唔去，預算有限', []],
    ['We will skip the tea fair this year; we want to find distributors', []],
    ['No need for the tea fair this year. We do want the gifts fair', ['gifts']],
    // A Mainland body whose name holds a Hong Kong body's names no Hong Kong body.
    ['想了解香港稅務局的利得稅申報', ['inland-revenue-department']],
    ['用回鄉證登記電子稅務局成日卡住，想要稅務指導', []],
    // The Trade and Industry Department's funds by name, and Hong Kong's SME subsidies, which it runs.
    ['Want apply SME Export Marketing Fund for the gifts fair', ['gifts', 'trade-and-industry-department']],
    ['Is there HK subsidy for SME? We want to join a fair', ['trade-and-industry-department']],
    ['想申請中小企業市場推廣基金', ['trade-and-industry-department']],
    ['We want a subsidy from the Fujian government', []],
  ])('names the fairs of "%s": %j', (text, named) => expect(namedIn(text)).toEqual(named));
});
