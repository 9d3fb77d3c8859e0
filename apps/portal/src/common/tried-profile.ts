import { EnterpriseInput } from '@fhk/contracts';

/**
 * The description a visitor tried last on Try first, kept for this tab only, so My journey can plan
 * for it (POST /api/match/journey) before anything is saved.
 */
const KEY = 'fhk.portal.tried';

/** The free-text fields the matcher reads (its ad-hoc routes take no consent or id). */
export type MatchProfile = Pick<EnterpriseInput, 'name' | 'city' | 'industry' | 'products' | 'needs' | 'markets' | 'employees'>;

export const toMatchProfile = (input: EnterpriseInput): MatchProfile => ({
  name: input.name,
  city: input.city,
  industry: input.industry,
  products: input.products,
  needs: input.needs,
  markets: input.markets,
  employees: input.employees,
});

export function rememberTriedProfile(profile: MatchProfile): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(profile));
  } catch {
    // Storage refused: My journey falls back to the general order of steps.
  }
}

export function triedProfile(): MatchProfile | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as MatchProfile) : null;
  } catch {
    return null;
  }
}
