import { buildEvent, EnterpriseChangedEvent } from '@fhk/contracts';
import { InProcessApp, startInProcess } from '@fhk/platform/runtime';
import { http, waitFor } from '@fhk/shared/util';
import { BusPublisher } from '@fhk/platform/bus';
import { SERVICE } from './service';

/**
 * The matcher boots alone, as its container does: it owns no source data, only what arrives on
 * the bus. An event published by "another service" (here, the test) reaches its index.
 */
describe('matcher app, alone', () => {
  let p: InProcessApp;
  beforeAll(async () => (p = await startInProcess(SERVICE)), 60_000);
  afterAll(() => p.close());

  it('starts empty, with its store, search engine and index ready', async () => {
    const { status, body } = await http<{ details: Record<string, unknown> }>(`${p.url}/api/health/ready`);
    expect(status).toBe(200);
    expect(Object.keys(body.details).sort()).toEqual(['bus', 'matcher:consumer', 'matcher:corpus', 'matcher:index', 'matcher:outbox', 'matcher:search', 'matcher:store']);
    expect((await p.tokens.http<{ total: number }>('platform-admin', `${p.url}/api/search?q=`)).body.total).toBe(0);
  });

  it('indexes what arrives on the bus', async () => {
    const now = new Date().toISOString();
    const entity = { id: 'e-1', version: 1, name: '漳州罐頭食品', city: '漳州', industry: '食品', products: '罐頭', needs: '', markets: '', employees: 50, language: null, outreachConsent: true, ownerId: null, contact: null, createdAt: now, updatedAt: now };
    const envelope = buildEvent(EnterpriseChangedEvent, { id: 'e-1', version: 1, deleted: false, entity }, { id: 'evt-1', source: 'urn:test' });
    const publisher = new BusPublisher(p.runtime.bus.createPublisherClient());
    await publisher.publish(EnterpriseChangedEvent.topic, { key: 'e-1', value: JSON.stringify(envelope), headers: {} });
    await waitFor(async () => (await p.tokens.http<{ total: number }>('platform-admin', `${p.url}/api/search?type=enterprise&q=${encodeURIComponent('罐頭')}`)).body.total === 1, 'the event in the index');
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises`)).status).toBe(404);
  });
});
