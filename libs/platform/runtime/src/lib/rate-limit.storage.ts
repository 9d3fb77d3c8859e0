import { OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';

/** What a storage answers for one request (the throttler's `ThrottlerStorageRecord`, not exported by its index). */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Idle records (no live hit, not blocked) are dropped this often, as the throttler's own storage does. */
const SWEEP_INTERVAL_MS = 60_000;
/** Expired hits at the front are cut off once there are this many (and they are half the array). */
const COMPACT_AT = 1024;

/**
 * The expiry times of one key's hits for one throttler, ascending (each is `Date.now() + ttl` of
 * one key, so they come in order; one recorded out of order, after a clock step back, is put in
 * its place). Expired hits are passed over from the front: counting costs nothing per hit.
 */
class HitWindow {
  private times: number[] = [];
  private head = 0;

  get count(): number {
    return this.times.length - this.head;
  }

  /** The earliest expiry still counted (undefined when none). */
  get first(): number | undefined {
    return this.times[this.head];
  }

  /** Forgets the hits expired at `now` (those whose expiry is not after it). */
  prune(now: number): void {
    const { times } = this;
    while (this.head < times.length && times[this.head] <= now) this.head++;
    if (this.head >= COMPACT_AT && this.head * 2 >= times.length) {
      this.times = times.slice(this.head);
      this.head = 0;
    }
  }

  add(expiresAt: number): void {
    const { times } = this;
    let at = times.length;
    while (at > this.head && times[at - 1] > expiresAt) at--;
    if (at === times.length) times.push(expiresAt);
    else times.splice(at, 0, expiresAt);
  }

  clear(): void {
    this.times = [];
    this.head = 0;
  }

  hasLive(now: number): boolean {
    return this.count > 0 && this.times[this.times.length - 1] > now;
  }
}

interface KeyRecord {
  expiresAt: number;
  blockExpiresAt: number;
  isBlocked: boolean;
  readonly windows: Map<string, HitWindow>;
}

/**
 * In-memory rate-limit counts with the semantics of `@nestjs/throttler`'s `ThrottlerStorageService`
 * (v6: hits counted over the last `ttl`, blocked for `blockDuration` once over the limit, the same
 * numbers for the X-RateLimit and Retry-After headers, idle keys swept), but each request costs the
 * same whatever the limit: that storage copies every live hit of the key on each request (a filter
 * over up to `limit` expiry times, two per POST), i.e. at 1,000 requests a second from one client
 * under a large limit, two arrays of up to 60,000 numbers a request. `rate-limit.storage.spec.ts`
 * compares the two on the same sequences of requests.
 */
export class WindowThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly records = new Map<string, KeyRecord>();
  private sweep: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    return this.incrementNow(key, ttl, limit, blockDuration, throttlerName);
  }

  /** `increment` without the promise (the guard awaits it either way). */
  incrementNow(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): ThrottlerStorageRecord {
    this.ensureSweep();
    let record = this.records.get(key);
    if (!record) {
      record = { expiresAt: this.now() + ttl, blockExpiresAt: 0, isBlocked: false, windows: new Map() };
      this.records.set(key, record);
    }
    let hits = record.windows.get(throttlerName);
    if (!hits) record.windows.set(throttlerName, (hits = new HitWindow()));
    hits.prune(this.now());
    let timeToExpire = this.secondsUntil(record.expiresAt);
    if (timeToExpire <= 0) {
      record.expiresAt = this.now() + ttl;
      timeToExpire = this.secondsUntil(record.expiresAt);
    }
    if (blockDuration <= 0) {
      const isBlocked = hits.count >= limit;
      if (!isBlocked) hits.add(this.now() + ttl);
      const first = hits.first;
      return {
        totalHits: hits.count + (isBlocked ? 1 : 0),
        timeToExpire,
        isBlocked,
        timeToBlockExpire: isBlocked ? (first !== undefined ? this.secondsUntil(first) : timeToExpire) : 0,
      };
    }
    if (!record.isBlocked) hits.add(this.now() + ttl);
    if (hits.count > limit && !record.isBlocked) {
      record.isBlocked = true;
      record.blockExpiresAt = this.now() + blockDuration;
    }
    const timeToBlockExpire = this.secondsUntil(record.blockExpiresAt);
    if (timeToBlockExpire <= 0 && record.isBlocked) {
      record.isBlocked = false;
      hits.clear();
      hits.add(this.now() + ttl);
    }
    return { totalHits: hits.count, timeToExpire, isBlocked: record.isBlocked, timeToBlockExpire };
  }

  /** Drops the keys with no live hit that are not blocked (what the sweep does every minute). */
  evictIdle(now = this.now()): void {
    for (const [key, record] of this.records) {
      if (record.isBlocked && record.blockExpiresAt > now) continue;
      if (record.expiresAt > now) continue;
      if ([...record.windows.values()].some((hits) => hits.hasLive(now))) continue;
      this.records.delete(key);
    }
  }

  get size(): number {
    return this.records.size;
  }

  close(): void {
    if (this.sweep) clearInterval(this.sweep);
    this.sweep = undefined;
    this.records.clear();
  }

  /** Nest calls it on the storage provider (the module's `storage`), as on the throttler's own. */
  onApplicationShutdown(): void {
    this.close();
  }

  private secondsUntil(at: number): number {
    return Math.ceil((at - this.now()) / 1000);
  }

  private ensureSweep(): void {
    if (this.sweep) return;
    this.sweep = setInterval(() => this.evictIdle(), SWEEP_INTERVAL_MS);
    this.sweep.unref?.();
  }
}
