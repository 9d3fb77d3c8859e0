import { monthName } from './message-catalogue';

describe('monthName', () => {
  it('names every month in each language as Intl does', () => {
    expect([1, 8, 12].map((m) => monthName('en', m))).toEqual(['January', 'August', 'December']);
    expect(monthName('zh-Hans', 8)).toBe('八月');
    expect(monthName('zh-Hant', 3)).toBe('3月');
  });

  it('answers the same on a second call (the names are made once per language)', () => {
    expect(monthName('en', 5)).toBe('May');
    expect(monthName('en', 5)).toBe('May');
    expect(monthName('zh-Hant', 5)).toBe('5月');
  });

  it('has no name for a month outside 1–12', () => {
    expect(monthName('en', 0)).toBe('');
    expect(monthName('en', 13)).toBe('');
  });
});
