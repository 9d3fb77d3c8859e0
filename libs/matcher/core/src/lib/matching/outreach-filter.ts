import { MatchableEnterprise } from './match-types';

/**
 * Which firms an outreach list may hold besides their score: the outreach route's query filters
 * (consent, size, place, industry) in the terms of the firm index. `outreachBounds` reads them from
 * the index's columns and posting lists inside its walk over the candidates; `keepsFirm` is the same
 * test on one firm's analysis (the plain way, which the specs compare the index's against).
 */
export interface OutreachFilter {
  /** Only firms that consent to outreach now (PIPL, PDPO). */
  readonly consentingOnly: boolean;
  /** At least this many employees (a firm that states none is left out). */
  readonly minEmployees?: number;
  /** At most this many employees (a firm that states none is left out). */
  readonly maxEmployees?: number;
  /** Firms whose city lies in one of these prefectures (`FUJIAN_CITIES`' prefecture codes; undefined: no test). */
  readonly prefectures?: readonly string[];
  /** Firms whose city, as they wrote it, contains this text (for a place the dictionary does not know). */
  readonly cityText?: string;
  /** Firms with this industry among theirs, at any weight (a code no firm has: none). */
  readonly industry?: string;
}

/** No filter: every firm, consenting or not. */
export const ANY_FIRM: OutreachFilter = { consentingOnly: false };

/** Whether the filter keeps the firm (the same test as the index's columns). */
export function keepsFirm(filter: OutreachFilter, e: MatchableEnterprise): boolean {
  const c = e.classification;
  const employees = e.profile.employees;
  return (
    (!filter.consentingOnly || e.outreachConsent) &&
    (filter.minEmployees === undefined || (employees != null && employees >= filter.minEmployees)) &&
    (filter.maxEmployees === undefined || (employees != null && employees <= filter.maxEmployees)) &&
    (filter.prefectures === undefined || (!!c.city && filter.prefectures.includes(c.city.prefecture))) &&
    (filter.cityText === undefined || e.profile.city.includes(filter.cityText)) &&
    (filter.industry === undefined || c.industries.some((i) => i.code === filter.industry))
  );
}
