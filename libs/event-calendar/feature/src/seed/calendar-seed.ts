import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CalendarEvent, CalendarEventSchema } from '@fhk/contracts';

/**
 * Version of the shipped calendar seed, equal to the file's `dataVersion`;
 * bump both together whenever the content changes (see data/README.md).
 */
export const CALENDAR_SEED_VERSION = '2026-12-01.3';

/** Folder holding the seed JSON file (libs/event-calendar/feature/data). */
export const CALENDAR_DATA_DIR = join(__dirname, '../../data');

export const CALENDAR_SEED_FILE = 'calendar-events.json';

/** Thrown when the seed file or an event is malformed; the message names file, index, id and field. */
export class CalendarSeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarSeedError';
  }
}

function describeId(raw: unknown): string {
  if (raw !== null && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string') return `"${id}"`;
  }
  return '(no id)';
}

/** Rules the schema alone cannot express: a confirmed edition has both dates, and dates are in order. */
function editionProblem(event: CalendarEvent): string | null {
  const edition = event.nextEdition;
  if (!edition) return null;
  const { startDate, endDate, applicationDeadline, dateStatus } = edition;
  if (dateStatus === 'confirmed' && (!startDate || !endDate)) {
    return 'field nextEdition: a confirmed edition needs both startDate and endDate';
  }
  if (startDate && endDate && endDate < startDate) return 'field nextEdition.endDate: is before startDate';
  if (endDate && !startDate) return 'field nextEdition.startDate: missing while endDate is set';
  if (applicationDeadline && startDate && applicationDeadline > startDate) {
    return 'field nextEdition.applicationDeadline: is after startDate';
  }
  return null;
}

/**
 * Reads and validates the calendar seed file. Throws a {@link CalendarSeedError} naming the
 * file, item index, id and field of the first invalid event, or the first duplicated id.
 */
export function loadCalendarSeed(dataDir: string = CALENDAR_DATA_DIR): CalendarEvent[] {
  const file = CALENDAR_SEED_FILE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  } catch (error) {
    throw new CalendarSeedError(`${file}: cannot read or parse JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CalendarSeedError(`${file}: expected an object with dataVersion, kind and items`);
  }
  const envelope = parsed as { dataVersion?: unknown; kind?: unknown; items?: unknown };
  if (envelope.dataVersion !== CALENDAR_SEED_VERSION) {
    throw new CalendarSeedError(
      `${file}: field dataVersion is ${JSON.stringify(envelope.dataVersion)}, expected "${CALENDAR_SEED_VERSION}"`,
    );
  }
  if (envelope.kind !== 'calendar-event') {
    throw new CalendarSeedError(`${file}: field kind is ${JSON.stringify(envelope.kind)}, expected "calendar-event"`);
  }
  if (!Array.isArray(envelope.items)) {
    throw new CalendarSeedError(`${file}: field items must be an array`);
  }
  const events: CalendarEvent[] = [];
  const seen = new Map<string, number>();
  envelope.items.forEach((raw: unknown, index: number) => {
    const where = `${file}: items[${index}] (id ${describeId(raw)})`;
    const result = CalendarEventSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(item)';
      throw new CalendarSeedError(`${where}: field ${field}: ${issue ? issue.message : 'invalid'}`);
    }
    const event = result.data;
    const problem = editionProblem(event);
    if (problem) throw new CalendarSeedError(`${where}: ${problem}`);
    const previous = seen.get(event.id);
    if (previous !== undefined) throw new CalendarSeedError(`${where}: field id duplicates items[${previous}]`);
    seen.set(event.id, index);
    events.push(event);
  });
  return events;
}
