import { Enterprise } from '@fhk/contracts';
import { MatchableEnterprise, toMatchableEnterprise } from '@fhk/matcher/core';
import { enterpriseSearchDocument, MatcherSearchDocument } from '../search/search-document.mapper';

/**
 * What the matcher computes from an imported or changed firm, apart from the store and the indexes:
 * its search document and its matching analysis, both pure functions of the entity. Made in a worker
 * thread or in this one (`FirmAnalyser`), and structured-clone-able: no class instances, no functions
 * (Sets and Maps clone as such). `matchable` is `toMatchableEnterprise(entity)` without the profile
 * (the caller has the entity) and without the classification's index tokens, which the firm index
 * drops anyway (`compactMatchable`); null where the function threw (the caller then runs it itself,
 * so the same error surfaces the same way).
 */
export interface FirmAnalysis {
  readonly id: string;
  readonly version: number;
  readonly searchDocument: MatcherSearchDocument | null;
  readonly matchable: Omit<MatchableEnterprise, 'profile'> | null;
}

/** One firm's analysis, as `FirmAnalysis` describes it (both halves computed back to back: the second reuses the fields' analyses of the first). */
export function analyseFirm(entity: Enterprise): FirmAnalysis {
  let searchDocument: MatcherSearchDocument | null = null;
  let matchable: FirmAnalysis['matchable'] = null;
  try {
    searchDocument = enterpriseSearchDocument(entity);
  } catch {
    searchDocument = null;
  }
  try {
    const { profile: _profile, ...analysis } = toMatchableEnterprise(entity);
    matchable = { ...analysis, classification: { ...analysis.classification, tokens: [] } };
  } catch {
    matchable = null;
  }
  return { id: entity.id, version: entity.version, searchDocument, matchable };
}

/** `matchable` with its profile again: what `toMatchableEnterprise(entity)` returns, but for the index tokens. */
export function withProfile(analysis: NonNullable<FirmAnalysis['matchable']>, entity: Enterprise): MatchableEnterprise {
  return { ...analysis, profile: entity };
}

/**
 * Port: analyses a batch of firms, in order, one `FirmAnalysis` each. The app chooses the adapter
 * (`MATCHER_ANALYSIS_WORKERS`: 0 analyses in this thread, more in that many worker threads, ADR 0022).
 * Rejects only when the adapter itself fails (a worker died): the caller then analyses in its thread.
 */
export interface FirmAnalyser {
  /** Whether it analyses off the event loop: only then is a batch worth analysing ahead of its projection. */
  readonly offThread: boolean;
  analyse(firms: readonly Enterprise[]): Promise<FirmAnalysis[]>;
  close(): Promise<void>;
}

export const FIRM_ANALYSER = Symbol('FIRM_ANALYSER');

/** The adapter without threads: tests, tiny deployments, and `MATCHER_ANALYSIS_WORKERS=0`. */
export class InThreadFirmAnalyser implements FirmAnalyser {
  readonly offThread = false;

  async analyse(firms: readonly Enterprise[]): Promise<FirmAnalysis[]> {
    return firms.map(analyseFirm);
  }

  async close(): Promise<void> {
    return;
  }
}
