import { AsyncLocalStorage } from 'node:async_hooks';
import { Principal } from '@fhk/platform/auth';

/** What the audit needs of the HTTP request being served (set by the auth guard as it goes). */
export interface AuditedRequest {
  method?: string;
  ip?: string;
  originalUrl?: string;
  /** The route's pattern: Express's `route.path`, Fastify's `routeOptions.url`. */
  route?: { path?: string };
  routeOptions?: { url?: string };
  principal?: Principal | null;
}

const storage = new AsyncLocalStorage<AuditedRequest>();

/**
 * Express middleware, mounted before every route: the rest of the request runs with it as the
 * current request, so the audit trail knows who is asking and from where without every service
 * method passing it along.
 */
export function requestContextMiddleware(req: AuditedRequest, _res: unknown, next: (error?: unknown) => void): void {
  storage.run(req, next);
}

/** The same, as a request scope (`configureHttpApp`'s `requestScope`, any HTTP adapter). */
export function runInRequestContext(req: AuditedRequest, next: () => void): void {
  storage.run(req, next);
}

export const currentRequest = (): AuditedRequest | undefined => storage.getStore();
