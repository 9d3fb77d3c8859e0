import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOrderBy, buildWhere } from './sqlite-query.builder';
import { SqliteDocumentStore } from './sqlite-document-store.adapter';
import { conditionsOf } from '@fhk/platform/store';
import type { Filter } from '@fhk/platform/store';

describe('SqliteDocumentStore (adapter specifics)', () => {
  let dir = '';
  const stores: SqliteDocumentStore[] = [];
  const open = (name: string, options: Partial<ConstructorParameters<typeof SqliteDocumentStore>[0]> = {}) => {
    const store = new SqliteDocumentStore({ file: join(dir, name), ...options });
    stores.push(store);
    return store;
  };

  /** SQLite's plan for the statement `sql` builds around the WHERE body of `where`, read on its own connection. */
  const queryPlan = (file: string, where: Filter, sql: (whereSql: string) => string): string => {
    const clause = buildWhere(conditionsOf(where));
    const raw = new Database(join(dir, file), { readonly: true });
    try {
      return (raw.prepare(`EXPLAIN QUERY PLAN ${sql(clause.sql)}`).all(...clause.params) as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    } finally {
      raw.close();
    }
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fhk-store-sqlite-'));
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens in WAL mode with synchronous=FULL by default, NORMAL on request', async () => {
    const full = open('modes.db');
    const normal = open('modes.db', { synchronous: 'normal' });
    const raw = new Database(join(dir, 'modes.db'));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    // synchronous is per connection: read it back through health().
    expect((await full.health()).detail).toMatch(/journal_mode=wal, synchronous=full/);
    expect((await normal.health()).detail).toMatch(/synchronous=normal/);
  });

  it('refuses an unknown synchronous mode', () => {
    const bad = { file: ':memory:', synchronous: 'off' } as unknown as ConstructorParameters<typeof SqliteDocumentStore>[0];
    expect(() => new SqliteDocumentStore(bad)).toThrow(/synchronous must be/);
  });

  it('works in memory', async () => {
    const store = new SqliteDocumentStore({ file: ':memory:' });
    stores.push(store);
    await store.init([{ name: 'things' }]);
    await store.commit([{ op: 'put', collection: 'things', document: { id: 'a' } }]);
    expect(await store.get('things', 'a')).toEqual({ id: 'a' });
  });

  it('keeps data across close and reopen, one table per collection with the JSON document', async () => {
    const first = open('reopen.db');
    await first.init([{ name: 'profiles', indexes: ['region'] }]);
    await first.commit([{ op: 'put', collection: 'profiles', document: { id: 'p1', region: '福建' } }]);
    await first.close();
    const second = open('reopen.db');
    await second.init([{ name: 'profiles', indexes: ['region'] }]);
    expect(await second.find('profiles', { where: { region: '福建' } })).toEqual([{ id: 'p1', region: '福建' }]);
    const raw = new Database(join(dir, 'reopen.db'), { readonly: true });
    expect(raw.prepare('SELECT id, doc FROM profiles').all()).toEqual([{ id: 'p1', doc: '{"id":"p1","region":"福建"}' }]);
    raw.close();
  });

  it('creates expression indexes that the generated queries use', async () => {
    const store = open('plan.db');
    await store.init([{ name: 'items', indexes: ['kind', 'meta.score'] }]);
    const plan = (where: Filter) => queryPlan('plan.db', where, (w) => `SELECT doc FROM items WHERE ${w} ORDER BY ${buildOrderBy([])}`);
    expect(plan({ kind: 'expo' })).toMatch(/USING INDEX ix:items:kind/);
    expect(plan({ kind: { $in: ['a', 'b'] } })).toMatch(/USING INDEX ix:items:kind/);
    expect(plan({ 'meta.score': { $gte: 3, $lt: 9 } })).toMatch(/USING INDEX ix:items:meta\.score/);
    expect(plan({ other: 'x' })).not.toMatch(/ix:items/);
  });

  it('answers type-guarded conditions and counts from the index alone (value and JSON type)', async () => {
    const store = open('covering.db');
    await store.init([{ name: 'rows', indexes: ['deleted', 'kind'] }]);
    const plan = (where: Filter) => queryPlan('covering.db', where, (w) => `SELECT COUNT(*) FROM rows WHERE ${w}`);
    expect(plan({ deleted: false })).toMatch(/USING COVERING INDEX ix:rows:deleted/);
    expect(plan({ kind: 'expo' })).toMatch(/USING COVERING INDEX ix:rows:kind/);
  });

  it('rebuilds an index of the older definition (the value alone) in place, keeping its name and the data', async () => {
    const file = join(dir, 'upgrade.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE "rows" (id TEXT PRIMARY KEY, doc TEXT NOT NULL) STRICT; CREATE INDEX "ix:rows:deleted" ON "rows" (json_extract(doc, '$.deleted'))`);
    old.prepare('INSERT INTO "rows" VALUES (?, ?)').run('r1', JSON.stringify({ id: 'r1', deleted: false }));
    old.prepare('INSERT INTO "rows" VALUES (?, ?)').run('r2', JSON.stringify({ id: 'r2', deleted: 0 }));
    old.close();
    const index = () => {
      const raw = new Database(file, { readonly: true });
      const { sql } = raw.prepare(`SELECT sql FROM sqlite_master WHERE name = 'ix:rows:deleted'`).get() as { sql: string };
      // Bumped by every change of the schema (a dropped or created index among them).
      const schemaVersion = raw.pragma('schema_version', { simple: true }) as number;
      raw.close();
      return { sql, schemaVersion };
    };
    const store = open('upgrade.db');
    await store.init([{ name: 'rows', indexes: ['deleted'] }]);
    expect(index().sql).toMatch(/json_type\(doc, '\$\.deleted'\)/);
    expect(await store.count('rows', { deleted: false })).toBe(1); // the number 0 is not false
    expect((await store.find('rows', { where: { deleted: 0 } })).map((r) => r.id)).toEqual(['r2']);
    const before = index();
    await open('upgrade.db').init([{ name: 'rows', indexes: ['deleted'] }]); // already current: not rebuilt
    expect(index()).toEqual(before);
  });

  it('binds values as parameters: quotes and SQL in values are just data', async () => {
    const store = open('inject.db');
    await store.init([{ name: 'notes' }]);
    const nasty = `x'); DROP TABLE notes; --"`;
    await store.commit([{ op: 'put', collection: 'notes', document: { id: nasty, text: nasty } }]);
    expect(await store.find('notes', { where: { text: nasty } })).toEqual([{ id: nasty, text: nasty }]);
    expect(await store.get('notes', nasty)).toEqual({ id: nasty, text: nasty });
  });

  it('waits busyTimeoutMs for another connection\'s write lock, then fails', async () => {
    const store = open('busy.db', { busyTimeoutMs: 50 });
    await store.init([{ name: 'jobs' }]);
    const locker = new Database(join(dir, 'busy.db'));
    locker.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    // Matched by code: better-sqlite3 registers its error class once per process, so under jest it can
    // come from another test file's realm and fail `toThrow`'s Error check.
    const error: unknown = await store.commit([{ op: 'put', collection: 'jobs', document: { id: 'j' } }]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    locker.exec('ROLLBACK');
    locker.close();
    await store.commit([{ op: 'put', collection: 'jobs', document: { id: 'j' } }]);
    expect(await store.count('jobs')).toBe(1);
  });

  it('reports unhealthy after close; close is idempotent', async () => {
    const store = open('closed.db');
    await store.close();
    await store.close();
    expect(await store.health()).toMatchObject({ ok: false, adapter: 'sqlite' });
  });
});
