import { DynamicModule, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { SEARCH_ENGINE, SearchEngine } from '@fhk/platform/search';
import { HealthRegistry } from './health-registry';
import { SERVICE_ADAPTERS, ServiceAdapters } from './platform-tokens';

class ServiceSearchLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health.register('matcher:search', () => this.search.health());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.search.close();
  }
}

/** The configured search engine, for the one service that keeps an index (the matcher). */
@Module({})
export class ServiceSearchModule {
  static forRoot(): DynamicModule {
    return {
      module: ServiceSearchModule,
      providers: [
        { provide: SEARCH_ENGINE, inject: [SERVICE_ADAPTERS], useFactory: (adapters: ServiceAdapters) => adapters.openSearch() },
        ServiceSearchLifecycle,
      ],
      exports: [SEARCH_ENGINE],
    };
  }
}
