import { DynamicModule, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { PlatformConfig, ServiceName } from '@fhk/platform/config';
import { BusPublisher } from '@fhk/platform/bus';
import { AUDIT_COLLECTIONS, AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { OUTBOX_COLLECTIONS, OutboxRelay } from '@fhk/platform/outbox';
import { CollectionSpec, DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';
import { HealthRegistry } from './health-registry';
import { PLATFORM_CONFIG, SERVICE_ADAPTERS, ServiceAdapters } from './platform-tokens';

export const SERVICE_NAME = Symbol('SERVICE_NAME');

class ServiceStoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(SERVICE_NAME) private readonly service: ServiceName,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly relay: OutboxRelay,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health.register(`${this.service}:store`, () => this.store.health());
    this.health.register(`${this.service}:outbox`, async () => {
      const pending = await this.relay.pendingCount();
      return { ok: true, detail: `${pending} event(s) waiting to be published`, counts: { pending } };
    });
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.store.close();
  }
}

/**
 * One service's own store (with its outbox and audit collections), the relay that publishes its
 * outbox, and its audit trail (`AUDIT_TRAIL`). Import it once per service module; each import is a separate store.
 */
@Module({})
export class ServiceStoreModule {
  static forService(service: ServiceName, collections: CollectionSpec[]): DynamicModule {
    return {
      module: ServiceStoreModule,
      providers: [
        { provide: SERVICE_NAME, useValue: service },
        {
          provide: DOCUMENT_STORE,
          inject: [SERVICE_ADAPTERS],
          useFactory: async (adapters: ServiceAdapters) => {
            const store = await adapters.openStore(service);
            await store.init([...collections, ...OUTBOX_COLLECTIONS, ...AUDIT_COLLECTIONS]);
            return store;
          },
        },
        {
          provide: OutboxRelay,
          inject: [DOCUMENT_STORE, BusPublisher, PLATFORM_CONFIG],
          useFactory: (store: DocumentStore, publisher: BusPublisher, config: PlatformConfig) =>
            new OutboxRelay(store, publisher, { pollMs: config.OUTBOX_POLL_MS }),
        },
        { provide: AUDIT_TRAIL, inject: [DOCUMENT_STORE], useFactory: (store: DocumentStore) => new AuditTrail(store, service) },
        ServiceStoreLifecycle,
      ],
      exports: [SERVICE_NAME, DOCUMENT_STORE, OutboxRelay, AUDIT_TRAIL],
    };
  }
}
