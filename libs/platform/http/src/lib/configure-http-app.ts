import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { allowedMethods } from './allowed-methods';
import { assertJsonDepth } from './json-depth';
import { ApiExceptionFilter } from './api-exception.filter';
import { findWebApp, serveWebAppFiles } from './web-app';

export interface HttpAppOptions {
  title: string;
  description: string;
  bodyLimitBytes: number;
  /** A built web app to serve on the same origin (index.html for its pages, files as they are). */
  webRoot?: string;
}

/**
 * The HTTP conventions every app shares: everything under /api, JSON bodies with a size limit,
 * one error format, OpenAPI at /api/docs (JSON at /api/docs-json), graceful shutdown; optionally
 * the web app on the same origin (its files, and index.html for its pages).
 * Create the app with `{ bodyParser: false }` so the limit set here is the only one.
 */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: options.bodyLimitBytes, verify: (_req: unknown, _res: unknown, body: Buffer) => assertJsonDepth(body) });
  // Bulk imports accept CSV as text.
  express.useBodyParser('text', { type: 'text/csv', limit: options.bodyLimitBytes });
  express.disable('x-powered-by');
  app.setGlobalPrefix('api');
  const webApp = findWebApp(options.webRoot);
  if (webApp) serveWebAppFiles(app, webApp);
  app.useGlobalFilters(new ApiExceptionFilter((path) => allowedMethods(express.getHttpAdapter().getInstance(), path), webApp));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
