import { defineEvent } from '../../lib/event-definition';
import { CalendarEvent, CalendarEventSchema } from '../../entities/catalogue-item.schema';
import { EntityChanged, entityChangedSchema } from '../entity-changed';

export type CalendarEventChanged = EntityChanged<CalendarEvent>;

/** Published by event-calendar for every expo, fair, summit or festival it keeps. */
export const CalendarEventChangedEvent = defineEvent<CalendarEventChanged>({
  topic: 'event-calendar.calendar-event.changed.v1',
  schema: entityChangedSchema(CalendarEventSchema) as never,
  key: (d) => d.id,
  compacted: true,
});
