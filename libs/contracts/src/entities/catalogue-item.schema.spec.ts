import { AUDIENCE_CODES } from '../vocabulary/market.vocabulary';
import { INDUSTRY_CODES } from '../vocabulary/industry.vocabulary';
import { NEED_CODES } from '../vocabulary/need.vocabulary';
import { CalendarEventSchema, ServiceProviderSchema, TagsSchema } from './catalogue-item.schema';
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

  it('let a service provider say whether it serves firms or informs them, and refuse any other role', () => {
    const text = { 'zh-Hant': '檢測認證局', 'zh-Hans': '检测认证局', en: 'Testing council' };
    const provider = {
      id: 'hkctc', slug: 'hkctc', version: 1, name: text, summary: text, tags: {}, measures: [], kind: 'service-provider',
      providerType: 'statutory-body', serviceCategories: [], offers: text,
    };
    expect(ServiceProviderSchema.parse(provider).role).toBeUndefined();
    expect(ServiceProviderSchema.parse({ ...provider, role: 'informs' }).role).toBe('informs');
    const wrong = ServiceProviderSchema.safeParse({ ...provider, role: 'advises' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((i) => i.path.join('.'))).toEqual(['role']);
  });
});
