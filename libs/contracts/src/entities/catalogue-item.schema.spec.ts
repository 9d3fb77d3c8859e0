import { AUDIENCE_CODES } from '../vocabulary/market.vocabulary';
import { INDUSTRY_CODES } from '../vocabulary/industry.vocabulary';
import { NEED_CODES } from '../vocabulary/need.vocabulary';
import { CalendarEventSchema, TagsSchema } from './catalogue-item.schema';
import { EnterpriseInputSchema } from './enterprise.schema';

describe('entity schemas', () => {
  it('require every localized text in all three languages, none blank', () => {
    const result = TagsSchema.safeParse({ industries: ['tea', 'spaceships'] });
    expect(result.success).toBe(false);
    const event = CalendarEventSchema.safeParse({ name: { 'zh-Hant': '茶展', 'zh-Hans': ' ', en: 'Tea Fair' } });
    expect(event.success).toBe(false);
    expect(JSON.stringify(event.error?.issues.map((i) => i.path.join('.')))).toContain('name.zh-Hans');
  });

  it('keep vocabulary codes unique slugs', () => {
    for (const codes of [INDUSTRY_CODES, NEED_CODES, AUDIENCE_CODES]) {
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes.every((c) => /^[a-z]+(-[a-z]+)*$/.test(c))).toBe(true);
    }
  });

  it('default the optional enterprise fields and refuse unknown ones', () => {
    expect(EnterpriseInputSchema.parse({ name: '漳州食品', city: '漳州' })).toMatchObject({ industry: '', employees: null, outreachConsent: false });
    expect(EnterpriseInputSchema.safeParse({ name: 'x', city: 'y', revenue: 1 }).success).toBe(false);
  });
});
