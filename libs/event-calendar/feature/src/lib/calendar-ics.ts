import ical, { ICalEventStatus } from 'ical-generator';
import { CalendarEvent, Locale } from '@fhk/contracts';

const LABELS: Record<Locale, { calendar: string; tentative: string; usually: (month: number) => string; notAnnounced: string; deadline: string; provenance: string }> = {
  'zh-Hant': {
    calendar: '閩港合作活動日曆',
    tentative: '（待定）',
    usually: (m) => `通常於${m}月舉行`,
    notAnnounced: '下屆日期尚未公布，此為該月份的佔位，請向主辦單位查詢。',
    deadline: '報名截止：',
    provenance: '合作措施',
  },
  'zh-Hans': {
    calendar: '闽港合作活动日历',
    tentative: '（待定）',
    usually: (m) => `通常于${m}月举行`,
    notAnnounced: '下届日期尚未公布，此为该月份的占位，请向主办单位查询。',
    deadline: '报名截止：',
    provenance: '合作措施',
  },
  en: {
    calendar: 'Fujian–Hong Kong cooperation calendar',
    tentative: ' (tentative)',
    usually: (m) => `usually held in ${new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })}`,
    notAnnounced: 'The next edition’s dates have not been announced: this entry only holds the usual month. Check with the organiser.',
    deadline: 'Application deadline: ',
    provenance: 'Cooperation measure',
  },
};

/** A calendar date as a local midnight, so all-day events keep their date in any server time zone. */
const day = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
};
const nextDay = (iso: string): Date => {
  const date = day(iso);
  date.setDate(date.getDate() + 1);
  return date;
};

/**
 * iCalendar (RFC 5545) for a set of events, in one language. Known dates are all-day events;
 * an event whose next dates are not announced becomes a month-long entry with STATUS:TENTATIVE,
 * "(tentative)" in its title and a note saying the dates are not announced — never a guessed day.
 * Application deadlines are separate all-day events.
 */
export function calendarToIcs(events: CalendarEvent[], lang: Locale, today: string): string {
  const labels = LABELS[lang];
  const calendar = ical({ name: labels.calendar, prodId: { company: 'fhk-matcher', product: 'event-calendar', language: lang } });
  for (const event of events) {
    const edition = event.nextEdition;
    const description = [event.summary[lang], `${labels.provenance}: ${event.measures.join(', ') || '–'}`, event.notes ?? ''].filter(Boolean);
    const location = [event.venue?.[lang], event.city[lang]].filter(Boolean).join(', ');
    if (edition?.startDate) {
      const tentative = edition.dateStatus === 'tentative';
      calendar.createEvent({
        id: `${event.id}@fhk-matcher`,
        start: day(edition.startDate),
        end: nextDay(edition.endDate ?? edition.startDate),
        allDay: true,
        summary: `${event.name[lang]}${tentative ? labels.tentative : ''}`,
        description: description.join('\n\n'),
        location,
        url: event.officialUrl ?? undefined,
        status: tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      });
    } else if (event.recurrence.usualMonth) {
      const month = event.recurrence.usualMonth;
      const [year, thisMonth] = today.split('-').map(Number);
      const startYear = month >= thisMonth ? year : year + 1;
      calendar.createEvent({
        id: `${event.id}@fhk-matcher`,
        start: new Date(startYear, month - 1, 1),
        end: new Date(startYear, month, 1),
        allDay: true,
        summary: `${event.name[lang]}${labels.tentative}`,
        description: [`${labels.usually(month)}. ${labels.notAnnounced}`, ...description].join('\n\n'),
        location,
        url: event.officialUrl ?? undefined,
        status: ICalEventStatus.TENTATIVE,
      });
    }
    if (edition?.applicationDeadline) {
      calendar.createEvent({
        id: `${event.id}-deadline@fhk-matcher`,
        start: day(edition.applicationDeadline),
        end: nextDay(edition.applicationDeadline),
        allDay: true,
        summary: `${labels.deadline}${event.name[lang]}`,
        url: event.officialUrl ?? undefined,
        status: ICalEventStatus.CONFIRMED,
      });
    }
  }
  return calendar.toString();
}
