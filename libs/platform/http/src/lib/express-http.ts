import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { allowedMethods } from './allowed-methods';
import { enableCorsFor, HttpAppOptions, HttpFramework, HELMET_OPTIONS, TEXT_BODY_TYPES } from './http-app-options';
import { assertJsonDepth } from './json-depth';
import { serveWebAppFiles, WebAppFiles } from './web-app';

/** Express: helmet, raw middleware, body-parser (JSON with the depth check, CSV as text), the web app's files. */
export function configureExpress(app: INestApplication, options: HttpAppOptions, webApp: WebAppFiles | undefined): HttpFramework {
  const express = app as NestExpressApplication;
  express.use(helmet(HELMET_OPTIONS));
  enableCorsFor(app, options);
  for (const middleware of options.beforeBodyParsers ?? []) express.use(middleware);
  express.useBodyParser('json', { limit: options.bodyLimitBytes, verify: (_req: unknown, _res: unknown, body: Buffer) => assertJsonDepth(body) });
  // Bulk imports accept CSV and NDJSON as text.
  express.useBodyParser('text', { type: TEXT_BODY_TYPES, limit: options.bodyLimitBytes });
  express.disable('x-powered-by');
  if (webApp) serveWebAppFiles((handler) => express.use(handler), webApp);
  return { allowedOn: (path) => allowedMethods(express.getHttpAdapter().getInstance(), path) };
}
