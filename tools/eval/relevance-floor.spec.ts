import { evaluate, EvaluationReport } from './evaluation';

/**
 * Guards relevance so it cannot silently regress. Floors sit a little under the measured values
 * (README table); raise them when the matcher improves, never lower them to let a change pass.
 */
const FLOOR = { ndcg10: 0.72, p5: 0.68, perLanguageNdcg10: 0.7 };
/** The matcher must beat the stronger baseline (BM25) by at least this, in every language. */
const MARGIN = 0.03;

describe('relevance on the labelled evaluation set', () => {
  let report: EvaluationReport;
  beforeAll(async () => {
    report = await evaluate();
  }, 120_000);

  it('stays above its floor overall', () => {
    expect(report.overall.matcher.profiles).toBeGreaterThanOrEqual(45);
    expect(report.overall.matcher.ndcg10).toBeGreaterThanOrEqual(FLOOR.ndcg10);
    expect(report.overall.matcher.p5).toBeGreaterThanOrEqual(FLOOR.p5);
  });

  it.each(['zh-Hant', 'zh-Hans', 'en'] as const)('beats both baselines by a clear margin in %s', (language) => {
    const scores = report.byLanguage[language];
    expect(scores.matcher.profiles).toBeGreaterThanOrEqual(13);
    expect(scores.matcher.ndcg10).toBeGreaterThanOrEqual(FLOOR.perLanguageNdcg10);
    expect(scores.matcher.ndcg10).toBeGreaterThanOrEqual(scores['baseline-bm25'].ndcg10 + MARGIN);
    expect(scores.matcher.ndcg10).toBeGreaterThanOrEqual(scores['baseline-engine'].ndcg10 + MARGIN);
  });
});
