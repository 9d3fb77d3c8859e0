import { z } from 'zod';
import { AUDIENCE_CODES, CalendarEvent, INDUSTRY_CODES, LocaleSchema } from '@fhk/contracts';

const isoDate = z.iso.date('must be a date like 2027-04-13');

const CalendarQueryFields = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    industry: z.enum(INDUSTRY_CODES as [string, ...string[]]).optional(),
    audience: z.enum(AUDIENCE_CODES as [string, ...string[]]).optional(),
    /** City name in any of the three languages, e.g. 香港, Xiamen, 厦门. */
    city: z.string().trim().min(1).max(60).optional(),
    measure: z.coerce.number<string>().int().min(1).max(28).optional(),
  })
  .strict();
const fromNotAfterTo = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;

export const CalendarQuerySchema = CalendarQueryFields.refine(fromNotAfterTo, { message: 'from must not be after to', path: ['from'] });
export type CalendarQuery = z.infer<typeof CalendarQuerySchema>;

/** The same query for the iCalendar export, plus the language of its texts. */
export const CalendarIcsQuerySchema = CalendarQueryFields.extend({ lang: LocaleSchema.default('en') }).refine(fromNotAfterTo, {
  message: 'from must not be after to',
  path: ['from'],
});
export type CalendarIcsQuery = z.infer<typeof CalendarIcsQuerySchema>;

/**
 * Whether an event falls in [from, to]: by its next edition's dates when known, else by its
 * usual month (tentative events are found by the month they usually take place in).
 */
function inRange(event: CalendarEvent, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  const edition = event.nextEdition;
  if (edition?.startDate) {
    const end = edition.endDate ?? edition.startDate;
    return (!from || end >= from) && (!to || edition.startDate <= to);
  }
  const month = event.recurrence.usualMonth;
  if (!month) return false;
  const start = new Date(`${from ?? to}T00:00:00Z`);
  const stop = new Date(`${to ?? from}T00:00:00Z`);
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d <= stop; d.setUTCMonth(d.getUTCMonth() + 1)) {
    if (d.getUTCMonth() + 1 === month) return true;
  }
  return false;
}

/** The events a query asks for, in the order they next take place from `today` (yyyy-mm-dd). */
export function filterCalendar(events: CalendarEvent[], query: CalendarQuery, today: string): CalendarEvent[] {
  const city = query.city?.toLowerCase();
  return events
    .filter(
      (e) =>
        inRange(e, query.from, query.to) &&
        (!query.industry || e.tags.industries.includes(query.industry)) &&
        (!query.audience || e.tags.audiences.includes(query.audience)) &&
        (query.measure === undefined || e.measures.includes(query.measure)) &&
        (!city || [e.city['zh-Hant'], e.city['zh-Hans'], e.city.en].some((c) => c.toLowerCase().includes(city))),
    )
    .sort((a, b) => sortKey(a, today).localeCompare(sortKey(b, today)) || a.id.localeCompare(b.id));
}

/**
 * A known edition by its start date; an undated event in the next month it usually takes place in
 * (this month or later), after that month's dated events; events with neither last.
 */
function sortKey(e: CalendarEvent, today: string): string {
  if (e.nextEdition?.startDate) return e.nextEdition.startDate;
  const month = e.recurrence.usualMonth;
  if (!month) return '9999-99';
  const year = Number(today.slice(0, 4)) + (month < Number(today.slice(5, 7)) ? 1 : 0);
  return `${year}-${String(month).padStart(2, '0')}-99`;
}

/** Events whose application deadline is today or later, soonest first. */
export function upcomingDeadlines(events: CalendarEvent[], today: string): CalendarEvent[] {
  return events
    .filter((e) => e.nextEdition?.applicationDeadline && e.nextEdition.applicationDeadline >= today)
    .sort((a, b) => a.nextEdition!.applicationDeadline!.localeCompare(b.nextEdition!.applicationDeadline!));
}
