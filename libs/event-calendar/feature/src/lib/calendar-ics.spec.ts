import ICAL from 'ical.js';
import { CalendarEvent } from '@fhk/contracts';
import { loadCalendarSeed } from '../seed/calendar-seed';
import { calendarToIcs } from './calendar-ics';

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const seed = loadCalendarSeed();
const confirmed: CalendarEvent = {
  ...seed[0],
  id: 'test-fair',
  slug: 'test-fair',
  name: { 'zh-Hant': '測試展', 'zh-Hans': '测试展', en: 'Test Fair, with; commas' },
  nextEdition: { startDate: '2027-04-13', endDate: '2027-04-16', applicationDeadline: '2027-01-31', dateStatus: 'confirmed' },
};

describe('calendarToIcs', () => {
  it('exports every seeded event and parses with a real iCalendar parser', () => {
    const events = parse(calendarToIcs(seed, 'en', '2026-11-24'));
    const withMonthOrDate = seed.filter((e) => e.nextEdition?.startDate || e.recurrence.usualMonth);
    expect(events.length).toBeGreaterThanOrEqual(withMonthOrDate.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('gives known dates as all-day events, end exclusive, and the deadline as its own event', () => {
    const [fair, deadline] = parse(calendarToIcs([confirmed], 'en', '2026-11-24'));
    expect(fair.summary).toBe('Test Fair, with; commas');
    expect(fair.startDate.toString()).toBe('2027-04-13');
    expect(fair.startDate.isDate).toBe(true);
    expect(fair.endDate.toString()).toBe('2027-04-17');
    expect(fair.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(deadline.summary).toBe('Application deadline: Test Fair, with; commas');
    expect(deadline.startDate.toString()).toBe('2027-01-31');
  });

  it('never presents a guessed day: an unannounced edition is a tentative month, said so in the text', () => {
    const teaFair = seed.find((e) => e.name.en.includes('Tea Fair'))!;
    expect(teaFair.nextEdition?.startDate ?? null).toBeNull();
    const [event] = parse(calendarToIcs([teaFair], 'zh-Hant', '2026-11-24'));
    expect(event.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(event.summary).toBe(`${teaFair.name['zh-Hant']}（待定）`);
    expect(event.startDate.toString()).toBe(`2027-${String(teaFair.recurrence.usualMonth).padStart(2, '0')}-01`);
    expect(event.description).toContain('尚未公布');
  });

  it('writes each language', () => {
    const [hans] = parse(calendarToIcs([confirmed], 'zh-Hans', '2026-11-24'));
    expect(hans.summary).toBe('测试展');
  });
});
