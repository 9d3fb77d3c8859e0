import { CalendarEvent, Locale } from '@fhk/contracts';
import { escapeXml } from '@fhk/shared/util';

const esc = escapeXml;

const MONTHS: Record<Locale, string[]> = {
  'zh-Hant': ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  'zh-Hans': ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const LEGEND: Record<Locale, { title: string; dated: string; tentative: string; deadline: string; today: string }> = {
  'zh-Hant': { title: '未來十二個月的展會與活動', dated: '已公布日期', tentative: '通常月份（日期待定）', deadline: '報名截止', today: '今天' },
  'zh-Hans': { title: '未来十二个月的展会与活动', dated: '已公布日期', tentative: '通常月份（日期待定）', deadline: '报名截止', today: '今天' },
  en: { title: 'Fairs and events in the next twelve months', dated: 'dates announced', tentative: 'usual month (dates tentative)', deadline: 'application deadline', today: 'today' },
};

const LABEL_W = 300;
const MONTH_W = 62;
const ROW_H = 24;
const TOP = 64;

/**
 * A twelve-month picture of the calendar starting with the current month: one row per event,
 * a solid bar where dates are announced, a hatched month where only the usual month is known,
 * a red mark at an application deadline. Self-contained SVG, no scripts.
 */
export function calendarToSvg(events: CalendarEvent[], lang: Locale, today: string): string {
  const [year, month] = today.split('-').map(Number);
  const start = Date.UTC(year, month - 1, 1);
  const end = Date.UTC(year, month + 11, 1);
  const x = (iso: string) => {
    const t = Date.parse(`${iso}T00:00:00Z`);
    const d = new Date(t);
    const monthIndex = (d.getUTCFullYear() - year) * 12 + d.getUTCMonth() - (month - 1);
    const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    return LABEL_W + (monthIndex + (d.getUTCDate() - 1) / daysInMonth) * MONTH_W;
  };
  const inWindow = (iso: string | null | undefined) => !!iso && Date.parse(`${iso}T00:00:00Z`) >= start && Date.parse(`${iso}T00:00:00Z`) < end;
  const rows = events.filter((e) => inWindow(e.nextEdition?.startDate) || inWindow(e.nextEdition?.endDate) || e.recurrence.usualMonth);
  const width = LABEL_W + 12 * MONTH_W + 20;
  const height = TOP + rows.length * ROW_H + 50;
  const legend = LEGEND[lang];
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'Noto Sans CJK SC','Noto Sans',Arial,sans-serif" font-size="12">`,
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fde7c2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#e8a33d" stroke-width="2"/></pattern></defs>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="24" font-size="16" font-weight="bold">${esc(legend.title)}</text>`,
  ];
  for (let m = 0; m < 12; m++) {
    const label = MONTHS[lang][(month - 1 + m) % 12] + ((month - 1 + m) % 12 === 0 ? ` ${year + Math.floor((month - 1 + m) / 12)}` : '');
    const left = LABEL_W + m * MONTH_W;
    out.push(`<rect x="${left}" y="${TOP - 18}" width="${MONTH_W}" height="${rows.length * ROW_H + 18}" fill="${m % 2 ? '#f7f7f7' : '#fff'}"/>`);
    out.push(`<text x="${left + MONTH_W / 2}" y="${TOP - 5}" text-anchor="middle" fill="#444">${esc(label)}</text>`);
  }
  rows.forEach((event, i) => {
    const y = TOP + i * ROW_H;
    out.push(`<text x="${LABEL_W - 8}" y="${y + 16}" text-anchor="end">${esc(event.name[lang])}</text>`);
    const edition = event.nextEdition;
    if (edition?.startDate && (inWindow(edition.startDate) || inWindow(edition.endDate))) {
      const left = Math.max(LABEL_W, x(edition.startDate));
      const right = Math.max(left + 4, x(edition.endDate ?? edition.startDate) + MONTH_W / 30);
      const fill = edition.dateStatus === 'confirmed' ? '#1f6fb2' : 'url(#hatch)';
      out.push(`<rect x="${left}" y="${y + 4}" width="${right - left}" height="${ROW_H - 8}" rx="3" fill="${fill}"><title>${esc(`${event.name[lang]}: ${edition.startDate} – ${edition.endDate ?? ''}`)}</title></rect>`);
    } else if (event.recurrence.usualMonth) {
      const m = (event.recurrence.usualMonth - month + 12) % 12;
      out.push(`<rect x="${LABEL_W + m * MONTH_W + 2}" y="${y + 4}" width="${MONTH_W - 4}" height="${ROW_H - 8}" rx="3" fill="url(#hatch)" stroke="#e8a33d"><title>${esc(event.name[lang])}</title></rect>`);
    }
    if (inWindow(edition?.applicationDeadline)) {
      const dx = x(edition!.applicationDeadline!);
      out.push(`<path d="M${dx} ${y + 2} l5 10 l-10 0 z" fill="#c62828"><title>${esc(`${legend.deadline}: ${edition!.applicationDeadline}`)}</title></path>`);
    }
  });
  const todayX = x(today);
  out.push(`<line x1="${todayX}" y1="${TOP - 18}" x2="${todayX}" y2="${TOP + rows.length * ROW_H}" stroke="#c62828" stroke-dasharray="4 3"/>`);
  const ly = TOP + rows.length * ROW_H + 26;
  out.push(
    `<rect x="12" y="${ly - 11}" width="24" height="12" fill="#1f6fb2"/><text x="42" y="${ly}">${esc(legend.dated)}</text>`,
    `<rect x="200" y="${ly - 11}" width="24" height="12" fill="url(#hatch)" stroke="#e8a33d"/><text x="230" y="${ly}">${esc(legend.tentative)}</text>`,
    `<path d="M470 ${ly - 11} l5 10 l-10 0 z" fill="#c62828"/><text x="482" y="${ly}">${esc(legend.deadline)}</text>`,
    `<line x1="640" y1="${ly - 11}" x2="640" y2="${ly + 1}" stroke="#c62828" stroke-dasharray="4 3"/><text x="648" y="${ly}">${esc(legend.today)} ${today}</text>`,
    '</svg>',
  );
  return out.join('\n');
}
