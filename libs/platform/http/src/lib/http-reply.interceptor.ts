import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { map, Observable } from 'rxjs';
import { HttpReply } from './http-reply';
import { etagOf } from './if-match';
import { ReplyAdapter } from './reply-adapter';

/** What the interceptor reads of a request, on any adapter. */
interface AnyRequest {
  headers?: Record<string, string | string[] | undefined>;
}

const hasVersion = (body: unknown): body is { version: number } => typeof (body as { version?: unknown } | null)?.version === 'number';

/** If-None-Match (RFC 9110 §13.1.2, weak comparison): does it name `etag`, or `*`? */
export function noneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((t) => t.trim().replace(/^W\//, ''));
  return tags.includes('*') || tags.includes(etag);
}

/**
 * The ETag of a `@VersionETag()` route: the returned entity's (or `reply()` body's) `version` as
 * `ETag: "<version>"`, and a GET whose If-None-Match already holds that tag is a 304 without a
 * body, through the running HTTP adapter's own calls (Express or Fastify alike). Only on the
 * routes that ask for it: the other routes run no interceptor (Nest's interceptor chain costs an
 * rxjs pipeline and two async-resource bindings a request).
 */
@Injectable()
export class VersionETagInterceptor implements NestInterceptor {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    return next.handle().pipe(map((result) => this.withETag(result, http.getRequest<AnyRequest>(), http.getResponse())));
  }

  private withETag(result: unknown, request: AnyRequest, response: unknown): unknown {
    const adapter = this.adapterHost.httpAdapter as unknown as ReplyAdapter;
    const replied = result instanceof HttpReply ? result : null;
    const body = replied ? replied.body : result;
    if (!hasVersion(body)) return result;
    const etag = etagOf(body.version);
    const method = String(adapter.getRequestMethod(request)).toUpperCase();
    // As Express's own freshness check (jshttp/fresh): a request saying no-cache wants the full answer.
    const cacheControl = String(request.headers?.['cache-control'] ?? '');
    const fresh = (method === 'GET' || method === 'HEAD') && !/no-cache/i.test(cacheControl) && noneMatchHits(request.headers?.['if-none-match'], etag);
    // The reply's own headers first, then the ETag; a fresh GET is a 304 with them and no body.
    if (replied || fresh) return new HttpReply(fresh ? undefined : body, { status: fresh ? HttpStatus.NOT_MODIFIED : replied?.init.status, headers: { ...replied?.init.headers, ETag: etag } });
    adapter.setHeader(response, 'ETag', etag);
    return body;
  }
}

/**
 * The route answers with one versioned entity: its `version` is sent as `ETag: "3"` (what a later
 * If-Match names), and a GET whose If-None-Match already holds that tag is a 304 without a body.
 * Works with `reply()` too (the ETag then comes from the reply's body).
 */
export const VersionETag = (): MethodDecorator => UseInterceptors(VersionETagInterceptor);

/**
 * Sends what controllers return without them touching the response: an `HttpReply`'s status and
 * headers are set, then its body is sent as the route's answer. Installed on the app's HTTP
 * adapter by `configureHttpApp` (every route, every error: Nest answers through `reply`), so no
 * interceptor runs on a route that does not need one.
 */
export function sendHttpReplies(adapter: ReplyAdapter): void {
  const send = adapter.reply.bind(adapter);
  adapter.reply = (response: unknown, body: unknown, statusCode?: number) => {
    if (!(body instanceof HttpReply)) return send(response, body, statusCode);
    if (body.init.status !== undefined) adapter.status(response, body.init.status);
    for (const [name, value] of Object.entries(body.init.headers ?? {})) adapter.setHeader(response, name, value);
    return send(response, body.body, statusCode);
  };
}
