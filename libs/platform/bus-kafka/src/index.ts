export * from './lib/kafka-bus.transport';
