/**
 * Runs the port contract on Meilisearch when MEILI_URL is set (MEILI_MASTER_KEY optional). Index
 * names are unique per run and dropped afterwards. (Orama's run: libs/platform/search-orama.)
 */
import { MeiliSearch } from 'meilisearch';
import { describeSearchEngineContract, OPPORTUNITIES, specFor, uniqueIndexName } from '@fhk/platform/search/testing';
import { MeilisearchSearchEngine } from './meilisearch-search-engine.adapter';

const MEILI_URL = process.env.MEILI_URL;
const MEILI_MASTER_KEY = process.env.MEILI_MASTER_KEY || undefined;

// process.stdout, not console.log: Jest drops the console output of a suite whose tests are all skipped.
if (!MEILI_URL) process.stdout.write('MEILI_URL not set: Meilisearch contract run skipped\n');
const describeMeili = MEILI_URL ? describe : describe.skip;

describeMeili('Meilisearch adapter against a real server', () => {
  const url = MEILI_URL ?? 'http://127.0.0.1:7700';
  describeSearchEngineContract('meilisearch', async () => new MeilisearchSearchEngine({ url, apiKey: MEILI_MASTER_KEY }));

  describe('server-side state', () => {
    const name = uniqueIndexName('meili_state');
    let engine: MeilisearchSearchEngine | undefined;

    afterAll(async () => {
      await engine?.drop(name);
      await engine?.close();
    });

    it('applies the settings the semantics rely on, and rebuild leaves no temporary index', async () => {
      const client = new MeiliSearch({ host: url, apiKey: MEILI_MASTER_KEY });
      engine = new MeilisearchSearchEngine({ url, apiKey: MEILI_MASTER_KEY });
      await engine.ensureIndex(specFor(name));
      await engine.upsert(name, OPPORTUNITIES);
      await engine.rebuild(specFor(name), [OPPORTUNITIES.slice(0, 3)]);
      const settings = await client.index(name).getSettings();
      expect(settings.typoTolerance?.enabled).toBe(false);
      expect(settings.prefixSearch).toBe('disabled');
      expect(settings.faceting?.maxValuesPerFacet).toBe(1000);
      expect(settings.searchableAttributes).toEqual(['title', 'terms']);
      const { results } = await client.getIndexes({ limit: 1000 });
      expect(results.map((index) => index.uid).filter((uid) => uid.startsWith(`${name}__rebuild_`))).toEqual([]);
      expect(await engine.count(name)).toBe(3);
    });
  });
});
