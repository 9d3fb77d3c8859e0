import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PlatformConfig } from '@fhk/platform/config';
import { OutboxRelay, reconcileSeed, SeedProgress, SeedReport } from '@fhk/platform/outbox';
import { PLATFORM_CONFIG } from '@fhk/platform/runtime';
import { CALENDAR_EVENTS, CalendarEventRepository } from './calendar-event.repository';
import { CALENDAR_SEED_VERSION, loadCalendarSeed } from '../seed/calendar-seed';

/** Loads the shipped calendar data: on first start (SEED_ON_START) and from `npm run seed`. */
@Injectable()
export class CalendarSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('CalendarSeeder');

  constructor(
    private readonly repository: CalendarEventRepository,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SEED_ON_START) await this.seed();
  }

  /** Events written by seeding (or anything else) that are not yet on the bus. */
  pendingEvents(): Promise<number> {
    return this.relay.pendingCount();
  }

  async seed(progress?: SeedProgress): Promise<SeedReport> {
    const report = await reconcileSeed(this.repository.store, CALENDAR_EVENTS, this.repository.writer, loadCalendarSeed(), CALENDAR_SEED_VERSION, progress);
    this.logger.log(
      `calendar seed ${CALENDAR_SEED_VERSION}: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged` +
        (report.keptAdminEdits.length ? `, kept admin edits of ${report.keptAdminEdits.join(', ')} (seed differs)` : ''),
    );
    return report;
  }
}
