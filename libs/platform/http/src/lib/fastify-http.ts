import { INestApplication } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import FindMyWay, { HTTPMethod } from 'find-my-way';
import helmet from 'helmet';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { enableCorsFor, HttpAppOptions, HttpFramework, HELMET_OPTIONS, RawMiddleware, TEXT_BODY_TYPES } from './http-app-options';
import { assertJsonDepth } from './json-depth';
import { serveWebAppFiles, WebAppFiles } from './web-app';

/** Routing as Express does it here: case-insensitive, a trailing slash allowed. */
const ROUTER_OPTIONS = { caseSensitive: false, ignoreTrailingSlash: true };

/** The Fastify adapter for `NestFactory.create`, with the body limit and Express-like routing. */
export function createFastifyAdapter(bodyLimitBytes: number): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: bodyLimitBytes, routerOptions: ROUTER_OPTIONS, logger: false });
}

/**
 * Fastify: the same conventions as on Express. Connect-style middleware (helmet, the OIDC issuer,
 * the web app's files) runs through @fastify/middie before any body is read; the request scope is
 * a preHandler hook (after the body is parsed, around guards and handler); JSON is checked for
 * depth on the raw bytes before parsing; CSV is text; other bodies are not read, as on Express.
 */
export function configureFastify(app: INestApplication, options: HttpAppOptions, webApp: WebAppFiles | undefined): HttpFramework {
  const fastify = app as NestFastifyApplication;
  const instance = fastify.getHttpAdapter().getInstance();
  // The routes as registered, in a router of Fastify's own kind: which methods a path has (405).
  const table = FindMyWay(ROUTER_OPTIONS);
  instance.addHook('onRoute', (route) => {
    // A wildcard (CORS preflight for every path, static files) says nothing about what a path allows.
    if (route.url.includes('*')) return;
    for (const method of [route.method].flat()) {
      if (table.hasRoute(method as HTTPMethod, route.url)) continue;
      table.on(method as HTTPMethod, route.url, () => undefined);
    }
  });
  const use = (middleware: RawMiddleware) => fastify.use(middleware as never);
  use(helmet(HELMET_OPTIONS) as RawMiddleware);
  enableCorsFor(app, options);
  for (const middleware of options.beforeBodyParsers ?? []) use(middleware);
  const scope = options.requestScope;
  if (scope) instance.addHook('preHandler', (request, _reply, done) => scope(request, () => done()));
  instance.addHook('preParsing', (request, _reply, payload, done) => {
    const decoded = decodedBody(request.headers['content-encoding'], payload);
    if (decoded instanceof Error) done(decoded);
    else done(null, decoded);
  });
  const bodyLimit = options.bodyLimitBytes;
  const parseJson = instance.getDefaultJsonParser('error', 'error');
  fastify.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    // An empty JSON body (a DELETE sent with the JSON content type) is {}, as body-parser has it.
    if (body.length === 0) {
      done(null, {});
      return;
    }
    try {
      assertJsonDepth(body);
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    parseJson(request as never, body.toString('utf8'), done);
  });
  // Bulk imports accept CSV and NDJSON as text.
  fastify.useBodyParser(TEXT_BODY_TYPES, { bodyLimit }, (_request, body, done) => done(null, body.toString('utf8')));
  instance.removeContentTypeParser('text/plain');
  // Any other body is left unread, as Express does (the route's validation then names what is missing).
  instance.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
  if (webApp) serveWebAppFiles(use, webApp);
  return {
    allowedOn: (path) => {
      const methods = new Set(ROUTE_METHODS.filter((method) => routes(table, method, path)));
      if (methods.has('GET')) methods.add('HEAD');
      return [...methods].sort();
    },
  };
}

const ROUTE_METHODS: HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function routes(table: FindMyWay.Instance<FindMyWay.HTTPVersion.V1>, method: HTTPMethod, path: string): boolean {
  try {
    return table.find(method, path) !== null;
  } catch {
    return false; // a path that cannot be decoded matches no route
  }
}

/** The encodings body-parser decodes (on Express); the limit then applies to the decoded bytes. */
const DECODERS: Record<string, () => Transform> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };

/**
 * A request body as its Content-Encoding says, as body-parser does it: an unknown encoding is a
 * 415, bytes that are not what the encoding claims are a 400 (both exposed to the client).
 */
function decodedBody(header: string | string[] | undefined, payload: Readable): Readable | Error {
  const encoding = String(header ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return payload;
  const decoder = DECODERS[encoding];
  if (!decoder) return Object.assign(new Error(`unsupported content encoding "${encoding.slice(0, 40)}"`), { type: 'encoding.unsupported', status: 415, expose: true });
  const decoded = decoder() as Transform & { receivedEncodedLength: number };
  // Fastify checks Content-Length against the bytes received, not the decoded ones.
  decoded.receivedEncodedLength = 0;
  payload.on('data', (chunk: Buffer) => (decoded.receivedEncodedLength += chunk.length));
  decoded.on('error', (error) => Object.assign(error, { status: 400, expose: true }));
  return payload.pipe(decoded);
}
