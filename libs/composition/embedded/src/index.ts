export * from './lib/platform.features';
export * from './lib/in-process-platform';
export * from './lib/service-process';
