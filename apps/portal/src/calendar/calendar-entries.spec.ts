/**
 * @jest-environment node
 */
import { CalendarEvent } from '@fhk/web/api-client';
import { countByMonth, entriesOn, firstBusyMonth, toEntry, undatedIn } from './calendar-entries';

const event = (id: string, nextEdition: CalendarEvent['nextEdition'], usualMonth: number | null, tentative = false): CalendarEvent =>
  ({ id, tentative, recurrence: { frequency: 'annual', usualMonth }, nextEdition }) as CalendarEvent;

const teaFair = event('tea', null, 8, true);
const foodExpo = event('food', { startDate: '2027-08-12', endDate: '2027-08-16', applicationDeadline: '2027-05-31', dateStatus: 'confirmed' }, 8);
const cifit = event('cifit', { startDate: '2027-09-08', endDate: '2027-09-11', applicationDeadline: null, dateStatus: 'tentative' }, 9);

describe('calendar entries', () => {
  const entries = [teaFair, cifit, foodExpo].map(toEntry);

  it('marks undated and tentative editions as tentative, announced ones not', () => {
    expect(entries.map((e) => [e.event.id, e.tentative])).toEqual([
      ['tea', true],
      ['cifit', true],
      ['food', false],
    ]);
  });

  it('puts an event on every day it runs and a deadline on its day', () => {
    expect(entriesOn(entries, '2027-08-14').running.map((e) => e.event.id)).toEqual(['food']);
    expect(entriesOn(entries, '2027-08-17').running).toEqual([]);
    expect(entriesOn(entries, '2027-05-31').deadlines.map((e) => e.event.id)).toEqual(['food']);
  });

  it('opens the month view at the first month with something in it', () => {
    expect(firstBusyMonth(entries, new Date('2026-12-01T00:00:00Z'))).toBe('2027-08');
    expect(firstBusyMonth(entries, new Date('2027-09-20T00:00:00Z'))).toBe('2027-09');
    expect(firstBusyMonth([], new Date('2026-12-01T00:00:00Z'))).toBe('2026-12');
  });

  it('shows undated events under their usual month, and counts events per month', () => {
    expect(undatedIn(entries, 8).map((e) => e.event.id)).toEqual(['tea']);
    expect(undatedIn(entries, 9)).toEqual([]);
    const counts = countByMonth(entries);
    expect(counts[7]).toBe(2);
    expect(counts[8]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
  });
});
