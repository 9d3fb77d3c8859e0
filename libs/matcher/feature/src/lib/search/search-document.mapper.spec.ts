import { Enterprise } from '@fhk/contracts';
import { classifyEnterprise } from '@fhk/matcher/core';
import { enterpriseSearchDocument } from './search-document.mapper';
import { enterpriseFixture } from '../testing/enterprise.fixture';

const firm = (fields: Partial<Enterprise>): Enterprise =>
  enterpriseFixture({ id: 'f1', name: '泉州[SAMPLE] 石材 Stone Co.', city: '泉州市惠安縣', ...fields });

describe('enterpriseSearchDocument', () => {
  // The corpus finds the classification's index analysis cached from the projection only while both read one string.
  it.each([
    ['every field', { industry: 'stone', products: '花崗岩墓碑, granite slabs', needs: '需要香港律師 and cash pooling', markets: 'Europe 东盟' }],
    ['empty fields in between', { products: 'stone carving', markets: 'ASEAN' }],
    ['a phrase across two fields', { products: 'granite and cash', needs: 'pooling for our subsidiaries' }],
  ])('indexes the terms the classification has as tokens (%s)', (_, fields) => {
    const enterprise = firm(fields);
    expect(enterpriseSearchDocument(enterprise).terms.split(' ')).toEqual(classifyEnterprise(enterprise).tokens);
  });
});
