// `npm run test:distributed`: the services as separate processes over a real Kafka broker
// (tools/scripts/run-distributed.js starts one when KAFKA_BROKERS is not set). Not part of the
// `tools` project's own tests: it needs the broker and takes a few minutes.
module.exports = {
  displayName: 'distributed',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['**/*.distributed-spec.ts'],
  testTimeout: 300_000,
};
