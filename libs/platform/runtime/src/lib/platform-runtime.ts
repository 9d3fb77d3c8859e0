import { ALL_EVENTS } from '@fhk/contracts';
import { BusTransport } from '@fhk/platform/bus';
import { PlatformConfig, SERVICE_NAMES, ServiceName } from '@fhk/platform/config';
import { SearchEngine } from '@fhk/platform/search';
import { ServiceAdapters } from '@fhk/platform/service-kit';
import { DocumentStore } from '@fhk/platform/store';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBusTransport } from './create-bus-transport';
import { openInDataDir, prepareDataDir } from './data-dir';
import { createDocumentStore } from './document-store.factory';
import { createSearchEngine } from './search-engine.factory';

/**
 * The composition root's choices, made once from validated config: which bus, which store,
 * which search engine. Only apps create a runtime; libraries receive what it opens.
 */
export class PlatformRuntime implements ServiceAdapters {
  readonly bus: BusTransport;
  readonly dataDir: string;

  constructor(
    readonly config: PlatformConfig,
    overrides: { bus?: BusTransport } = {},
  ) {
    this.dataDir = resolve(config.DATA_DIR);
    if (config.BUS_ADAPTER === 'embedded' || config.STORE_ADAPTER === 'sqlite') prepareDataDir(this.dataDir);
    this.bus =
      overrides.bus ??
      (config.BUS_ADAPTER === 'kafka'
        ? createBusTransport({
            adapter: 'kafka',
            brokers: (config.KAFKA_BROKERS ?? '').split(',').map((b) => b.trim()),
            clientId: config.KAFKA_CLIENT_ID,
            namespace: config.KAFKA_NAMESPACE,
          })
        : openInDataDir(this.dataDir, 'bus.sqlite', () => createBusTransport({ adapter: 'embedded', file: join(this.dataDir, 'bus.sqlite') })));
  }

  /**
   * Each service's own store: `<DATA_DIR>/<service>.sqlite`, or the MongoDB database named after
   * the service (so services sharing one MONGO_URL still never share a database).
   */
  openStore(service: ServiceName): Promise<DocumentStore> {
    return this.config.STORE_ADAPTER === 'mongo'
      ? createDocumentStore({ adapter: 'mongo', url: this.config.MONGO_URL ?? '', database: service })
      : openInDataDir(this.dataDir, `${service}.sqlite`, () => createDocumentStore({ adapter: 'sqlite', file: join(this.dataDir, `${service}.sqlite`) }));
  }

  /**
   * Before anything boots: every store file already in DATA_DIR opens (so a corrupt or unreadable
   * one stops the process with one DataDirError line, not a framework stack trace).
   */
  async checkDataDir(): Promise<void> {
    if (this.config.STORE_ADAPTER !== 'sqlite') return;
    for (const service of SERVICE_NAMES) {
      const file = join(this.dataDir, `${service}.sqlite`);
      if (!existsSync(file)) continue;
      const store = await openInDataDir(this.dataDir, `${service}.sqlite`, () => createDocumentStore({ adapter: 'sqlite', file }));
      await store.close();
    }
  }

  async openSearch(): Promise<SearchEngine> {
    return this.config.SEARCH_ADAPTER === 'meilisearch'
      ? createSearchEngine({ adapter: 'meilisearch', url: this.config.MEILI_URL ?? '', apiKey: this.config.MEILI_MASTER_KEY })
      : createSearchEngine({ adapter: 'orama', snapshotDir: this.config.SEARCH_SNAPSHOT && this.config.STORE_ADAPTER === 'sqlite' ? this.dataDir : undefined });
  }

  /** Creates every event topic and its dead-letter twin (Kafka); a no-op on the embedded bus. */
  ensureTopics(): Promise<void> {
    return this.bus.ensureTopics(ALL_EVENTS.map((e) => ({ topic: e.topic, compacted: e.compacted })));
  }

  async close(): Promise<void> {
    await this.bus.close();
  }
}
