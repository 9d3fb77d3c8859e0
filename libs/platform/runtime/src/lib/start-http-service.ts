import { runInRequestContext } from '@fhk/platform/audit';
import { INestApplication, Type, DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LOCAL_OIDC_ISSUER, LocalOidcIssuer } from '@fhk/platform/auth';
import { answerMalformedRequests, configureHttpApp, createFastifyAdapter } from '@fhk/platform/http';
import { JsonLogger } from '@fhk/platform/logging';
import { PlatformRuntime } from './platform-runtime';

export interface StartHttpServiceOptions {
  runtime: PlatformRuntime;
  rootModule: Type<unknown> | DynamicModule;
  title: string;
  description: string;
  /** Consumer groups whose `@EventPattern` handlers live in this process (one transport server each). */
  consumerGroup?: string;
  /** Listen on this port instead of config.PORT (tests pass 0). */
  port?: number;
  /** A built web app to serve on the same origin (the platform serves the portal). */
  webRoot?: string;
}

/** Boots an app: JSON logs, HTTP conventions, topics, the bus consumer, then the HTTP port. */
export async function startHttpService(options: StartHttpServiceOptions): Promise<INestApplication> {
  const { runtime } = options;
  const appOptions = { bodyParser: false, bufferLogs: true, abortOnError: false };
  // HTTP_ADAPTER (docs/adr/0017): Express by default, or Fastify; controllers are the same on both.
  const app =
    runtime.config.HTTP_ADAPTER === 'fastify'
      ? await NestFactory.create(options.rootModule, createFastifyAdapter(runtime.config.HTTP_BODY_LIMIT), appOptions)
      : await NestFactory.create(options.rootModule, appOptions);
  app.useLogger(app.get(JsonLogger));
  // The local OIDC issuer (embedded mode) answers on this origin, before any body parser or route.
  const issuer = app.get<LocalOidcIssuer | null>(LOCAL_OIDC_ISSUER);
  configureHttpApp(app, {
    title: options.title,
    description: options.description,
    bodyLimitBytes: runtime.config.HTTP_BODY_LIMIT,
    corsOrigins: runtime.config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    // Every request runs as the current request (who and from where, for the audit trail).
    requestScope: runInRequestContext,
    beforeBodyParsers: issuer ? [issuer.middleware()] : [],
    webRoot: options.webRoot,
  });
  await runtime.ensureTopics();
  // Stores, seeds and the search index are ready before any event is consumed or request served.
  await app.init();
  if (options.consumerGroup) {
    app.connectMicroservice({ strategy: runtime.bus.createConsumerServer(options.consumerGroup) }, { inheritAppConfig: true });
    await app.startAllMicroservices();
  }
  // A URL typed in Chinese and sent unencoded (curl) gets our error body, not Node's bare 400.
  answerMalformedRequests(app.getHttpServer());
  await app.listen(options.port ?? runtime.config.PORT, runtime.config.HOST);
  // Idle keep-alive sockets outlive the clients' own idle timeouts (fetch/undici: 4 s), so a client
  // never sends on a socket the server is closing at that moment (ECONNRESET on a busy machine).
  const server = app.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  issuer?.start(publicUrlOf(runtime, app));
  return app;
}

/** The origin users reach this process at: PUBLIC_URL, else the host and the port it listens on. */
function publicUrlOf(runtime: PlatformRuntime, app: INestApplication): string {
  if (runtime.config.PUBLIC_URL) return runtime.config.PUBLIC_URL.replace(/\/$/, '');
  const address = app.getHttpServer().address() as { port: number };
  const host = ['0.0.0.0', '::'].includes(runtime.config.HOST) ? 'localhost' : runtime.config.HOST;
  return `http://${host}:${address.port}`;
}
