import { CalendarEvent } from '@fhk/web/api-client';

/** An event placed on the calendar: by its dates when known, else only by its usual month. */
export interface CalendarEntry {
  event: CalendarEvent;
  start: string | null;
  end: string | null;
  deadline: string | null;
  tentative: boolean;
  usualMonth: number | null;
}

export function toEntry(event: CalendarEvent): CalendarEntry {
  const edition = event.nextEdition;
  return {
    event,
    start: edition?.startDate ?? null,
    end: edition?.endDate ?? edition?.startDate ?? null,
    deadline: edition?.applicationDeadline ?? null,
    tentative: event.tentative || edition?.dateStatus === 'tentative' || !edition?.startDate,
    usualMonth: event.recurrence.usualMonth,
  };
}

/** Entries on a day (yyyy-mm-dd): those running that day, and those whose deadline it is. */
export function entriesOn(entries: CalendarEntry[], day: string): { running: CalendarEntry[]; deadlines: CalendarEntry[] } {
  return {
    running: entries.filter((e) => e.start !== null && e.start <= day && (e.end ?? e.start) >= day),
    deadlines: entries.filter((e) => e.deadline === day),
  };
}

/** Undated entries that usually take place in a month (1–12). */
export function undatedIn(entries: CalendarEntry[], month: number): CalendarEntry[] {
  return entries.filter((e) => e.start === null && e.usualMonth === month);
}

/** How many events fall in each month of the coming year (dated by start, else usual month). */
export function countByMonth(entries: CalendarEntry[]): number[] {
  const counts = new Array<number>(12).fill(0);
  for (const e of entries) {
    const month = e.start ? Number(e.start.slice(5, 7)) : e.usualMonth;
    if (month) counts[month - 1] += 1;
  }
  return counts;
}

/**
 * The first month (as yyyy-mm) from `today` on, within a year, in which something happens: a dated
 * event runs or starts, or an undated one usually takes place. The month view opens there.
 */
export function firstBusyMonth(entries: CalendarEntry[], today: Date): string {
  for (let i = 0; i < 12; i++) {
    const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + i, 1));
    const key = month.toISOString().slice(0, 7);
    const busy = entries.some((e) => (e.start ? e.start.slice(0, 7) <= key && (e.end ?? e.start).slice(0, 7) >= key : e.usualMonth === month.getUTCMonth() + 1));
    if (busy) return key;
  }
  return today.toISOString().slice(0, 7);
}
