import type { AudienceCode, IndustryCode, NeedCode, ServesCode } from '@fhk/contracts';

/** Industries whose organisations are institutions (schools, universities, hospitals, research bodies). */
const INSTITUTION_INDUSTRIES: ReadonlySet<IndustryCode> = new Set(['education', 'healthcare']);
const NEED_DIRECTIONS: Partial<Record<NeedCode, readonly ServesCode[]>> = {
  'investment-in-fujian': ['hong-kong-coming-in'],
  'education-cooperation': ['institutions', 'students'],
  'talent-internships': ['youth'],
  'cultural-exchange': ['institutions', 'public'],
  'residence-facilitation': ['public', 'hong-kong-coming-in'],
};
const AUDIENCE_DIRECTIONS: Partial<Record<AudienceCode, readonly ServesCode[]>> = {
  youth: ['youth'],
  'hong-kong-residents': ['hong-kong-coming-in', 'public'],
  'general-public': ['public'],
};

/**
 * Whom, of the parties opportunities serve, a firm is: always a Fujian firm that may go out;
 * also a host of Hong Kong investment when it asks for it, an institution when it is a school or
 * hospital, a home for young people and students when it wants interns or names them.
 */
export function firmServes(industries: readonly IndustryCode[], needs: readonly NeedCode[], audiences: readonly AudienceCode[]): ServesCode[] {
  const out = new Set<ServesCode>(['fujian-going-out']);
  for (const i of industries) if (INSTITUTION_INDUSTRIES.has(i)) out.add('institutions').add('students');
  for (const n of needs) for (const s of NEED_DIRECTIONS[n] ?? []) out.add(s);
  for (const a of audiences) for (const s of AUDIENCE_DIRECTIONS[a] ?? []) out.add(s);
  return [...out];
}
