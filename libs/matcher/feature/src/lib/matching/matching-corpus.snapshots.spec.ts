import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { types } from 'node:util';
import type { CalendarEvent, Enterprise } from '@fhk/contracts';
import { AuditTrail } from '@fhk/platform/audit';
import { HealthRegistry } from '@fhk/platform/service-kit';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore } from '@fhk/platform/store';
import { encodeSnapshot, writeSnapshotFile } from '@fhk/shared/util';
import { compactMatchable, EnterpriseIndex, OpportunityCorpus, outreachPage, toMatchableEnterprise } from '@fhk/matcher/core';
import { ENTERPRISE_READ_MODEL, EnterpriseRow, MATCHER_COLLECTIONS, OPPORTUNITY_READ_MODEL, OpportunityRow } from '../read-model/read-model.collections';
import { ReadModelChanges } from '../read-model/read-model-changes';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { MatchingCorpusService } from './matching-corpus.service';
import { serialize } from 'node:v8';
import { analysisFingerprint, corpusAnalysisFingerprint, firmAnalysisFingerprint, MatchingCorpusSnapshots, MatchingFirmSnapshots } from './matching-corpus.snapshots';

const INDUSTRIES = ['tea', 'stone-building-materials', 'toys-games', 'apparel-textiles', 'electronics'];
const text = (zh: string, en: string) => ({ 'zh-Hant': zh, 'zh-Hans': zh, en });
const fair = (id: string, version: number, i: number): CalendarEvent => ({
  id, slug: id, kind: 'calendar-event', version, eventType: 'fair',
  name: text(`測試展${i}`, `Test Fair ${i}`), summary: text(i % 2 ? '安溪鐵觀音' : '石材出口', i % 2 ? 'Tea' : 'Stone export'), organiser: text('主辦', 'Organiser'), city: text('香港', 'Hong Kong'), venue: null,
  tags: { industries: [INDUSTRIES[i % INDUSTRIES.length]] as CalendarEvent['tags']['industries'], needs: ['exhibit-find-buyers'], markets: [], audiences: [], serves: [] },
  measures: [], officialUrl: null, sample: false, tentative: false, notes: null, requires: [], recurrence: { frequency: 'annual', usualMonth: 1 + (i % 12) }, nextEdition: null,
});
/**
 * Profiles as plain arrays and objects, Sets and Maps in their order. (`v8.deserialize` makes them in
 * Node's own realm, not in Jest's, whose `toEqual` cannot read such Sets.)
 */
const plain = (v: unknown): unknown => {
  if (types.isSet(v)) return { set: [...(v as Set<unknown>)].map(plain) };
  if (types.isMap(v)) return { map: [...(v as Map<unknown, unknown>)].map(([k, x]) => [k, plain(x)]) };
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
};
const row = (i: number, version = 1, deleted = false): OpportunityRow => ({
  id: `event:fair-${i}`, type: 'event', entityId: `fair-${i}`, version, deleted, entity: deleted ? null : fair(`fair-${i}`, version, i + version),
});

const FIRM_INDUSTRIES = ['石材', '茶葉', '玩具', '服裝', '電子'];
const firm = (i: number, version: number): Enterprise => ({
  id: `firm-${i}`, version, name: `企業${i}`, city: i % 3 ? '廈門' : '泉州', industry: FIRM_INDUSTRIES[(i + version) % FIRM_INDUSTRIES.length],
  products: i % 2 ? '安溪鐵觀音' : '花崗岩', needs: '參展找買家', markets: i % 4 ? '東盟' : '', employees: 10 + i, language: null,
  outreachConsent: i % 5 !== 0, ownerId: null, contact: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
});
const firmRow = (i: number, version = 1, deleted = false): EnterpriseRow => ({ id: `firm-${i}`, version, deleted, entity: deleted ? null : firm(i, version) });

describe('the matching corpus across restarts (ADR 0021)', () => {
  let dir: string;
  let store: DocumentStore;
  const put = (rows: OpportunityRow[]) => store.commit(rows.map((document) => ({ op: 'put' as const, collection: OPPORTUNITY_READ_MODEL, document })));

  /** A started service on the store and the snapshot directory, with its readiness check. */
  const start = async () => {
    const health = new HealthRegistry();
    const readModel = new ReadModelRepository(store, new AuditTrail(store, 'matcher'));
    const changes = new ReadModelChanges();
    const service = new MatchingCorpusService(readModel, changes, MatchingCorpusSnapshots.inDirectory(dir), health, MatchingFirmSnapshots.inDirectory(dir));
    await service.onApplicationBootstrap();
    const ready = health.entries().find(([name]) => name === 'matcher:corpus')![1];
    return { service, ready, changes };
  };
  /** Waited for until ready; how many rows it had to analyse. */
  const waitReady = async (started: Awaited<ReturnType<typeof start>>) => {
    let health = await started.ready();
    for (let i = 0; !health.ok && i < 600; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      health = await started.ready();
    }
    expect(health.ok).toBe(true);
    const analysed = Number(/(\d+) analysed/.exec(health.detail ?? '')?.[1]);
    return { ...started, analysed };
  };
  const startAndWait = async () => waitReady(await start());
  /** The corpus analysing every live row afresh: what every start must equal. */
  const fresh = async () => {
    const rows = await store.find<OpportunityRow>(OPPORTUNITY_READ_MODEL, { where: { deleted: false } });
    return plain(OpportunityCorpus.fromEntities(rows.map((r) => r.entity!), { orderByKey: true }).profiles);
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'matcher-corpus-snapshot-'));
    store = new SqliteDocumentStore({ file: join(dir, 'matcher.sqlite') });
    await store.init(MATCHER_COLLECTIONS);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is built at start without a request, and readiness waits for it', async () => {
    await put(Array.from({ length: 20 }, (_, i) => row(i)));
    const started = await start();
    // Nothing has been built yet when the application has just started.
    await expect(started.ready()).resolves.toMatchObject({ ok: false, detail: 'being built after start' });
    const { analysed, service } = await waitReady(started);
    expect(analysed).toBe(20);
    expect(plain((await service.opportunities()).profiles)).toEqual(await fresh());
    await service.beforeApplicationShutdown();
  });

  it('a restart takes the saved analyses (several chunks) and analyses nothing again', async () => {
    await put(Array.from({ length: 520 }, (_, i) => row(i)));
    const first = await startAndWait();
    expect(first.analysed).toBe(520);
    await first.service.beforeApplicationShutdown();
    const second = await startAndWait();
    expect(second.analysed).toBe(0);
    expect(plain((await second.service.opportunities()).profiles)).toEqual(await fresh());
  });

  it('rows changed, added or deleted after the snapshot are analysed again; the rest is kept', async () => {
    await put(Array.from({ length: 30 }, (_, i) => row(i)));
    const first = await startAndWait();
    await first.service.beforeApplicationShutdown();
    await put([row(3, 2), row(7, 2, true), row(30), row(31)]);
    const second = await startAndWait();
    // The newer version and the two new rows; a deleted row is simply not live.
    expect(second.analysed).toBe(3);
    const corpus = await second.service.opportunities();
    expect(plain(corpus.profiles)).toEqual(await fresh());
    expect(corpus.get('event', 'fair-7')).toBeUndefined();
    expect(corpus.size).toBe(31);
  });

  it('a stop before the first build is done keeps the snapshot there was', async () => {
    await put(Array.from({ length: 12 }, (_, i) => row(i)));
    const first = await startAndWait();
    await first.service.beforeApplicationShutdown();
    await put(Array.from({ length: 300 }, (_, i) => row(100 + i)));
    const stopped = await start();
    await stopped.service.beforeApplicationShutdown();
    const saved = await MatchingCorpusSnapshots.inDirectory(dir).load();
    expect('analyses' in saved && saved.analyses.size).toBe(12);
    // The build it had begun still finishes (its own snapshot is then saved: it analysed 300 of 312).
    expect((await waitReady(stopped)).analysed).toBe(300);
    await stopped.service.beforeApplicationShutdown();
  });

  it('a stop writes the corpus snapshot again only when an analysis changed since the file was read or written', async () => {
    await put(Array.from({ length: 15 }, (_, i) => row(i)));
    const first = await startAndWait();
    await first.service.beforeApplicationShutdown();
    const file = join(dir, 'matcher-corpus.snapshot');
    // A start that took the file whole and changed nothing leaves it as it is.
    const unchanged = await startAndWait();
    expect(unchanged.analysed).toBe(0);
    utimesSync(file, 1, 1);
    await unchanged.service.beforeApplicationShutdown();
    expect(statSync(file).mtimeMs).toBe(1000);
    // A change applied while running is written at the stop: the next start analyses nothing.
    const changed = await startAndWait();
    await put([row(4, 2)]);
    await changed.changes.publish({ kind: 'opportunity', entityId: 'fair-4', rowId: 'event:fair-4' });
    await changed.service.opportunities();
    await changed.service.beforeApplicationShutdown();
    expect(statSync(file).mtimeMs).not.toBe(1000);
    const next = await startAndWait();
    expect(next.analysed).toBe(0);
    expect(plain((await next.service.opportunities()).profiles)).toEqual(await fresh());
    await next.service.beforeApplicationShutdown();
  });

  it('a truncated or corrupt snapshot, or one of another analysis, is not used', async () => {
    await put(Array.from({ length: 12 }, (_, i) => row(i)));
    const first = await startAndWait();
    await first.service.beforeApplicationShutdown();
    const file = join(dir, 'matcher-corpus.snapshot');
    const saved = readFileSync(file);
    const snapshots = MatchingCorpusSnapshots.inDirectory(dir);
    await expect(snapshots.load()).resolves.toHaveProperty('analyses');

    writeFileSync(file, saved.subarray(0, saved.length - 10));
    await expect(snapshots.load()).resolves.toEqual({ problem: 'checksum mismatch (truncated or corrupt)' });
    const afterCorrupt = await startAndWait();
    expect(afterCorrupt.analysed).toBe(12);
    // It saved a good snapshot again (at once, having analysed every row; and at shutdown).
    await afterCorrupt.service.beforeApplicationShutdown();
    await expect(snapshots.load()).resolves.toHaveProperty('analyses');

    await writeSnapshotFile(file, encodeSnapshot([{ kind: 'matcher-corpus', fingerprint: `not-${corpusAnalysisFingerprint()}` }]));
    await expect(snapshots.load()).resolves.toEqual({ problem: 'snapshot of another analysis' });
    const other = await startAndWait();
    expect(other.analysed).toBe(12);
    expect(plain((await other.service.opportunities()).profiles)).toEqual(await fresh());
    await other.service.beforeApplicationShutdown();
  });

  it('is off without a data directory of its own (other stores, SEARCH_SNAPSHOT=false)', async () => {
    const off = new MatchingCorpusSnapshots({ DATA_DIR: dir, SEARCH_SNAPSHOT: false, STORE_ADAPTER: 'sqlite' });
    expect(off.enabled).toBe(false);
    expect(new MatchingCorpusSnapshots({ DATA_DIR: dir, SEARCH_SNAPSHOT: true, STORE_ADAPTER: 'mongo' }).enabled).toBe(false);
    await expect(off.save(new Map())).resolves.toBeNull();
    await expect(off.load()).resolves.toEqual({ problem: 'corpus snapshots are off' });
  });

  describe('the firm index', () => {
    const putFirms = (rows: EnterpriseRow[]) => store.commit(rows.map((document) => ({ op: 'put' as const, collection: ENTERPRISE_READ_MODEL, document })));
    /** Started, the corpus ready and the firm index loaded; how many firms that load analysed. */
    const loaded = async () => {
      const started = await startAndWait();
      const index = await started.service.enterprises();
      return { ...started, index, firmsAnalysed: started.service.lastFirmLoad!.analysed };
    };
    /** Each live firm analysed afresh, in the read model's order: what every restored index must equal. */
    const freshIndex = async () => {
      const index = new EnterpriseIndex();
      for (const r of await store.find<EnterpriseRow>(ENTERPRISE_READ_MODEL, { where: { deleted: false } })) index.upsert(compactMatchable(toMatchableEnterprise(r.entity!)));
      return index;
    };
    const firmsOf = (index: EnterpriseIndex) => plain(Array.from({ length: index.slots }, (_, slot) => index.firmAt(slot)).filter(Boolean));
    /** Every opportunity's first outreach page (and total) over this index. */
    const outreach = async (service: MatchingCorpusService, index: EnterpriseIndex) => {
      const corpus = await service.opportunities();
      return corpus.profiles.map((o) => plain(outreachPage(o, index, { consentingOnly: false }, corpus, { today: '2026-12-02', language: 'en', offset: 0, limit: 20 })));
    };
    const savedFirms = async () => {
      const saved = await MatchingFirmSnapshots.inDirectory(dir).load();
      return 'analyses' in saved ? saved.analyses.size : saved.problem;
    };

    beforeEach(async () => {
      await put(Array.from({ length: 6 }, (_, i) => row(i)));
    });

    it('a restart takes every saved analysis (several chunks), and outreach pages equal those of a fresh index', async () => {
      await putFirms(Array.from({ length: 620 }, (_, i) => firmRow(i)));
      const first = await loaded();
      expect(first.firmsAnalysed).toBe(620);
      await first.service.beforeApplicationShutdown();
      expect(await savedFirms()).toBe(620);
      const second = await loaded();
      expect(second.firmsAnalysed).toBe(0);
      const fresh = await freshIndex();
      expect(firmsOf(second.index)).toEqual(firmsOf(fresh));
      const pages = await outreach(second.service, second.index);
      expect(pages.some((p) => (p as { total: number }).total > 0)).toBe(true);
      expect(pages).toEqual(await outreach(second.service, fresh));
      // Nothing changed since the file was read: shutdown does not write it again.
      const saves = jest.spyOn(MatchingFirmSnapshots.prototype, 'save');
      await second.service.beforeApplicationShutdown();
      expect(saves).not.toHaveBeenCalled();
      saves.mockRestore();
      expect(await savedFirms()).toBe(620);
    });

    it('firms changed or added after the snapshot are analysed again, deleted ones dropped', async () => {
      await putFirms(Array.from({ length: 40 }, (_, i) => firmRow(i)));
      const first = await loaded();
      await first.service.beforeApplicationShutdown();
      await putFirms([firmRow(3, 2), firmRow(7, 2, true), firmRow(40), firmRow(41)]);
      const wholeRows = jest.spyOn(store, 'find');
      const second = await loaded();
      // The load compares ids and versions; it reads whole only the four rows not saved at their version.
      const firmReads = wholeRows.mock.calls.map(([collection], at) => (collection === ENTERPRISE_READ_MODEL ? (wholeRows.mock.results[at].value as Promise<EnterpriseRow[]>) : []));
      const read = (await Promise.all(firmReads)).flat().map((row) => row.id);
      wholeRows.mockRestore();
      expect(read.sort()).toEqual(['firm-3', 'firm-40', 'firm-41', 'firm-7']);
      expect(second.firmsAnalysed).toBe(3);
      expect(second.index.get('firm-7')).toBeUndefined();
      expect(second.index.size).toBe(41);
      expect(plain(second.index.get('firm-3'))).toEqual(plain(compactMatchable(toMatchableEnterprise(firm(3, 2)))));
      const fresh = await freshIndex();
      expect(firmsOf(second.index)).toEqual(firmsOf(fresh));
      expect(await outreach(second.service, second.index)).toEqual(await outreach(second.service, fresh));
      // Its shutdown saves the index as it is now: the deleted firm is gone from the file too.
      await second.service.beforeApplicationShutdown();
      expect(await savedFirms()).toBe(41);
    });

    it('a corrupt snapshot, or one of another analysis, is not used: every firm is analysed', async () => {
      await putFirms(Array.from({ length: 15 }, (_, i) => firmRow(i)));
      await (await loaded()).service.beforeApplicationShutdown();
      const file = join(dir, 'matcher-firms.snapshot');
      const saved = readFileSync(file);
      writeFileSync(file, saved.subarray(0, saved.length - 10));
      await expect(savedFirms()).resolves.toBe('checksum mismatch (truncated or corrupt)');
      const afterCorrupt = await loaded();
      expect(afterCorrupt.firmsAnalysed).toBe(15);
      await afterCorrupt.service.beforeApplicationShutdown();
      await expect(savedFirms()).resolves.toBe(15);

      await writeSnapshotFile(file, encodeSnapshot([{ kind: 'matcher-firms', fingerprint: `not-${firmAnalysisFingerprint()}` }]));
      await expect(savedFirms()).resolves.toBe('snapshot of another analysis');
      const other = await loaded();
      expect(other.firmsAnalysed).toBe(15);
      expect(firmsOf(other.index)).toEqual(firmsOf(await freshIndex()));
      await other.service.beforeApplicationShutdown();
      // A corpus snapshot is not a firm snapshot (nor the other way round).
      writeFileSync(file, readFileSync(join(dir, 'matcher-corpus.snapshot')));
      await expect(savedFirms()).resolves.toBe('not a firm snapshot');
    });

    it('a stop before the firm index is loaded in full keeps the snapshot there was', async () => {
      await putFirms(Array.from({ length: 10 }, (_, i) => firmRow(i)));
      await (await loaded()).service.beforeApplicationShutdown();
      await putFirms(Array.from({ length: 300 }, (_, i) => firmRow(100 + i)));
      const stopped = await startAndWait();
      const loading = stopped.service.enterprises();
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
      await stopped.service.beforeApplicationShutdown();
      expect((await loading).size).toBeLessThan(310);
      expect(stopped.service.lastFirmLoad).toBeNull();
      expect(await savedFirms()).toBe(10);
    });

    it('a load that analysed more than a tenth of the firms saves the snapshot at once', async () => {
      await putFirms(Array.from({ length: 12 }, (_, i) => firmRow(i)));
      const saves = jest.spyOn(MatchingFirmSnapshots.prototype, 'save');
      const started = await loaded();
      // Saved after the load, before any shutdown. (Not read while being written: a read removes a writer's temporary file.)
      for (let i = 0; saves.mock.results.length === 0 && i < 600; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      await saves.mock.results[0]?.value;
      saves.mockRestore();
      expect(await savedFirms()).toBe(12);
      await started.service.beforeApplicationShutdown();
    });
  });

  it('a fingerprint does not depend on which objects an analysis shares (what the analysis cache held)', () => {
    // The same analysis, once with one Set in two places (as a cached result handed out twice), once with two.
    const tokens = new Set(['茶', 'tea']);
    const sharing = { title: tokens, body: tokens, weights: new Map([['茶', [1, 2]]]) };
    const apart = { title: new Set(['茶', 'tea']), body: new Set(['茶', 'tea']), weights: new Map([['茶', [1, 2]]]) };
    expect(plain(sharing)).toEqual(plain(apart));
    // `v8.serialize` alone writes a shared object once, then a reference to it.
    expect(serialize(sharing).equals(serialize(apart))).toBe(false);
    expect(analysisFingerprint([sharing])).toBe(analysisFingerprint([apart]));
    expect(analysisFingerprint([sharing])).not.toBe(analysisFingerprint([{ ...apart, body: new Set(['茶']) }]));
  });

  it('a fingerprint does not depend on how V8 holds a string (a Latin word sliced out of a Chinese text is two-byte)', () => {
    const sliced = '茶granite slabs and tiles'.slice(1);
    const flat = ['granite', 'slabs and tiles'].join(' ');
    expect(sliced).toBe(flat);
    // `v8.serialize` writes the sliced one as two-byte, the flat one as one-byte.
    expect(serialize(new Set([sliced])).equals(serialize(new Set([flat])))).toBe(false);
    expect(analysisFingerprint([new Set([sliced])])).toBe(analysisFingerprint([new Set([flat])]));
    expect(analysisFingerprint([new Set([flat])])).not.toBe(analysisFingerprint([new Set([flat, 'tea'])]));
  });
});
