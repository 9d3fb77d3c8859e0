export * from './lib/outbox.collections';
export * from './lib/outbox-record';
export * from './lib/outbox-relay';
export * from './lib/dead-letter.schema';
export * from './lib/reliable-consumer';
export * from './lib/entity-change-writer';
export * from './lib/seed-reconciler';
