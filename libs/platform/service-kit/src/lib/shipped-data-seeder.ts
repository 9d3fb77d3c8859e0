import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PlatformConfig } from '@fhk/platform/config';
import { EntityChangeWriter, OutboxRelay, reconcileSeed, SeedProgress, SeedReport, VersionedEntity } from '@fhk/platform/outbox';
import { DocumentStore } from '@fhk/platform/store';

export interface ShippedData<T extends VersionedEntity> {
  /** Names the data in logs: "catalogue", "calendar". */
  name: string;
  store: DocumentStore;
  collection: string;
  writer: EntityChangeWriter<T>;
  relay: OutboxRelay;
  load(): T[];
  version: string;
}

/**
 * Loads a service's shipped data: on first start (SEED_ON_START) and from `npm run seed`.
 * Idempotent; an admin's later edit is kept and reported (see reconcileSeed).
 */
export abstract class ShippedDataSeeder<T extends VersionedEntity> implements OnApplicationBootstrap {
  private readonly logger = new Logger(this.constructor.name);

  protected constructor(
    private readonly data: ShippedData<T>,
    private readonly config: PlatformConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SEED_ON_START) await this.seed();
  }

  /** Events written by seeding (or anything else) that are not yet on the bus. */
  pendingEvents(): Promise<number> {
    return this.data.relay.pendingCount();
  }

  async seed(progress?: SeedProgress): Promise<SeedReport> {
    const { name, store, collection, writer, load, version } = this.data;
    const report = await reconcileSeed(store, collection, writer, load(), version, progress);
    this.logger.log(
      `${name} seed ${version}: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged` +
        (report.keptAdminEdits.length ? `, kept admin edits of ${report.keptAdminEdits.join(', ')} (seed differs)` : ''),
    );
    return report;
  }
}
