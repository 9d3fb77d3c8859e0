import { Enterprise } from '@fhk/contracts';

const AT = '2026-01-01T00:00:00.000Z';

/** An enterprise for specs: every field empty or null but those given (a spec's own fixture, not sample data). */
export function enterpriseFixture(fields: Partial<Enterprise> & Pick<Enterprise, 'id'>): Enterprise {
  return {
    version: 1,
    name: fields.id,
    city: '',
    industry: '',
    products: '',
    needs: '',
    markets: '',
    employees: null,
    language: null,
    outreachConsent: false,
    ownerId: null,
    contact: null,
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}
