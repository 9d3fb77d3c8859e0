import { BATCHES, batchFoldsOf, crossValidate, FOLDS, foldsOf } from './cross-validation';
import { loadEvaluationSet, splitOf } from './evaluation';

describe('cross-validation within the tuning split', () => {
  const tuning = loadEvaluationSet().filter((p) => splitOf(p) === 'tuning');
  const folds = foldsOf(tuning);

  it('never splits a cross-language group and keeps folds of nearly equal size', () => {
    for (const p of tuning) if (p.group) for (const q of tuning.filter((x) => x.group === p.group)) expect(folds.get(q.id)).toBe(folds.get(p.id));
    const sizes = Array.from({ length: FOLDS }, (_, f) => [...folds.values()].filter((x) => x === f).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(tuning.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(3);
  });

  it('gives a version that only fits some folds no better nested estimate than the base', () => {
    const base = Object.fromEntries(tuning.map((p) => [p.id, 0.5]));
    // Better by 0.2 on fold 0 only, worse by 0.1 everywhere else: the best version on the other
    // folds is the base, except when fold 0 is among them.
    const fitted = Object.fromEntries(tuning.map((p) => [p.id, folds.get(p.id) === 0 ? 0.9 : 0.4]));
    const uniform = Object.fromEntries(tuning.map((p) => [p.id, 0.6]));
    const cv = crossValidate(folds, [
      ['base', base],
      ['fitted', fitted],
      ['uniform', uniform],
    ]);
    expect(cv.base).toBeCloseTo(0.5, 10);
    expect(cv.versions[1].foldGains[0]).toBeCloseTo(0.4, 10);
    expect(cv.versions[1].foldGains[1]).toBeCloseTo(-0.1, 10);
    expect(cv.chosen).toEqual(new Array(FOLDS).fill('uniform'));
    expect(cv.nested).toBeCloseTo(0.6, 10);
    const withoutUniform = crossValidate(folds, [
      ['base', base],
      ['fitted', fitted],
    ]);
    expect(withoutUniform.chosen.slice(1)).toEqual(new Array(FOLDS - 1).fill('fitted'));
    expect(withoutUniform.nested).toBeLessThan(withoutUniform.versions[1].mean);
  });

  describe('leaving one writer batch out', () => {
    const batches = batchFoldsOf(tuning);

    it('puts every tuning profile in its writer batch, with a cross-language group in one batch', () => {
      const sizes = BATCHES.map((_, b) => [...batches.values()].filter((x) => x === b).length);
      // The data README: 53 profiles of 2026-11-24, 39 of 2026-12-01 not held out, 36 of 2026-12-02.1, 30 of 2026-12-03.2, 30 of 2026-12-04.1.
      expect(sizes).toEqual([53, 39, 36, 30, 30]);
      for (const p of tuning) if (p.group) for (const q of tuning.filter((x) => x.group === p.group)) expect(batches.get(q.id)).toBe(batches.get(p.id));
      // The oldest batch has no writer's note; the later writers wrote one on every profile.
      for (const p of tuning) expect(batches.get(p.id) === 0).toBe(!('writerNote' in p));
    });

    it('refuses a tuning profile without a known batch', () => {
      expect(() => batchFoldsOf([{ ...tuning[0], batch: undefined }])).toThrow(tuning[0].id);
    });

    it('reports the gain and the profiles better and worse on the batch left out', () => {
      const base = Object.fromEntries(tuning.map((p) => [p.id, 0.5]));
      // Fitted to the other batches' wordings: better there, worse on the third writer's.
      const fitted = Object.fromEntries(tuning.map((p) => [p.id, batches.get(p.id) === 2 ? 0.4 : 0.7]));
      const cv = crossValidate(batches, [
        ['base', base],
        ['fitted', fitted],
      ], BATCHES.length);
      expect(cv.versions[1].foldGains.map((g) => Number(g.toFixed(6)))).toEqual([0.2, 0.2, -0.1, 0.2, 0.2]);
      expect(cv.versions[1].foldBetter).toEqual([53, 39, 0, 30, 30]);
      expect(cv.versions[1].foldWorse).toEqual([0, 0, 36, 0, 0]);
      // Its mean over the split is higher than the base's; only the batch left out shows the loss.
      expect(cv.versions[1].mean).toBeGreaterThan(cv.base);
      expect(cv.chosen).toEqual(['fitted', 'fitted', 'fitted', 'fitted', 'fitted']);
    });
  });
});
