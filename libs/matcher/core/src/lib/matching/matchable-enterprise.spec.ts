import { descriptionTermsOf, productTermsOf, toMatchableEnterprise } from './matchable-enterprise';

const profile = (fields: Partial<Record<'name' | 'products' | 'needs' | 'industry', string>>) => ({
  name: fields.name ?? 'x',
  city: '',
  industry: fields.industry ?? '',
  products: fields.products ?? '',
  needs: fields.needs ?? '',
  markets: '',
  employees: null,
  language: null,
});

describe('matchable enterprise analysis', () => {
  it('leaves out words the dictionary turned into concepts, keeps the rest', () => {
    const terms = productTermsOf(profile({ products: '茶葉 鐵觀音 black ceramic mugs' })).map((t) => t.token);
    // 茶葉, 鐵觀音 (tea) and ceramic are concepts; black and mugs are not (the name 'x' is too short to be evidence).
    expect(terms.sort()).toEqual(['black', 'mug']);
  });

  it('quotes no place hidden inside an audience term as evidence (廈門港青匯: Hong Kong youth in Xiamen)', () => {
    const terms = productTermsOf(profile({ name: '廈門港青匯手工皂工作室' })).map((t) => t.surface);
    expect(terms).not.toContain('廈門');
    // The other words of the name stay evidence, as in any name.
    expect(terms).toEqual(['手工', '工作室']);
  });

  // Each token used to be checked against every concept found (tokens × concepts): 4,000 茶 in
  // one field took 10 s. The check is one pass now; the bound is generous, the old cost far above it.
  it('stays linear in the length of a field full of one concept', () => {
    const started = Date.now();
    // Before: about 30 s. Now: a few hundred ms (the bound leaves room for a busy CI machine).
    const m = toMatchableEnterprise(profile({ name: '茶'.repeat(5_000), products: '茶'.repeat(5_000), needs: '融資'.repeat(2_500) }));
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(m.classification.industries.map((i) => i.code)).toContain('tea');
    expect(descriptionTermsOf(profile({ products: '茶'.repeat(10_000) })).length).toBeLessThan(5);
  });
});
