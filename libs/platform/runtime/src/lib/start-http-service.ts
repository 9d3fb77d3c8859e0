import { INestApplication, Type, DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp } from '@fhk/platform/http';
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
  const app = await NestFactory.create(options.rootModule, { bodyParser: false, bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(JsonLogger));
  configureHttpApp(app, { title: options.title, description: options.description, bodyLimitBytes: runtime.config.HTTP_BODY_LIMIT, webRoot: options.webRoot });
  await runtime.ensureTopics();
  // Stores, seeds and the search index are ready before any event is consumed or request served.
  await app.init();
  if (options.consumerGroup) {
    app.connectMicroservice({ strategy: runtime.bus.createConsumerServer(options.consumerGroup) }, { inheritAppConfig: true });
    await app.startAllMicroservices();
  }
  await app.listen(options.port ?? runtime.config.PORT, runtime.config.HOST);
  return app;
}
