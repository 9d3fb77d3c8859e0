import { CalendarEvent } from '@fhk/contracts';
import { loadCalendarSeed } from '../seed/calendar-seed';
import { filterCalendar } from './calendar-query';

const seed = loadCalendarSeed();
const withEdition = (id: string, usualMonth: number | null, startDate: string | null): CalendarEvent => ({
  ...seed[0],
  id,
  slug: id,
  recurrence: { ...seed[0].recurrence, usualMonth },
  nextEdition: startDate ? { startDate, endDate: startDate, applicationDeadline: null, dateStatus: 'confirmed' } : null,
});

describe('filterCalendar', () => {
  const toys = withEdition('toys-usually-january', 1, null);
  const tea = withEdition('tea-usually-august', 8, null);
  const december = withEdition('usually-december', 12, null);
  const dated = withEdition('dated-september', 9, '2027-09-08');
  const datedJanuary = withEdition('dated-january', 1, '2027-01-12');
  const unknown = withEdition('no-month', null, null);
  const events = [dated, unknown, tea, december, toys, datedJanuary];

  it('lists events in the order they next take place, an undated one in its usual month after that month\'s dated ones', () => {
    expect(filterCalendar(events, {}, '2026-12-03').map((e) => e.id)).toEqual([
      'usually-december',
      'dated-january',
      'toys-usually-january',
      'tea-usually-august',
      'dated-september',
      'no-month',
    ]);
  });

  it('moves a usual month that has passed this year to next year', () => {
    const order = filterCalendar([toys, tea], {}, '2027-03-01').map((e) => e.id);
    expect(order).toEqual(['tea-usually-august', 'toys-usually-january']);
  });

  it('finds an undated event by its usual month in a date range', () => {
    expect(filterCalendar(events, { from: '2027-08-01', to: '2027-08-31' }, '2026-12-03').map((e) => e.id)).toEqual(['tea-usually-august']);
  });
});
