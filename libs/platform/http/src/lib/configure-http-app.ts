import { HttpServer, INestApplication } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowedMethods } from './allowed-methods';
import { assertJsonDepth } from './json-depth';
import { ApiExceptionFilter } from './api-exception.filter';
import { HttpReplyInterceptor } from './http-reply.interceptor';
import { ReplyAdapter } from './reply-adapter';
import { findWebApp, serveWebAppFiles } from './web-app';

export interface HttpAppOptions {
  title: string;
  description: string;
  bodyLimitBytes: number;
  /** Browser origins allowed by CORS (none: same origin only). */
  corsOrigins?: string[];
  /** Middleware that must see the raw request before any body parser (the local OIDC issuer). */
  beforeBodyParsers?: Array<(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void>;
  /** A built web app to serve on the same origin (index.html for its pages, files as they are). */
  webRoot?: string;
}

/**
 * The HTTP conventions every app shares: security headers (helmet), CORS to configured origins
 * only, everything under /api, JSON bodies with a size limit,
 * one error format, OpenAPI at /api/docs (JSON at /api/docs-json), graceful shutdown; optionally
 * the web app on the same origin (its files, and index.html for its pages).
 * Create the app with `{ bodyParser: false }` so the limit set here is the only one.
 */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions): void {
  const express = app as NestExpressApplication;
  // HSTS and upgrade-insecure-requests belong to the TLS terminator (nginx, an ingress), not to
  // plain-HTTP processes such as `npm start` on localhost.
  express.use(helmet({ strictTransportSecurity: false, contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  const origins = options.corsOrigins ?? [];
  if (origins.length > 0) {
    app.enableCors({ origin: origins, allowedHeaders: ['authorization', 'content-type', 'if-match'], exposedHeaders: ['etag', 'location', 'retry-after', 'www-authenticate'], maxAge: 600 });
  }
  for (const middleware of options.beforeBodyParsers ?? []) express.use(middleware);
  express.useBodyParser('json', { limit: options.bodyLimitBytes, verify: (_req: unknown, _res: unknown, body: Buffer) => assertJsonDepth(body) });
  // Bulk imports accept CSV as text.
  express.useBodyParser('text', { type: 'text/csv', limit: options.bodyLimitBytes });
  express.disable('x-powered-by');
  app.setGlobalPrefix('api');
  const webApp = findWebApp(options.webRoot);
  if (webApp) serveWebAppFiles(app, webApp);
  const adapter = app.getHttpAdapter() as HttpServer & ReplyAdapter;
  app.useGlobalFilters(new ApiExceptionFilter(adapter, (path) => allowedMethods(adapter.getInstance(), path), webApp));
  app.useGlobalInterceptors(new HttpReplyInterceptor(app.get(Reflector), adapter));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(options.title)
      .setDescription(options.description)
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An OIDC access token (README: how to get one)' }, 'bearer')
      .addSecurityRequirements('bearer')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
