import { loadCalendarSeed } from '@fhk/event-calendar/feature';
import { matchOpportunities, matchOpportunitiesBounded, matchScore, OpportunityCorpus, scoreBounds, toMatchableEnterprise } from '@fhk/matcher/core';
import { loadCatalogueSeed } from '@fhk/measure-catalogue/feature';
import { loadEvaluationSet, TODAY } from './evaluation';

/**
 * Forward matching prunes with `scoreBounds` (libs/matcher/core, match-bound.ts): on the shipped
 * catalogue and calendar and the 182 labelled firms, no pair scores above its bound, and the pruned
 * results are exactly those of scoring every candidate. (Generated data: match-bound.spec.ts and
 * score-pass.spec.ts in the core.)
 */
describe('score bounds on the shipped data and the labelled firms', () => {
  const corpus = OpportunityCorpus.fromEntities([...loadCatalogueSeed(), ...loadCalendarSeed()], { orderByKey: true });
  const firms = loadEvaluationSet().map((p) => toMatchableEnterprise(p.profile));

  it('bounds every pair: bound ≥ score, and every pair scoring above zero is a candidate', () => {
    const violations: string[] = [];
    let positive = 0;
    for (const e of firms) {
      const view = corpus.firmView(e);
      const ctx = { today: TODAY, language: e.classification.language, idf: corpus.idf, keywords: view.keywords };
      const { bound, candidates } = scoreBounds(e, corpus, view, { today: TODAY, types: null });
      const candidate = new Set(candidates);
      view.postings.profiles.forEach((o, i) => {
        const { score } = matchScore(e, o, ctx);
        if (score > 0) positive++;
        if (score > bound[i] || (score > 0 && !candidate.has(i))) violations.push(`${e.profile.name} × ${o.type}:${o.id}: ${score} > ${bound[i]}`);
      });
    }
    expect(violations).toEqual([]);
    expect(positive).toBeGreaterThan(firms.length * 10);
  });

  it('pruned forward matching returns what scoring every candidate returns', () => {
    const unpruned: typeof scoreBounds = (...args) => {
      const b = scoreBounds(...args);
      return { candidates: b.candidates, bound: b.bound.map(() => Infinity) };
    };
    for (const e of firms) {
      for (const limit of [10, 20]) {
        expect(matchOpportunities(e, corpus, { today: TODAY, limit })).toEqual(matchOpportunitiesBounded(e, corpus, { today: TODAY, limit }, unpruned));
      }
    }
  });
});
