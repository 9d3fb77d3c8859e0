export * from './lib/health-registry';
export * from './lib/platform-tokens';
export * from './lib/service-store.module';
export * from './lib/service-search.module';
export * from './lib/shipped-data-seeder';
