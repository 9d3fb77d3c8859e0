export * from './lib/wait-for';
export * from './lib/http-json';
export * from './lib/seeded-random';
export * from './lib/xml-text';
export * from './lib/event-loop-watchdog';
export * from './lib/snapshot-file';
