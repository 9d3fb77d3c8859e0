import type { INestApplication } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A connect-style middleware on Node's own request and response (Express and Fastify via middie alike). */
export type RawMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A hook around the rest of one request's handling, with the request Nest's guards and handlers see. */
export type RequestScope = (request: object, next: () => void) => void;

export interface HttpAppOptions {
  title: string;
  description: string;
  bodyLimitBytes: number;
  /** Browser origins allowed by CORS (none: same origin only). */
  corsOrigins?: string[];
  /** Middleware that must see the raw request before any body parser (the local OIDC issuer). */
  beforeBodyParsers?: RawMiddleware[];
  /** Runs each request's guards and handler inside it (the audit trail's request context). */
  requestScope?: RequestScope;
  /** A built web app to serve on the same origin (index.html for its pages, files as they are). */
  webRoot?: string;
}

/** What configureHttpApp needs back from the framework-specific set-up. */
export interface HttpFramework {
  /** The methods some route answers on `path` (for 405 + Allow). */
  allowedOn(path: string): string[];
}

/** Bodies read as text (bulk imports: CSV, one JSON object per line). */
export const TEXT_BODY_TYPES = ['text/csv', 'application/x-ndjson'];

/**
 * Security headers. HSTS and upgrade-insecure-requests belong to the TLS terminator (nginx, an
 * ingress), not to plain-HTTP processes such as `npm start` on localhost.
 */
export const HELMET_OPTIONS = { strictTransportSecurity: false, contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } } as const;

/** CORS to the configured origins only (after the security headers, so preflights carry them too). */
export function enableCorsFor(app: INestApplication, options: HttpAppOptions): void {
  const origins = options.corsOrigins ?? [];
  if (origins.length === 0) return;
  app.enableCors({ origin: origins, allowedHeaders: ['authorization', 'content-type', 'if-match'], exposedHeaders: ['etag', 'location', 'retry-after', 'www-authenticate'], maxAge: 600 });
}
