import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeBusContract } from './bus.contract';
import { EmbeddedBusTransport } from './embedded/embedded-bus.transport';
import { KafkaBusTransport } from './kafka/kafka-bus.transport';

const dir = mkdtempSync(join(tmpdir(), 'bus-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeBusContract('embedded', async () => new EmbeddedBusTransport({ file: join(dir, 'bus.sqlite'), retryBackoffMs: { initial: 20, max: 200 } }));

const brokers = process.env.KAFKA_BROKERS;
if (!brokers) console.log('KAFKA_BROKERS not set: Kafka bus contract run skipped');
const describeKafka = brokers ? describe : describe.skip;
describeKafka('against a real Kafka', () => {
  describeBusContract('kafka', async () => new KafkaBusTransport({ brokers: (brokers ?? '').split(','), clientId: 'bus-contract' }));
});
