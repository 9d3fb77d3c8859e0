import { RoleTokens } from '@fhk/platform/auth';

export interface SearchAnswer {
  total: number;
  /** `type:id` of every hit on the first page of 100, sorted (engine rank order is not compared). */
  ids: string[];
  facets: unknown;
}

/** What /api/search answers to each query: for before/after comparisons around a rebuild. */
/** Asked as platform-admin, whose search includes enterprises. */
export async function searchAnswers(url: string, queries: readonly string[], tokens = RoleTokens.for(url)): Promise<Record<string, SearchAnswer>> {
  const answers: Record<string, SearchAnswer> = {};
  for (const q of queries) {
    const { body } = await tokens.http<{ total: number; hits: Array<{ type: string; id: string }>; facets: unknown }>(
      'platform-admin',
      `${url}/api/search?q=${encodeURIComponent(q)}&limit=100`,
    );
    answers[q] = { total: body.total, ids: body.hits.map((h) => `${h.type}:${h.id}`).sort(), facets: body.facets };
  }
  return answers;
}
