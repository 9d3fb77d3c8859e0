import { AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { Inject, Injectable } from '@nestjs/common';
import { CalendarEvent, CalendarEventChangedEvent } from '@fhk/contracts';
import { EntityChangeWriter, OutboxRelay } from '@fhk/platform/outbox';
import { CollectionSpec, DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';

export const CALENDAR_EVENTS = 'calendar_events';

export const CALENDAR_COLLECTIONS: CollectionSpec[] = [
  // Lookup by slug; date-range queries run in memory over a few dozen events.
  { name: CALENDAR_EVENTS, indexes: ['slug'] },
];

@Injectable()
export class CalendarEventRepository {
  readonly writer: EntityChangeWriter<CalendarEvent>;

  constructor(
    @Inject(DOCUMENT_STORE) readonly store: DocumentStore,
    relay: OutboxRelay,
    @Inject(AUDIT_TRAIL) readonly audit: AuditTrail,
  ) {
    this.writer = new EntityChangeWriter<CalendarEvent>(store, relay, CALENDAR_EVENTS, CalendarEventChangedEvent, 'urn:fhk:event-calendar', (change, e) =>
      audit.entries(change, [{ type: 'calendar-event', id: e.id }]),
    );
  }

  get(id: string): Promise<CalendarEvent | null> {
    return this.store.get<CalendarEvent>(CALENDAR_EVENTS, id);
  }

  all(): Promise<CalendarEvent[]> {
    return this.store.find<CalendarEvent>(CALENDAR_EVENTS, { orderBy: [['id', 'asc']] });
  }
}
