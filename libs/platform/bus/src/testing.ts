// Test-only entry point (`@fhk/platform/bus/testing`): the contract every bus adapter's spec runs.
export * from './lib/bus.contract';
export * from './lib/testing/recording-consumer';
