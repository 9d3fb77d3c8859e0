import { Global, INestApplicationContext, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUDIT_LOG, AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { BusPublisher } from '@fhk/platform/bus';
import { EmbeddedBusTransport } from '@fhk/platform/bus-embedded';
import { loadConfig, ServiceName } from '@fhk/platform/config';
import { OUTBOX_COLLECTION } from '@fhk/platform/outbox';
import { SEARCH_ENGINE, SearchEngine } from '@fhk/platform/search';
import { OramaSearchEngine } from '@fhk/platform/search-orama';
import { DOCUMENT_STORE, DocumentStore, UnsupportedQueryError } from '@fhk/platform/store';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { HealthRegistry } from './health-registry';
import { PLATFORM_CONFIG, SERVICE_ADAPTERS, ServiceAdapters } from './platform-tokens';
import { ServiceSearchModule } from './service-search.module';
import { ServiceStoreModule } from './service-store.module';

/**
 * A service module gets its store and index through the SERVICE_ADAPTERS port: whatever the
 * process chose (here an in-memory SQLite store and Orama, as a runtime would) is what it uses.
 */
describe('ServiceStoreModule and ServiceSearchModule', () => {
  let dir: string;
  let bus: EmbeddedBusTransport;
  let context: INestApplicationContext;
  const opened: ServiceName[] = [];
  const stores: DocumentStore[] = [];
  const engines: SearchEngine[] = [];

  const adapters: ServiceAdapters = {
    openStore: async (service) => {
      opened.push(service);
      const store = new SqliteDocumentStore({ file: ':memory:' });
      stores.push(store);
      return store;
    },
    openSearch: async () => {
      const engine = new OramaSearchEngine();
      engines.push(engine);
      return engine;
    },
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'service-kit-'));
    bus = new EmbeddedBusTransport({ file: join(dir, 'bus.sqlite') });

    // What the runtime's PlatformCoreModule provides to every service module in a process.
    @Global()
    @Module({
      providers: [
        { provide: SERVICE_ADAPTERS, useValue: adapters },
        { provide: PLATFORM_CONFIG, useValue: loadConfig({ DATA_DIR: dir }) },
        { provide: BusPublisher, useFactory: () => new BusPublisher(bus.createPublisherClient()) },
        HealthRegistry,
      ],
      exports: [SERVICE_ADAPTERS, PLATFORM_CONFIG, BusPublisher, HealthRegistry],
    })
    class ProcessModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [ProcessModule, ServiceStoreModule.forService('matcher', [{ name: 'things' }]), ServiceSearchModule.forRoot()],
    }).compile();
    context = await moduleRef.init();
  });

  afterAll(async () => {
    await context.close();
    await context.get(BusPublisher).close();
    await bus.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the service’s own store through the port, with its collections, the outbox and the audit log declared', async () => {
    expect(opened).toEqual(['matcher']);
    const store = context.get<DocumentStore>(DOCUMENT_STORE);
    expect(store).toBe(stores[0]);
    await store.commit([{ op: 'put', collection: 'things', document: { id: 't1', version: 1 } }]);
    expect(await store.get('things', 't1')).toMatchObject({ id: 't1' });
    expect(await store.count(OUTBOX_COLLECTION, {})).toBe(0);
    expect(await store.count(AUDIT_LOG, {})).toBe(0);
    await expect(store.commit([{ op: 'put', collection: 'undeclared', document: { id: 'x', version: 1 } }])).rejects.toBeInstanceOf(
      UnsupportedQueryError,
    );
    expect(context.get<AuditTrail>(AUDIT_TRAIL)).toBeInstanceOf(AuditTrail);
  });

  it('hands the search engine the process opened to the service', () => {
    expect(context.get(SEARCH_ENGINE)).toBe(engines[0]);
  });

  it('registers one readiness check per dependency, under the service’s name', async () => {
    const checks = new Map(context.get(HealthRegistry).entries());
    expect([...checks.keys()].sort()).toEqual(['matcher:outbox', 'matcher:search', 'matcher:store']);
    expect(await checks.get('matcher:outbox')!()).toEqual({ ok: true, detail: '0 event(s) waiting to be published', counts: { pending: 0 } });
    expect(await checks.get('matcher:store')!()).toMatchObject({ ok: true, adapter: 'sqlite' });
    expect(await checks.get('matcher:search')!()).toMatchObject({ ok: true, adapter: 'orama' });
  });
});
