import { catchUpHealth } from './catch-up.health';

describe('matcher readiness', () => {
  it('is not ready until the consumer caught up once, then stays ready and reports the lag', async () => {
    const lags = [5000, 12, 0, 30, 0];
    const check = catchUpHealth(async () => lags.shift()!);
    expect(await check()).toEqual({ ok: false, detail: 'catching up after start: 5000 event(s) behind', counts: { lag: 5000 } });
    expect((await check()).ok).toBe(false);
    expect(await check()).toEqual({ ok: true, detail: '0 event(s) behind', counts: { lag: 0 } });
    expect(await check()).toMatchObject({ ok: true, counts: { lag: 30 } });
  });
});
