// The adapter-choosing runtime (ADR 0016): only apps and the composition import it (tag type:runtime).
export * from './lib/platform-runtime';
export * from './lib/platform-core.module';
export * from './lib/start-http-service';
export * from './lib/run-service';
export * from './lib/start-in-process';
export * from './lib/data-dir';
export * from './lib/create-bus-transport';
export * from './lib/document-store.factory';
export * from './lib/search-engine.factory';
