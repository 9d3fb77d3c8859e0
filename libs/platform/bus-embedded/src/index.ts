export * from './lib/embedded-broker';
export * from './lib/embedded-consumer';
export * from './lib/embedded-bus.context';
export * from './lib/embedded-bus.server';
export * from './lib/embedded-bus.client';
export * from './lib/embedded-bus.transport';
