export * from './lib/platform-runtime';
export * from './lib/health-registry';
export * from './lib/platform-core.module';
export * from './lib/service-store.module';
export * from './lib/service-search.module';
export * from './lib/start-http-service';
export * from './lib/run-service';
export * from './lib/start-in-process';
