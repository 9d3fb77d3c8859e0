import { DynamicModule, INestApplication, Logger, Module, Type } from '@nestjs/common';
import { ConfigError, describeConfig, loadConfig } from '@fhk/platform/config';
import { DataDirError } from './data-dir';
import { PlatformCoreModule } from './platform-core.module';
import { PlatformRuntime } from './platform-runtime';
import { startHttpService } from './start-http-service';

export interface RunServiceOptions {
  /** Names the process in logs: a service name, or `platform` for the one-process mode. */
  processName: string;
  title: string;
  description: string;
  features: Array<Type<unknown> | DynamicModule>;
  consumerGroup?: string;
  env?: NodeJS.ProcessEnv;
  port?: number;
  /** A built web app to serve on the same origin as /api. */
  webRoot?: string;
}

@Module({})
class ServiceRootModule {}

/** Builds the root module of a process: platform core plus the service modules it hosts. */
export function composeRootModule(runtime: PlatformRuntime, processName: string, features: RunServiceOptions['features']): DynamicModule {
  return { module: ServiceRootModule, imports: [PlatformCoreModule.forRoot(runtime, processName), ...features] };
}

/**
 * Entry point of every app: validate config (exit 1 naming each bad variable), choose adapters,
 * boot, and shut down gracefully on SIGINT/SIGTERM.
 */
export async function runService(options: RunServiceOptions): Promise<{ app: INestApplication; runtime: PlatformRuntime }> {
  let config;
  try {
    config = loadConfig(options.env ?? process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(JSON.stringify({ level: 'fatal', service: options.processName, msg: 'invalid configuration', problems: error.problems }) + '\n');
      process.exit(1);
    }
    throw error;
  }
  let runtime: PlatformRuntime;
  let app: INestApplication;
  try {
    runtime = new PlatformRuntime(config);
    await runtime.checkDataDir();
    app = await startHttpService({
      runtime,
      rootModule: composeRootModule(runtime, options.processName, options.features),
      title: options.title,
      description: options.description,
      consumerGroup: options.consumerGroup,
      port: options.port,
      webRoot: options.webRoot,
    });
  } catch (error) {
    if (error instanceof DataDirError) {
      process.stderr.write(JSON.stringify({ level: 'fatal', service: options.processName, msg: error.message }) + '\n');
      process.exit(1);
    }
    throw error;
  }
  new Logger(options.processName).log({ msg: 'started', url: await app.getUrl(), config: describeConfig(config) });
  return { app, runtime };
}
