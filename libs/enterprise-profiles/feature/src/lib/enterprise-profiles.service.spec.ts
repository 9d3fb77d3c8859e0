import { PreconditionFailedException, NotFoundException } from '@nestjs/common';
import { EnterpriseInputSchema } from '@fhk/contracts';
import { EmbeddedBusTransport, BusPublisher } from '@fhk/platform/bus';
import { OUTBOX_COLLECTION, OUTBOX_COLLECTIONS, OutboxRecord, OutboxRelay } from '@fhk/platform/outbox';
import { createDocumentStore, DocumentStore } from '@fhk/platform/store';
import { EnterpriseProfilesService } from './enterprise-profiles.service';
import { ENTERPRISE_COLLECTIONS, EnterpriseRepository } from './enterprise.repository';

describe('EnterpriseProfilesService', () => {
  let store: DocumentStore;
  let service: EnterpriseProfilesService;
  beforeEach(async () => {
    store = await createDocumentStore({ adapter: 'sqlite', file: ':memory:' });
    await store.init([...ENTERPRISE_COLLECTIONS, ...OUTBOX_COLLECTIONS]);
    const relay = new OutboxRelay(store, new BusPublisher(new EmbeddedBusTransport({ file: ':memory:' }).createPublisherClient()), { pollMs: 10_000 });
    service = new EnterpriseProfilesService(new EnterpriseRepository(store, relay));
  });
  afterEach(() => store.close());

  const events = async () =>
    (await store.find<OutboxRecord>(OUTBOX_COLLECTION, { orderBy: [['id', 'asc']] })).map((r) => JSON.parse(r.value).data as { version: number; deleted: boolean });

  it('publishes every change with the state it produced, in order', async () => {
    const created = await service.create(EnterpriseInputSchema.parse({ name: '福州軟件', city: '福州', employees: 25 }));
    const updated = await service.update(created.id, { employees: 30 }, 1);
    await service.remove(created.id, updated.version);
    expect((await events()).map((e) => [e.version, e.deleted])).toEqual([[1, false], [2, false], [3, true]]);
    await expect(service.get(created.id)).rejects.toBeInstanceOf(NotFoundException);
  });

  it('refuses a stale update and publishes nothing for it', async () => {
    const created = await service.create(EnterpriseInputSchema.parse({ name: '福州軟件', city: '福州' }));
    await service.update(created.id, { city: '廈門' }, 1);
    await expect(service.update(created.id, { city: '泉州' }, 1)).rejects.toBeInstanceOf(PreconditionFailedException);
    expect((await service.get(created.id)).city).toBe('廈門');
    expect(await events()).toHaveLength(2);
  });
});
