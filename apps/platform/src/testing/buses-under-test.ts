import { BusPublisher, BusTransport, RetainedMessage } from '@fhk/platform/bus';
import { EmbeddedBusTransport } from '@fhk/platform/bus-embedded';
import { KafkaBusTransport } from '@fhk/platform/bus-kafka';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';

/** Fault injection both adapters can do: every message reaches the consumer `duplicates` times. */
export interface BusFaults {
  duplicates?: number;
}

/**
 * A bus the backbone fault tests run on: the embedded one always, a real Kafka broker when
 * KAFKA_BROKERS is set (CI starts one: tools/ci/start-test-servers.sh). On Kafka every data directory
 * gets its own namespace of topics and consumer groups (so a restarted platform finds its own
 * messages and runs sharing the broker never meet).
 */
export interface BusUnderTest {
  label: 'embedded' | 'kafka';
  /** The bus of a platform whose data lives in `dataDir`. */
  create(dataDir: string, faults?: BusFaults): BusTransport;
  /** The variables that make a platform process (`npm start`) use this bus for `dataDir`. */
  env(dataDir: string): Record<string, string>;
}

const run = randomUUID().slice(0, 8);
const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
const namespaceOf = (dataDir: string) => `fault-${run}-${basename(dataDir).replace(/[^A-Za-z0-9_-]/g, '_')}`;

const embedded: BusUnderTest = {
  label: 'embedded',
  create: (dataDir, faults = {}) =>
    new EmbeddedBusTransport({ file: `${dataDir}/bus.sqlite`, faults: faults.duplicates ? { deliveries: () => faults.duplicates ?? 1 } : undefined }),
  env: () => ({ BUS_ADAPTER: 'embedded' }),
};

const kafka: BusUnderTest = {
  label: 'kafka',
  create: (dataDir, faults = {}) =>
    new KafkaBusTransport({
      brokers,
      clientId: 'fault-test',
      namespace: namespaceOf(dataDir),
      faults: faults.duplicates ? { copies: () => faults.duplicates ?? 1 } : undefined,
    }),
  env: (dataDir) => ({ BUS_ADAPTER: 'kafka', KAFKA_BROKERS: brokers.join(','), KAFKA_NAMESPACE: namespaceOf(dataDir) }),
};

/** Declares `body` once per bus under test; the Kafka run is skipped with a printed reason when no broker is set. */
export function describeOnEveryBus(title: string, body: (bus: BusUnderTest) => void): void {
  describe(`${title} (embedded bus)`, () => body(embedded));
  if (brokers.length === 0) {
    console.log(`${title}: KAFKA_BROKERS not set, the run against a real Kafka is skipped (npm run kafka:start starts one)`);
    describe.skip(`${title} (kafka bus)`, () => body(kafka));
  } else {
    describe(`${title} (kafka bus)`, () => body(kafka));
  }
}

/** Publishes a message as given, bypassing every service: how a broken producer's bytes arrive. */
export async function publishRaw(bus: BusTransport, topic: string, key: string, value: string, headers: Record<string, string> = {}): Promise<void> {
  const publisher = new BusPublisher(bus.createPublisherClient());
  try {
    await publisher.publish(topic, { key, value, headers });
  } finally {
    await publisher.close();
  }
}

/** Every message still retained on `topic`. */
export async function readTopic(bus: BusTransport, topic: string): Promise<RetainedMessage[]> {
  const messages: RetainedMessage[] = [];
  await bus.replay([topic], async (message) => void messages.push(message));
  return messages;
}
