import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, Observable } from 'rxjs';
import { HttpReply } from './http-reply';
import { etagOf } from './if-match';
import { ReplyAdapter } from './reply-adapter';

const VERSION_ETAG = 'fhk:version-etag';

/**
 * The route answers with one versioned entity: its `version` is sent as `ETag: "<version>"` (what
 * a later If-Match names), and a GET whose If-None-Match already holds that tag is a 304 without
 * a body. Works with `reply()` too (the ETag then comes from the reply's body).
 */
export const VersionETag = (): MethodDecorator => SetMetadata(VERSION_ETAG, true);

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
 * Sends what controllers return without them touching the response: unwraps `HttpReply` (status
 * and headers) and adds the ETag of `@VersionETag()` routes, through the running HTTP adapter's
 * own calls (Express or Fastify alike). Registered for every route by `configureHttpApp`.
 */
@Injectable()
export class HttpReplyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly adapter: ReplyAdapter,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const versioned = this.reflector.get<boolean>(VERSION_ETAG, context.getHandler()) === true;
    const http = context.switchToHttp();
    return next.handle().pipe(map((result) => this.send(result, versioned, http.getRequest<AnyRequest>(), http.getResponse())));
  }

  private send(result: unknown, versioned: boolean, request: AnyRequest, response: unknown): unknown {
    let body = result;
    if (result instanceof HttpReply) {
      if (result.init.status !== undefined) this.adapter.status(response, result.init.status);
      for (const [name, value] of Object.entries(result.init.headers ?? {})) this.adapter.setHeader(response, name, value);
      body = result.body;
    }
    if (!versioned || !hasVersion(body)) return body;
    const etag = etagOf(body.version);
    this.adapter.setHeader(response, 'ETag', etag);
    const method = String(this.adapter.getRequestMethod(request)).toUpperCase();
    // As Express's own freshness check (jshttp/fresh): a request saying no-cache wants the full answer.
    const cacheControl = String(request.headers?.['cache-control'] ?? '');
    if ((method === 'GET' || method === 'HEAD') && !/no-cache/i.test(cacheControl) && noneMatchHits(request.headers?.['if-none-match'], etag)) {
      this.adapter.status(response, HttpStatus.NOT_MODIFIED);
      return undefined;
    }
    return body;
  }
}
