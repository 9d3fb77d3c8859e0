import { Role, RoleTokens } from '@fhk/platform/auth';
import { http } from '@fhk/shared/util';

let tokens: RoleTokens | null = null;

/** The issuer whose demo accounts sign the distributed tests' requests (the topology's). */
export function useIssuer(issuerUrl: string): void {
  tokens = RoleTokens.for(issuerUrl);
}

/** The matcher's admin routes need platform-admin; everything else these tests do, profiles-admin. */
const roleFor = (url: string): Role => (new URL(url).pathname.startsWith('/api/matcher/') ? 'platform-admin' : 'profiles-admin');

/** Every request the distributed tests send goes through here, with the bearer token of the role it needs. */
export async function api<T = unknown>(url: string, init: Parameters<typeof http>[1] = {}) {
  if (!tokens) throw new Error('useIssuer(url) first: every route needs a token');
  return tokens.http<T>(roleFor(url), url, init);
}

export interface IndexStatus {
  enterprises: number;
  consumerLag: number;
  deadLetters: number;
}

export const indexStatus = async (matcherUrl: string) => (await api<IndexStatus>(`${matcherUrl}/api/matcher/index`)).body;

/** Every enterprise id the matcher's search finds, page by page (`type=enterprise`, no query). */
export async function searchableEnterpriseIds(matcherUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await api<{ hits: Array<{ id: string }>; total: number }>(`${matcherUrl}/api/search?type=enterprise&limit=100&offset=${offset}`);
    if (page.status !== 200) throw new Error(`search answered ${page.status}: ${page.text}`);
    ids.push(...page.body.hits.map((h) => h.id));
    if (page.body.hits.length < 100) return ids;
  }
}

/** Every enterprise id its owner holds (enterprise-profiles), page by page. */
export async function storedEnterpriseIds(profilesUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api<{ items: Array<{ id: string }> }>(`${profilesUrl}/api/enterprises?limit=200&offset=${offset}`);
    if (page.status !== 200) throw new Error(`listing answered ${page.status}: ${page.text}`);
    ids.push(...page.body.items.map((e) => e.id));
    if (page.body.items.length < 200) return ids;
  }
}

/** Writes profiles `concurrency` at a time; `afterEach` may act on progress (e.g. kill a process). */
export async function writeProfiles(
  profilesUrl: string,
  count: number,
  name: (i: number) => string,
  options: { concurrency?: number; afterEach?: (acknowledged: number) => Promise<void> } = {},
): Promise<string[]> {
  const acknowledged: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const res = await api<{ id: string }>(`${profilesUrl}/api/enterprises`, {
        body: { name: name(i), city: ['福州', '廈門', '泉州', '寧德'][i % 4], products: `產品 ${i} tea`, employees: 1 + (i % 500) },
      });
      if (res.status !== 201) throw new Error(`write ${i} answered ${res.status}: ${res.text}`);
      acknowledged.push(res.body.id);
      await options.afterEach?.(acknowledged.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  return acknowledged;
}
