// The bus port: what services and adapters share. No adapter lives here (ADR 0016): the embedded
// bus is @fhk/platform/bus-embedded, Kafka is @fhk/platform/bus-kafka, and only the runtime chooses.
export * from './lib/bus-transport.port';
export * from './lib/message-codec';
export * from './lib/message-headers';
export * from './lib/message-batch';
