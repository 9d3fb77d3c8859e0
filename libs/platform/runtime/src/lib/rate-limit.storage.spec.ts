import { ThrottlerStorageService } from '@nestjs/throttler';
import { mulberry32 } from '@fhk/shared/util';
import { WindowThrottlerStorage } from './rate-limit.storage';

/**
 * The rate-limit storage must count, block and answer (the numbers behind X-RateLimit-* and
 * Retry-After) exactly as @nestjs/throttler's own in-memory storage does: the two are driven
 * through the same seeded sequences of requests on a fake clock and compared answer by answer.
 */
describe('WindowThrottlerStorage answers as ThrottlerStorageService', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date('2026-12-02T06:00:00Z'));
  });
  afterEach(() => jest.useRealTimers());

  /**
   * `steps` requests over `keys` keys and two throttlers (a key is one throttler's, as the guard
   * makes them), the clock moving up to `maxStepMs` between them; every answer of ours that differs
   * from theirs, and how many of theirs were blocked. Idle keys are swept now and then on both.
   */
  async function differences(seed: number, steps: number, options: { limit: number; ttl: number; blockDuration: number; maxStepMs: number; keys: number }, ourTtl = options.ttl) {
    const rng = mulberry32(seed);
    const theirs = new ThrottlerStorageService();
    const ours = new WindowThrottlerStorage();
    const differ: string[] = [];
    let blocked = 0;
    try {
      for (let i = 0; i < steps; i++) {
        jest.setSystemTime(Date.now() + Math.floor(rng() * options.maxStepMs));
        const name = rng() < 0.5 ? 'all' : 'writes';
        const args = [`key-${Math.floor(rng() * options.keys)}-${name}`, options.ttl, options.limit, options.blockDuration, name] as const;
        const expected = await theirs.increment(...args);
        const actual = await ours.increment(args[0], ourTtl, args[2], args[3], args[4]);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) differ.push(`step ${i} ${args.join(' ')}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
        if (expected.isBlocked) blocked++;
        if (i % 97 === 0) {
          // Their sweep, run now instead of once a minute (private in its types).
          (theirs as unknown as { evictIdleRecords(): void }).evictIdleRecords();
          ours.evictIdle();
          if (ours.size !== theirs.storage.size) differ.push(`step ${i}: ${ours.size} keys kept ≠ ${theirs.storage.size}`);
        }
      }
    } finally {
      theirs.onApplicationShutdown();
      ours.close();
    }
    return { differ, blocked };
  }

  it('counts, blocks, unblocks and keeps keys as theirs does (with a block duration, with none, long and short windows)', async () => {
    for (const [seed, options] of [
      [1, { limit: 5, ttl: 2000, blockDuration: 2000, maxStepMs: 300, keys: 3 }],
      [2, { limit: 3, ttl: 1000, blockDuration: 5000, maxStepMs: 500, keys: 4 }],
      [3, { limit: 4, ttl: 3000, blockDuration: 0, maxStepMs: 400, keys: 2 }],
      [4, { limit: 1000, ttl: 60_000, blockDuration: 60_000, maxStepMs: 5, keys: 1 }],
    ] as const) {
      const { differ, blocked } = await differences(seed, 4000, options);
      expect(differ).toEqual([]);
      expect(blocked).toBeGreaterThan(50);
    }
  });

  it('catches a window one millisecond longer', async () => {
    const options = { limit: 5, ttl: 2000, blockDuration: 2000, maxStepMs: 300, keys: 3 };
    expect((await differences(1, 4000, options, options.ttl + 1)).differ.length).toBeGreaterThan(0);
  });

  it('keeps each request cheap under a large limit (no copy of every live hit per request)', () => {
    const ours = new WindowThrottlerStorage();
    try {
      let last = ours.incrementNow('k', 60_000, 10_000_000, 60_000, 'all');
      for (let i = 0; i < 200_000; i++) {
        if (i % 4 === 0) jest.setSystemTime(Date.now() + 1);
        last = ours.incrementNow('k', 60_000, 10_000_000, 60_000, 'all');
      }
      // 50 s of hits all live, then a minute later only those of the last minute.
      expect(last.totalHits).toBe(200_001);
      jest.setSystemTime(Date.now() + 30_000);
      expect(ours.incrementNow('k', 60_000, 10_000_000, 60_000, 'all').totalHits).toBe(1 + 4 * 30_000);
    } finally {
      ours.close();
    }
  });
});
