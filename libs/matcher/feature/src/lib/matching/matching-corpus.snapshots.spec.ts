import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { types } from 'node:util';
import type { CalendarEvent } from '@fhk/contracts';
import { AuditTrail } from '@fhk/platform/audit';
import { HealthRegistry } from '@fhk/platform/service-kit';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore } from '@fhk/platform/store';
import { encodeSnapshot, writeSnapshotFile } from '@fhk/shared/util';
import { OpportunityCorpus } from '@fhk/matcher/core';
import { MATCHER_COLLECTIONS, OPPORTUNITY_READ_MODEL, OpportunityRow } from '../read-model/read-model.collections';
import { ReadModelChanges } from '../read-model/read-model-changes';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { MatchingCorpusService } from './matching-corpus.service';
import { corpusAnalysisFingerprint, MatchingCorpusSnapshots } from './matching-corpus.snapshots';

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

describe('the matching corpus across restarts (ADR 0021)', () => {
  let dir: string;
  let store: DocumentStore;
  const put = (rows: OpportunityRow[]) => store.commit(rows.map((document) => ({ op: 'put' as const, collection: OPPORTUNITY_READ_MODEL, document })));

  /** A started service on the store and the snapshot directory, with its readiness check. */
  const start = async () => {
    const health = new HealthRegistry();
    const service = new MatchingCorpusService(new ReadModelRepository(store, new AuditTrail(store, 'matcher')), new ReadModelChanges(), MatchingCorpusSnapshots.inDirectory(dir), health);
    await service.onApplicationBootstrap();
    const ready = health.entries().find(([name]) => name === 'matcher:corpus')![1];
    return { service, ready };
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

    await writeSnapshotFile(file, encodeSnapshot({ kind: 'matcher-corpus', fingerprint: `not-${corpusAnalysisFingerprint()}`, chunks: [] }));
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
});
