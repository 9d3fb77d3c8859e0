import { HttpServer, INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { apiComponentSchemas } from './api-components';
import { ApiExceptionFilter } from './api-exception.filter';
import { configureExpress } from './express-http';
import { configureFastify } from './fastify-http';
import { HttpAppOptions } from './http-app-options';
import { sendHttpReplies } from './http-reply.interceptor';
import { ReplyAdapter } from './reply-adapter';
import { findWebApp } from './web-app';

export type { HttpAppOptions } from './http-app-options';

/**
 * The HTTP conventions every app shares, on Express or Fastify (whichever adapter the app was
 * created with, docs/adr/0017): security headers (helmet), CORS to configured origins only,
 * everything under /api, JSON bodies with a size and depth limit, one error format, replies
 * through the adapter (`reply()`, `download()`, `@VersionETag()`), OpenAPI at /api/docs (JSON at
 * /api/docs-json), graceful shutdown; optionally the web app on the same origin (its files, and
 * index.html for its pages). Create the app with `{ bodyParser: false }` so the limits set here
 * are the only ones.
 */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions): void {
  const adapter = app.getHttpAdapter() as HttpServer & ReplyAdapter;
  const webApp = findWebApp(options.webRoot);
  const framework = adapter.getType() === 'fastify' ? configureFastify(app, options, webApp) : configureExpress(app, withScopeFirst(options), webApp);
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ApiExceptionFilter(adapter, (path) => framework.allowedOn(path), webApp));
  // `reply()` answers through the adapter itself: no global interceptor (an rxjs pipeline and two async resources a request).
  sendHttpReplies(adapter);
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
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...apiComponentSchemas() } };
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** On Express the request Nest sees is the middleware's own: the scope is the first middleware. */
function withScopeFirst(options: HttpAppOptions): HttpAppOptions {
  const scope = options.requestScope;
  if (!scope) return options;
  return { ...options, beforeBodyParsers: [(req, _res, next) => scope(req, next), ...(options.beforeBodyParsers ?? [])] };
}
