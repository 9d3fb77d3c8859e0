/**
 * The search port's contract, written once and run against every adapter
 * (see search-engine.contract-spec.ts). It compares result sets (sorted ids), filters, facet counts
 * and totals, never rank order, which is engine-specific.
 *
 * Jest globals are only touched when the function is called, so exporting it from the library's
 * index costs nothing at run time.
 */
import { SearchDocument, SearchEngine } from './search-engine.port';
import { SearchEngineClosedError } from './search.errors';
import { ContractContext, specFor, uniqueIndexName } from './search-engine.contract.fixtures';
import { describeReadContract } from './search-engine-read.contract';
import { describeWriteContract } from './search-engine-write.contract';
import { describeOracleContract } from './search-engine-oracle.contract';

export function describeSearchEngineContract(label: string, makeEngine: () => Promise<SearchEngine>): void {
  describe(`SearchEngine contract: ${label}`, () => {
    let current: SearchEngine | undefined;
    const created = new Set<string>();

    const ctx: ContractContext = {
      engine() {
        if (!current) throw new Error('the engine under test was not created');
        return current;
      },
      track(name) {
        created.add(name);
        return name;
      },
      async freshIndex(documents: SearchDocument[] = [], extraFilterable: string[] = []) {
        const name = ctx.track(uniqueIndexName(label));
        await ctx.engine().ensureIndex(specFor(name, extraFilterable));
        if (documents.length > 0) await ctx.engine().upsert(name, documents);
        return name;
      },
    };

    beforeAll(async () => {
      current = await makeEngine();
    });

    afterAll(async () => {
      if (!current) return;
      for (const name of created) await current.drop(name).catch(() => undefined);
      await current.close();
    });

    describeReadContract(ctx);
    describeWriteContract(ctx);
    describeOracleContract(ctx);

    describe('close', () => {
      it('releases the engine: it reports unhealthy and refuses further calls', async () => {
        const engine = await makeEngine();
        await engine.close();
        expect(await engine.health()).toMatchObject({ ok: false, adapter: engine.adapter });
        await expect(engine.search('anything', { text: '' })).rejects.toBeInstanceOf(SearchEngineClosedError);
        await expect(engine.ensureIndex(specFor('anything'))).rejects.toBeInstanceOf(SearchEngineClosedError);
      });
    });
  });
}
