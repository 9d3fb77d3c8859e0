import { Inject, Injectable } from '@nestjs/common';
import { CalendarEvent } from '@fhk/contracts';
import { PlatformConfig } from '@fhk/platform/config';
import { OutboxRelay } from '@fhk/platform/outbox';
import { PLATFORM_CONFIG, ShippedDataSeeder } from '@fhk/platform/service-kit';
import { CALENDAR_EVENTS, CalendarEventRepository } from './calendar-event.repository';
import { CALENDAR_SEED_VERSION, loadCalendarSeed } from '../seed/calendar-seed';

/** The shipped calendar (data/calendar-events.json). */
@Injectable()
export class CalendarSeeder extends ShippedDataSeeder<CalendarEvent> {
  constructor(repository: CalendarEventRepository, @Inject(PLATFORM_CONFIG) config: PlatformConfig, relay: OutboxRelay) {
    super({ name: 'calendar', store: repository.store, collection: CALENDAR_EVENTS, writer: repository.writer, relay, load: loadCalendarSeed, version: CALENDAR_SEED_VERSION }, config);
  }
}
