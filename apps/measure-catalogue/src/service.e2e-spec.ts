import { InProcessApp, startInProcess } from '@fhk/platform/runtime';
import { http, waitFor } from '@fhk/shared/util';
import { SERVICE } from './service';

/** The service boots alone, as its container does: seeds its own store, publishes, serves its API only. */
describe('measure-catalogue app, alone', () => {
  let p: InProcessApp;
  beforeAll(async () => (p = await startInProcess(SERVICE)), 60_000);
  afterAll(() => p.close());

  it('seeds its own store on first start and publishes every item through its outbox', async () => {
    expect((await http<{ total: number }>(`${p.url}/api/catalogue/measures`)).body.total).toBe(28);
    const outbox = async () => (await http<{ details: Record<string, { detail: string }> }>(`${p.url}/api/health/ready`)).body.details;
    expect(Object.keys(await outbox()).sort()).toEqual(['bus', 'measure-catalogue:outbox', 'measure-catalogue:store']);
    await waitFor(async () => (await outbox())['measure-catalogue:outbox'].detail.startsWith('0 event'), 'the outbox to drain');
  });

  it('has no other service’s endpoints', async () => {
    expect((await p.tokens.http('profiles-admin', `${p.url}/api/enterprises`)).status).toBe(404);
    expect((await p.tokens.http('calendar-admin', `${p.url}/api/calendar/events`)).status).toBe(404);
  });
});
