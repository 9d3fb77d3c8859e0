import { createHash } from 'node:crypto';
import { AUDIENCES, Enterprise, INDUSTRIES, LocalizedText, MARKETS, NEEDS } from '@fhk/contracts';
import { analyzeForIndex } from '@fhk/matcher/core';
import { searchDocumentProblem } from '@fhk/platform/search';
import { EnterpriseRow, OpportunityEntity, OpportunityRow } from '../read-model/read-model.collections';
import { enterpriseSearchDocument, MatcherSearchDocument, opportunitySearchDocument, SEARCH_INDEX } from './search-document.mapper';

/**
 * A row's search document, analysed when the projection writes the row and stored in it (ADR 0019):
 * row and document are committed together, so the index can be rebuilt at start without analysing
 * anything, and no crash can leave a stored document of another version than its row.
 * `problem`: why the index would refuse it (the row is quarantined instead, as before).
 */
export interface StoredSearchDocument {
  /** The analysis it was made with (`analysisFingerprint()`): another fingerprint is analysed again. */
  fingerprint: string;
  document: MatcherSearchDocument | null;
  problem: string | null;
}

/** Bump when the mapper's output changes in a way the fingerprint's probe texts cannot show. */
const SEARCH_DOCUMENT_FORMAT = 1;

const sampleNow = '2026-01-01T00:00:00.000Z';
const PROBE_FIRM: Enterprise = {
  id: 'fingerprint-probe',
  version: 1,
  name: '福州[SAMPLE] 茶業 Tea Co.',
  city: '泉州市晉江',
  industry: 'tea',
  products: '安溪鐵觀音, stone carving, 電子元件',
  needs: '需要香港律師和資金池 cash pooling, 展會',
  markets: 'ASEAN 东盟 Europe',
  employees: null,
  language: null,
  outreachConsent: false,
  ownerId: null,
  contact: null,
  createdAt: sampleNow,
  updatedAt: sampleNow,
};

let fingerprint: string | null = null;

/** Every taxonomy label (industries, needs, markets, audiences) in the three languages: the dictionary's concepts as probe text. */
export function taxonomyLabels(): string[] {
  return [INDUSTRIES, NEEDS, MARKETS, AUDIENCES].flatMap((table: Record<string, LocalizedText>) => Object.values(table).flatMap((l) => [l['zh-Hant'], l['zh-Hans'], l.en]));
}

/** A short hash of what an analysis depends on, for fingerprints of stored analyses. */
export const fingerprintOf = (probe: string | Buffer): string => createHash('sha256').update(probe).digest('base64url').slice(0, 16);

/**
 * What the stored documents depend on, as a short hash: the format number, the mapper's document
 * for a probe firm, and the index analysis of every taxonomy label (the dictionary's concepts in
 * three languages). A change of analysis code or dictionary changes it, and stored documents made
 * with the old one are analysed again instead of being trusted.
 */
export function analysisFingerprint(): string {
  fingerprint ??= fingerprintOf(JSON.stringify([SEARCH_DOCUMENT_FORMAT, SEARCH_INDEX, enterpriseSearchDocument(PROBE_FIRM), analyzeForIndex(taxonomyLabels().join('\n'))]));
  return fingerprint;
}

/** The document if the index takes it, else why not (never throws: a bad row is quarantined, not a failed batch). */
export function admissibleSearchDocument(toDocument: () => MatcherSearchDocument): { document: MatcherSearchDocument | null; problem: string | null } {
  try {
    const document = toDocument();
    const problem = searchDocumentProblem(SEARCH_INDEX, document);
    return problem === null ? { document, problem: null } : { document: null, problem: problem.slice(0, 300) };
  } catch (error) {
    return { document: null, problem: `cannot be turned into a search document: ${(error as Error).message}`.slice(0, 300) };
  }
}

function analysed(toDocument: () => MatcherSearchDocument): StoredSearchDocument {
  return { fingerprint: analysisFingerprint(), ...admissibleSearchDocument(toDocument) };
}

/** Where a firm's search document made ahead of the projection is found (`PreparedFirmAnalyses`, ADR 0022). */
export interface PreparedSearchDocuments {
  searchDocument(firm: Enterprise): MatcherSearchDocument | null;
}

/** The row with its search document (none for a tombstone); a firm's from `prepared` when it has it (the same document). */
export function withSearchDocument<R extends EnterpriseRow | OpportunityRow>(collection: 'enterprises' | 'opportunities', row: R, prepared?: PreparedSearchDocuments): R {
  if (!row.entity || row.deleted) return row;
  const entity = row.entity;
  const search =
    collection === 'enterprises'
      ? analysed(() => prepared?.searchDocument(entity as Enterprise) ?? enterpriseSearchDocument(entity as Enterprise))
      : analysed(() => opportunitySearchDocument(entity as OpportunityEntity));
  return { ...row, search };
}

/** The row's stored document when it was made with today's analysis, else null (analyse it again). */
export function storedSearchDocument(row: EnterpriseRow | OpportunityRow): StoredSearchDocument | null {
  const stored = row.search;
  return stored && stored.fingerprint === analysisFingerprint() ? stored : null;
}
