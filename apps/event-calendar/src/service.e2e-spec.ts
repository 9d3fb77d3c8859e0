import { loadCalendarSeed } from '@fhk/event-calendar/feature';
import { InProcessApp, startInProcess } from '@fhk/platform/runtime';
import { http } from '@fhk/shared/util';
import { SERVICE } from './service';

/** The service boots alone, as its container does, and serves its own API only. */
describe('event-calendar app, alone', () => {
  let p: InProcessApp;
  beforeAll(async () => (p = await startInProcess(SERVICE)), 60_000);
  afterAll(() => p.close());

  it('seeds and serves the calendar', async () => {
    const events = await p.tokens.http<{ total: number }>('calendar-admin', `${p.url}/api/calendar/events`);
    expect(events.body.total).toBe(loadCalendarSeed().length); // every seeded event
    const health = await http<{ details: Record<string, unknown> }>(`${p.url}/api/health/ready`);
    expect(Object.keys(health.body.details).sort()).toEqual(['bus', 'event-calendar:outbox', 'event-calendar:store']);
  });

  it('has no other service’s endpoints', async () => {
    expect((await http(`${p.url}/api/catalogue/measures`)).status).toBe(404);
  });
});
