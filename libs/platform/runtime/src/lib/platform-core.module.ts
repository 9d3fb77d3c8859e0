import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule } from '@fhk/platform/auth';
import { BUS_TRANSPORT, BusPublisher } from '@fhk/platform/bus';
import { jsonLoggerModule } from '@fhk/platform/logging';
import { HealthRegistry, PLATFORM_CONFIG, SERVICE_ADAPTERS } from '@fhk/platform/service-kit';
import { HealthController } from './health.controller';
import { PlatformRuntime } from './platform-runtime';
import { HttpThrottlerGuard, rateLimitModule } from './rate-limit';

export const PLATFORM_RUNTIME = Symbol('PLATFORM_RUNTIME');

class PlatformCoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(PLATFORM_RUNTIME) private readonly runtime: PlatformRuntime,
    private readonly publisher: BusPublisher,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health.register('bus', () => this.runtime.bus.health());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
    await this.runtime.close();
  }
}

/** Process-wide: config, bus, publisher, logging, health, authentication. Imported once, by the app. */
@Global()
@Module({})
export class PlatformCoreModule {
  static forRoot(runtime: PlatformRuntime, processName: string): DynamicModule {
    return {
      module: PlatformCoreModule,
      imports: [
        jsonLoggerModule({ level: runtime.config.LOG_LEVEL, service: processName }),
        TerminusModule.forRoot({ logger: false }),
        rateLimitModule(runtime.config),
        AuthModule.forRoot(runtime.config, runtime.dataDir),
      ],
      controllers: [HealthController],
      providers: [
        { provide: PLATFORM_RUNTIME, useValue: runtime },
        { provide: PLATFORM_CONFIG, useValue: runtime.config },
        // Service modules (ServiceStoreModule, ServiceSearchModule) open their store and index through ports.
        { provide: SERVICE_ADAPTERS, useValue: runtime },
        { provide: BUS_TRANSPORT, useValue: runtime.bus },
        { provide: BusPublisher, useFactory: () => new BusPublisher(runtime.bus.createPublisherClient()) },
        HealthRegistry,
        PlatformCoreLifecycle,
        // Rate limits first, then (AuthModule's guard) who may call the route.
        { provide: APP_GUARD, useClass: HttpThrottlerGuard },
      ],
      exports: [PLATFORM_RUNTIME, PLATFORM_CONFIG, SERVICE_ADAPTERS, BUS_TRANSPORT, BusPublisher, HealthRegistry],
    };
  }
}
