import { EN_MESSAGES } from './match-messages.en';
import { message, monthName } from './message-catalogue';

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

describe('message', () => {
  it('fills each {parameter} in, in order, from a record or a resolver asked only for the names it has', () => {
    expect(message('en', 'reason.industry', { labels: 'Tea', quoted: ' (“tea”)' })).toBe('Industry match: Tea (“tea”)');
    const asked: string[] = [];
    const text = message('en', 'reason.industry', (name) => (asked.push(name), name.toUpperCase()));
    expect(text).toBe('Industry match: LABELSQUOTED');
    expect(asked).toEqual(['labels', 'quoted']);
  });

  it('leaves unknown parameters empty and answers a message without any as written', () => {
    expect(message('en', 'reason.industry', {})).toBe('Industry match: ');
    expect(message('en', 'reason.industry', () => undefined)).toBe('Industry match: ');
    expect(message('en', 'list.separator')).toBe(EN_MESSAGES['list.separator']);
  });

  it('answers every English message as a regex replace of its parameters would', () => {
    const params = (name: string) => `<${name}>`;
    for (const key of Object.keys(EN_MESSAGES) as Array<keyof typeof EN_MESSAGES>) {
      expect(message('en', key, params)).toBe(EN_MESSAGES[key].replace(/\{(\w+)\}/g, (_, name: string) => params(name)));
    }
  });
});
