import { MatchResult } from '@fhk/web/api-client';
import { feedbackApplied, latestFeedback } from './feedback-state';

const result = (id: string, reasonCodes: string[] = ['industry']): MatchResult => ({
  type: 'event',
  id,
  title: { 'zh-Hant': id, 'zh-Hans': id, en: id },
  score: 1,
  reasons: reasonCodes.map((code) => ({ code, codes: [], terms: [], contribution: 1, text: code })),
  measures: [],
  sample: false,
  tentative: false,
  related: [],
  caveats: [],
  partial: false,
});

describe('feedbackApplied', () => {
  it('a result marked "not a fit" is applied once it has left the list', () => {
    const feedback = { opportunityType: 'event' as const, opportunityId: 'fair', reason: 'wrong-industry' as const };
    expect(feedbackApplied([result('fair'), result('other')], feedback)).toBe(false);
    expect(feedbackApplied([result('other')], feedback)).toBe(true);
  });

  it('a result marked useful is applied once it carries a feedback reason', () => {
    const feedback = { opportunityType: 'event' as const, opportunityId: 'fair', reason: 'useful' as const };
    expect(feedbackApplied([result('fair')], feedback)).toBe(false);
    expect(feedbackApplied([result('fair', ['industry', 'feedback'])], feedback)).toBe(true);
  });

  it('tells results of another type with the same id apart', () => {
    const feedback = { opportunityType: 'programme' as const, opportunityId: 'fair', reason: 'not-interested' as const };
    expect(feedbackApplied([result('fair')], feedback)).toBe(true);
  });
});

describe('latestFeedback', () => {
  it('keeps the latest word on each result, newest first', () => {
    const items = [
      { opportunityType: 'event' as const, opportunityId: 'a', reason: 'useful' as const, recordedAt: '2026-12-01T10:00:00Z' },
      { opportunityType: 'event' as const, opportunityId: 'b', reason: 'too-small' as const, recordedAt: '2026-12-01T10:01:00Z' },
      { opportunityType: 'event' as const, opportunityId: 'a', reason: 'wrong-market' as const, recordedAt: '2026-12-01T10:02:00Z' },
    ];
    expect(latestFeedback(items).map((f) => `${f.opportunityId}:${f.reason}`)).toEqual(['a:wrong-market', 'b:too-small']);
  });
});
