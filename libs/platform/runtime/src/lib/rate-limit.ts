import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModule } from '@nestjs/throttler';
import { PlatformConfig } from '@fhk/platform/config';
import { WindowThrottlerStorage } from './rate-limit.storage';

const isRead = (context: ExecutionContext) => ['GET', 'HEAD', 'OPTIONS'].includes(context.switchToHttp().getRequest<{ method: string }>().method);

/**
 * Rate limits per client address and route class: every request counts against `all`, writes
 * also against `writes`. Over the limit: 429 with Retry-After (seconds).
 */
export function rateLimitModule(config: PlatformConfig) {
  return ThrottlerModule.forRoot({
    throttlers: [
      { name: 'all', ttl: 60_000, limit: config.RATE_LIMIT_PER_MIN },
      { name: 'writes', ttl: 60_000, limit: config.RATE_LIMIT_WRITES_PER_MIN, skipIf: isRead },
    ],
    setHeaders: true,
    // The same counts as the throttler's own storage, without copying every live hit on each request.
    storage: new WindowThrottlerStorage(),
  });
}

/** The throttler for HTTP only (bus handlers are not rate limited), and not for health probes. */
@Injectable()
export class HttpThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const url = context.switchToHttp().getRequest<{ url?: string }>().url ?? '';
    return url.startsWith('/api/health/');
  }

  /** Whichever limit was hit, the standard Retry-After header says when to come back (seconds). */
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    // Express's response and Fastify's reply both have `header(name, value)`.
    const response = context.switchToHttp().getResponse<{ header(name: string, value: string): void }>();
    response.header('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    return super.throwThrottlingException(context, detail);
  }

  /**
   * The same key as the throttler's own (route, limit, client), without its SHA-256: the key never
   * leaves the in-memory storage, and hashing it twice a request was a tenth of the guard's time.
   */
  protected override generateKey(context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${context.getClass().name}-${context.getHandler().name}-${throttlerName}-${tracker}`;
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const socket = req.socket as { remoteAddress?: string } | undefined;
    return String(req.ip ?? socket?.remoteAddress ?? 'unknown');
  }
}
