export * from './lib/platform-config.schema';
export * from './lib/load-config';
