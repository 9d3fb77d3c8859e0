import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { RoleTokens } from '@fhk/platform/auth';
import { BusTransport } from '@fhk/platform/bus';
import { loadConfig } from '@fhk/platform/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlatformRuntime } from './platform-runtime';
import { composeRootModule } from './run-service';
import { startHttpService } from './start-http-service';

export interface InProcessOptions {
  features: Array<Type<unknown> | DynamicModule>;
  processName: string;
  title?: string;
  description?: string;
  consumerGroup?: string;
  dataDir?: string;
  env?: Record<string, string>;
  /** A built web app to serve on the same origin as /api. */
  webRoot?: string;
  /** A bus of the caller's making (fault injection); default: the configured one. */
  bus?: (dataDir: string) => BusTransport;
}

export interface InProcessApp {
  app: INestApplication;
  runtime: PlatformRuntime;
  url: string;
  dataDir: string;
  /** Demo-account tokens per role from this process's local issuer (tests: `p.tokens.as('profiles-admin')(url)`). */
  tokens: RoleTokens;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** Boots service modules in this process on a free port with their own data directory (tests, tools). */
export async function startInProcess(options: InProcessOptions): Promise<InProcessApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `${options.processName}-`));
  // Tests send thousands of requests from one address: rate limits are tested on their own.
  // HTTP_ADAPTER from the environment applies here too, so any suite can run on Fastify (ADR 0017).
  const adapter = process.env.HTTP_ADAPTER ? { HTTP_ADAPTER: process.env.HTTP_ADAPTER } : {};
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test', HOST: '127.0.0.1', RATE_LIMIT_PER_MIN: '10000000', RATE_LIMIT_WRITES_PER_MIN: '10000000', ...adapter, ...options.env });
  const runtime = new PlatformRuntime(config, { bus: options.bus?.(dataDir) });
  const app = await startHttpService({
    runtime,
    rootModule: composeRootModule(runtime, options.processName, options.features),
    title: options.title ?? options.processName,
    description: options.description ?? '',
    consumerGroup: options.consumerGroup,
    port: 0,
    webRoot: options.webRoot,
  });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    runtime,
    url,
    dataDir,
    tokens: new RoleTokens(url, config.DEMO_PASSWORD),
    close: async ({ keepData = false } = {}) => {
      await app.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
