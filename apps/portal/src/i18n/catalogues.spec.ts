import { catalogueProblems } from '@fhk/web/i18n';
import { PORTAL_CATALOGUES } from './portal-i18n';

describe('the portal catalogue', () => {
  it('has every key, non-empty and with the same placeholders, in zh-Hant, zh-Hans and en', () => {
    expect(catalogueProblems(PORTAL_CATALOGUES.portal)).toEqual([]);
  });

  it('is the one the pages use (it holds their titles)', () => {
    expect(PORTAL_CATALOGUES.portal.en).toMatchObject({ try: { title: expect.any(String) }, matches: { title: 'My matches' } });
  });
});
