import { EventCalendarModule } from '@fhk/event-calendar/feature';

/** This app hosts one service: event-calendar (distributed mode, one container). */
export const SERVICE = {
  processName: 'event-calendar',
  title: 'event-calendar',
  description: 'Expos, fairs, summits and festivals with their next editions and deadlines; publishes event-calendar.calendar-event.changed.v1.',
  features: [EventCalendarModule],
};
