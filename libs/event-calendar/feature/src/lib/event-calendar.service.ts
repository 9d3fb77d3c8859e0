import { Injectable, NotFoundException } from '@nestjs/common';
import { CalendarEvent, CalendarEventInput } from '@fhk/contracts';
import { assertVersionMatches } from '@fhk/platform/http';
import { CalendarEventRepository } from './calendar-event.repository';
import { CalendarQuery, filterCalendar, upcomingDeadlines } from './calendar-query';

@Injectable()
export class EventCalendarService {
  constructor(private readonly repository: CalendarEventRepository) {}

  async query(query: CalendarQuery): Promise<CalendarEvent[]> {
    return filterCalendar(await this.repository.all(), query);
  }

  async deadlines(today = new Date().toISOString().slice(0, 10)): Promise<CalendarEvent[]> {
    return upcomingDeadlines(await this.repository.all(), today);
  }

  find(id: string): Promise<CalendarEvent | null> {
    return this.repository.get(id);
  }

  async get(id: string): Promise<CalendarEvent> {
    const event = await this.repository.get(id);
    if (!event) throw new NotFoundException({ message: `No calendar event with id ${id}`, issues: [{ field: 'id', reason: 'not found' }] });
    return event;
  }

  create(input: CalendarEventInput): Promise<CalendarEvent> {
    return this.repository.writer.create({ ...input, version: 1 });
  }

  async replace(id: string, input: CalendarEventInput, expectedVersion?: number): Promise<CalendarEvent> {
    const current = await this.get(id);
    assertVersionMatches(expectedVersion, current.version, `Calendar event ${id}`);
    return this.repository.writer.replace({ ...input, id, version: current.version + 1 });
  }

  async remove(id: string, expectedVersion?: number): Promise<void> {
    const current = await this.get(id);
    assertVersionMatches(expectedVersion, current.version, `Calendar event ${id}`);
    await this.repository.writer.remove(current);
  }
}
