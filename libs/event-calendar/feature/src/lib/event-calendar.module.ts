import { Module } from '@nestjs/common';
import { auditControllerFor } from '@fhk/platform/audit';
import { ServiceStoreModule } from '@fhk/platform/service-kit';
import { CALENDAR_COLLECTIONS, CalendarEventRepository } from './calendar-event.repository';
import { CalendarSeeder } from './calendar-seeder';
import { CalendarBulkController } from './calendar-bulk.controller';
import { CalendarController } from './calendar.controller';
import { EventCalendarService } from './event-calendar.service';

/** The event-calendar service: owns expos, fairs, summits and festivals. */
@Module({
  imports: [ServiceStoreModule.forService('event-calendar', CALENDAR_COLLECTIONS)],
  controllers: [CalendarController, CalendarBulkController, auditControllerFor('event-calendar')],
  providers: [CalendarEventRepository, EventCalendarService, CalendarSeeder],
  exports: [CalendarSeeder],
})
export class EventCalendarModule {}
