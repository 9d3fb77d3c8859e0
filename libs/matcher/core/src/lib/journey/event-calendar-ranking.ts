import type { LocalizedText, Locale } from '@fhk/contracts';
import { message, monthName } from '../messages/message-catalogue';
import { scoreMatch } from '../matching/match-scorer';
import { FeedbackAdjuster, MatchableEnterprise, MatchReason } from '../matching/match-types';
import { OpportunityCorpus } from '../matching/opportunity-corpus';

export interface EventAhead {
  readonly id: string;
  readonly title: LocalizedText;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
  /** `announced`: dates published and confirmed; `tentative`: dates expected, not confirmed; `usual-month`: only the usual month is known. */
  readonly dateStatus: 'announced' | 'tentative' | 'usual-month';
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly applicationDeadline: string | null;
  /** The month (YYYY-MM) it falls in within the window. */
  readonly month: string;
  readonly when: string;
}

/**
 * Verdicts that an event is not for this firm (made for other industries, for Hong Kong firms
 * coming in, for students or institutions). Forward matching keeps such items low in its list as
 * partial matches; the calendar of events to attend leaves them out.
 */
const NOT_FOR_THIS_FIRM = new Set<MatchReason['code']>(['industry-mismatch', 'direction', 'people-audience']);

const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/**
 * The events of the next twelve months that fit a firm (none made for others), best first, with their dates and
 * deadlines. An edition with dates counts when it starts in the window; an annual event without
 * announced dates is placed in its usual month, and says that the dates are not announced.
 */
export function eventsAhead(enterprise: MatchableEnterprise, corpus: OpportunityCorpus, options: { today: string; language?: Locale; months?: number; feedback?: FeedbackAdjuster }): EventAhead[] {
  const language = options.language ?? enterprise.classification.language;
  const end = addMonths(options.today, options.months ?? 12);
  const ctx = { today: options.today, language, idf: corpus.idf, keywords: corpus.keywords, feedback: options.feedback };
  const out: EventAhead[] = [];
  // Only candidates can score above zero (match-candidates.ts); they come in `profiles` order.
  for (const o of corpus.candidatesFor(enterprise)) {
    if (o.type !== 'event' || !o.edition) continue;
    const { score, reasons } = scoreMatch(enterprise, o, ctx);
    if (score <= 0 || reasons.some((r) => NOT_FOR_THIS_FIRM.has(r.code))) continue;
    const e = o.edition;
    let item: Omit<EventAhead, 'id' | 'title' | 'score' | 'reasons'> | null = null;
    if (e.startDate && e.startDate >= options.today && e.startDate < end) {
      const dates = e.endDate && e.endDate !== e.startDate ? `${e.startDate} – ${e.endDate}` : e.startDate;
      item = {
        dateStatus: e.confirmed ? 'announced' : 'tentative',
        startDate: e.startDate,
        endDate: e.endDate,
        applicationDeadline: e.deadline,
        month: e.startDate.slice(0, 7),
        when: message(language, e.confirmed ? 'reason.next-edition' : 'reason.next-edition.tentative', { date: dates }),
      };
    } else if (!e.startDate && e.usualMonth) {
      const [y, m] = options.today.split('-').map(Number);
      const year = e.usualMonth >= m ? y : y + 1;
      item = {
        dateStatus: 'usual-month',
        startDate: null,
        endDate: null,
        applicationDeadline: null,
        month: `${year}-${String(e.usualMonth).padStart(2, '0')}`,
        when: message(language, 'reason.next-edition.usual-month', { month: monthName(language, e.usualMonth) }),
      };
    }
    if (item) out.push({ id: o.id, title: o.title, score, reasons, ...item });
  }
  return out.sort((a, b) => b.score - a.score || a.month.localeCompare(b.month) || a.id.localeCompare(b.id));
}
