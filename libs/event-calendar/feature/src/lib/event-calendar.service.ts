import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { applyMergePatch, CalendarEvent, CalendarEventInput, CalendarEventInputSchema } from '@fhk/contracts';
import { assertVersionMatches, validateWith } from '@fhk/platform/http';
import { CalendarEventRepository } from './calendar-event.repository';
import { CalendarQuery, filterCalendar, upcomingDeadlines } from './calendar-query';

@Injectable()
export class EventCalendarService {
  constructor(private readonly repository: CalendarEventRepository) {}

  async query(query: CalendarQuery, today = new Date().toISOString().slice(0, 10)): Promise<CalendarEvent[]> {
    return filterCalendar(await this.repository.all(), query, today);
  }

  async deadlines(today = new Date().toISOString().slice(0, 10)): Promise<CalendarEvent[]> {
    return upcomingDeadlines(await this.repository.all(), today);
  }

  find(id: string): Promise<CalendarEvent | null> {
    return this.repository.get(id);
  }

  async get(id: string): Promise<CalendarEvent> {
    const event = await this.repository.get(id);
    if (!event) throw notFound(id);
    return event;
  }

  /** A JSON Merge Patch (RFC 7396) of the stored event; the result is validated as a whole event. */
  patch(id: string, patch: Record<string, unknown>, expectedVersion?: number): Promise<CalendarEvent> {
    return this.repository.writer.update(id, (current) => {
      if (!current) throw notFound(id);
      assertVersionMatches(expectedVersion, current.version, `Calendar event ${id}`);
      const { version, ...input } = current;
      const next = validateWith(CalendarEventInputSchema, applyMergePatch(input, patch));
      if (next.id !== id) throw idChanged(id);
      return { ...next, version: version + 1 };
    });
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

const notFound = (id: string) => new NotFoundException({ message: `No calendar event with id ${id.slice(0, 200)}`, issues: [{ field: 'id', reason: 'not found' }] });
const idChanged = (id: string) => new BadRequestException({ message: 'A patch cannot change the id', issues: [{ field: 'id', reason: `expected ${id}` }] });
