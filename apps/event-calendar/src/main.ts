import { EventCalendarModule } from '@fhk/event-calendar/feature';
import { runService } from '@fhk/platform/runtime';

void runService({
  processName: 'event-calendar',
  title: 'event-calendar',
  description: 'Expos, fairs, summits and festivals with their next editions and deadlines; publishes event-calendar.calendar-event.changed.v1.',
  features: [EventCalendarModule],
});
