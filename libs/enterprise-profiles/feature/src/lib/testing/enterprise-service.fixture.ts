import { AUDIT_COLLECTIONS, AuditTrail } from '@fhk/platform/audit';
import { BusPublisher } from '@fhk/platform/bus';
import { EmbeddedBusTransport } from '@fhk/platform/bus-embedded';
import { OUTBOX_COLLECTIONS, OutboxRelay } from '@fhk/platform/outbox';
import { DocumentStore } from '@fhk/platform/store';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { EnterpriseProfilesService } from '../enterprise-profiles.service';
import { ENTERPRISE_COLLECTIONS, EnterpriseRepository } from '../enterprise.repository';

/** The service over an in-memory store with its outbox and audit trail (the relay never polls in a test). */
export async function openEnterpriseService(): Promise<{ store: DocumentStore; service: EnterpriseProfilesService }> {
  const store = new SqliteDocumentStore({ file: ':memory:' });
  await store.init([...ENTERPRISE_COLLECTIONS, ...OUTBOX_COLLECTIONS, ...AUDIT_COLLECTIONS]);
  const relay = new OutboxRelay(store, new BusPublisher(new EmbeddedBusTransport({ file: ':memory:' }).createPublisherClient()), { pollMs: 10_000 });
  return { store, service: new EnterpriseProfilesService(new EnterpriseRepository(store, relay, new AuditTrail(store, 'enterprise-profiles'))) };
}
