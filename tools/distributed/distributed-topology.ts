import { freePort, ServiceProcess } from '@fhk/composition/embedded';
import { SERVICE_NAMES, ServiceName } from '@fhk/platform/config';
import { KafkaBusTransport } from '@fhk/platform/bus-kafka';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The distributed mode on one machine: each service its own process from its own app
 * (`apps/<service>/src/main.ts`), all on one real Kafka broker (BUS_ADAPTER=kafka) in a namespace
 * of their own, each with its embedded store and search in its own data directory.
 * enterprise-profiles runs the local OIDC issuer (with the demo accounts); every other service
 * verifies its tokens through OIDC_ISSUER_URL, as it would verify Keycloak's.
 */
export class DistributedTopology {
  readonly namespace = `dist-${randomUUID().slice(0, 8)}`;
  readonly brokers: string[];
  private readonly root = mkdtempSync(join(tmpdir(), 'distributed-'));
  private readonly processes: ServiceProcess[] = [];
  private issuerPort: Promise<number> | null = null;

  /** The issuer every service trusts (enterprise-profiles' origin); known before any process starts. */
  async issuerUrl(): Promise<string> {
    this.issuerPort ??= freePort();
    return `http://127.0.0.1:${await this.issuerPort}`;
  }

  constructor(brokers: string | undefined) {
    this.brokers = (brokers ?? '').split(',').filter(Boolean);
    if (this.brokers.length === 0) throw new Error('KAFKA_BROKERS is not set: run through `npm run test:distributed`, which starts a broker');
  }

  /** A new process of `service` (a second matcher instance gets its own `instance` name and data). */
  async create(service: ServiceName, instance: string = service): Promise<ServiceProcess> {
    const dataDir = join(this.root, instance);
    mkdirSync(dataDir, { recursive: true });
    const issuer = service === 'enterprise-profiles' && instance === service;
    const issuerUrl = await this.issuerUrl();
    const port = issuer ? Number(new URL(issuerUrl).port) : await freePort();
    const process = new ServiceProcess(`apps/${service}/src/main.ts`, dataDir, port, {
      ...(issuer ? {} : { OIDC_ISSUER_URL: issuerUrl }),
      BUS_ADAPTER: 'kafka',
      KAFKA_BROKERS: this.brokers.join(','),
      KAFKA_NAMESPACE: this.namespace,
      KAFKA_CLIENT_ID: instance,
      STORE_ADAPTER: 'sqlite',
      SEARCH_ADAPTER: 'orama',
      // The tests write thousands of profiles a minute from one address.
      RATE_LIMIT_PER_MIN: '10000000',
      RATE_LIMIT_WRITES_PER_MIN: '10000000',
    });
    this.processes.push(process);
    return process;
  }

  /** Every service once, started together. */
  async startAll(): Promise<Record<ServiceName, ServiceProcess>> {
    const started = await Promise.all(SERVICE_NAMES.map(async (name) => [name, await this.create(name)] as const));
    const outcomes = await Promise.allSettled(started.map(([, p]) => p.start(120_000)));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) {
      await this.close();
      throw failed.reason;
    }
    return Object.fromEntries(started) as Record<ServiceName, ServiceProcess>;
  }

  /** A transport in the topology's namespace, for what a test does to the bus directly. */
  transport(): KafkaBusTransport {
    return new KafkaBusTransport({ brokers: this.brokers, clientId: 'distributed-test', namespace: this.namespace });
  }

  async close(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop()));
    rmSync(this.root, { recursive: true, force: true });
  }
}
