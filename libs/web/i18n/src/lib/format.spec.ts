import { daysUntil, formatDate, formatDateRange, formatList, formatMonth, formatNumber } from './format';

describe('formatting per language (Intl)', () => {
  it('writes a calendar day as each language does, whatever the time zone', () => {
    expect(formatDate('2027-08-13', 'en')).toBe('Aug 13, 2027');
    expect(formatDate('2027-08-13', 'zh-Hant')).toBe('2027年8月13日');
    expect(formatDate('2027-08-13', 'zh-Hans')).toBe('2027年8月13日');
  });

  it('writes a range once, and a one-day range as its day', () => {
    expect(formatDateRange('2027-08-13', '2027-08-16', 'en')).toMatch(/^Aug 13\s*–\s*16, 2027$/);
    // CLDR's Chinese range pattern for these fields is numeric: 2027/8/13 – 2027/8/16.
    expect(formatDateRange('2027-08-13', '2027-08-16', 'zh-Hans')).toMatch(/^2027\/8\/13\s*[–至]\s*2027\/8\/16$/);
    expect(formatDateRange('2027-08-13', null, 'en')).toBe('Aug 13, 2027');
  });

  it('names months and groups numbers per language', () => {
    expect(formatMonth(8, 'en')).toBe('August');
    expect(formatMonth(8, 'zh-Hant')).toBe('8月');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatList(['tea', 'wine', 'food'], 'en')).toBe('tea, wine, and food');
  });

  it('counts whole days to a date, negative once it has passed', () => {
    const today = new Date('2027-08-10T23:30:00Z');
    expect(daysUntil('2027-08-13', today)).toBe(3);
    expect(daysUntil('2027-08-10', today)).toBe(0);
    expect(daysUntil('2027-08-01', today)).toBe(-9);
  });
});
