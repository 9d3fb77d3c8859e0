import { classifyEnterprise } from '../classification/profile-classifier';
import { toMatchableEnterprise } from './matchable-enterprise';
import { programme, provider } from './opportunity.fixtures';
import { matchOpportunities } from './opportunity-matcher';
import { OpportunityCorpus } from './opportunity-corpus';

/**
 * Firms that say what they need in their own words. The items carry the catalogue seed's tags
 * (libs/measure-catalogue/feature/data) for the bodies concerned.
 */
const corpus = OpportunityCorpus.fromEntities([
  provider('hkstp', 'Hong Kong Science and Technology Parks Corporation (HKSTP)', '香港科技園公司（香港科學園）', {
    industries: ['information-technology', 'artificial-intelligence', 'biomedicine', 'new-materials', 'electronics'],
    needs: ['research-collaboration', 'technology-transfer', 'investment-financing'],
    serves: ['fujian-going-out', 'hong-kong-coming-in'],
  }),
  provider('companies-registry', 'Companies Registry', '公司註冊處', { industries: ['professional-services'], needs: ['company-registration'] }),
  provider('ird', 'Inland Revenue Department (IRD)', '稅務局', { industries: ['professional-services'], needs: ['tax-compliance', 'company-registration', 'fund-pooling'] }),
  provider('hkma', 'Hong Kong Monetary Authority (HKMA)', '香港金融管理局', { industries: ['finance-fintech'], needs: ['fund-pooling', 'investment-financing'] }),
  programme('financing-matchmaking', 'Financing matchmaking events', '投融資對接活動', [], { industries: ['finance-fintech'], needs: ['investment-financing'] }),
]);

describe('needs said in a firm’s own words', () => {
  // The Jinjiang shoe exporter: a trading company in Hong Kong, its overseas subsidiaries' money
  // managed in one place there, and how it is taxed on both sides. 资金 is money to pool here.
  const jinjiang = {
    name: '晋江样例鞋业（样例）',
    city: '泉州',
    products: '运动鞋出口',
    needs: '想在香港开一家贸易公司接单，海外几家子公司的资金想统一在香港管理，还想了解两地税务怎么处理。',
  };

  it('reads the Jinjiang shoe exporter’s pooled money as fund pooling, as strongly as its other needs', () => {
    const weights = Object.fromEntries(classifyEnterprise(jinjiang).needs.map((n) => [n.code, n.weight]));
    expect(weights['company-registration']).toBe(1);
    expect(weights['tax-compliance']).toBe(1);
    expect(weights['fund-pooling']).toBe(1);
    // Not below the money word it is written with, as a clause read only by the classifier would be (0.6).
    expect(weights['fund-pooling']).toBeGreaterThanOrEqual(weights['investment-financing']);
  });

  it('ranks the HKMA (the pooled money) first for it, then the IRD, and the Companies Registry above the science park', () => {
    const ranked = matchOpportunities(toMatchableEnterprise(jinjiang), corpus, { today: '2026-11-24', language: 'zh-Hans' }).map((m) => m.id);
    expect(ranked.slice(0, 2)).toEqual(['hkma', 'ird']);
    expect(ranked).toContain('companies-registry');
    expect(ranked.indexOf('companies-registry')).toBeLessThan(ranked.indexOf('hkstp'));
  });

  it('still reads money to be raised as financing, where the clause says nothing else', () => {
    const needs = classifyEnterprise({ name: 'X', city: '泉州', needs: '扩产需要资金，想找投资机构' }).needs.map((n) => n.code);
    expect(needs[0]).toBe('investment-financing');
    expect(needs).not.toContain('fund-pooling');
  });
});
