import { logLoss } from './need-calibration';
import { NeedClassifier } from './need-classifier';
import { evaluateNeedClassifier, fittedNeedTemperature, labelledPhrases } from './need-model';

describe('need classifier calibration (temperature scaling on the held-out phrases)', () => {
  const all = labelledPhrases();
  const trained = new NeedClassifier(all.filter((p) => !p.heldOut));
  const heldOut = all.filter((p) => p.heldOut);

  it('measures the classifier as overconfident: the fitted temperature is above 1 and lowers the held-out log-loss', () => {
    const t = fittedNeedTemperature();
    expect(t).toBeGreaterThan(1.1);
    expect(t).toBeLessThan(2);
    expect(logLoss(trained.at(t), heldOut)).toBeLessThan(logLoss(trained, heldOut) - 0.01);
    // A minimum: both neighbours fit worse.
    expect(logLoss(trained.at(t * 1.2), heldOut)).toBeGreaterThan(logLoss(trained.at(t), heldOut));
    expect(logLoss(trained.at(t / 1.2), heldOut)).toBeGreaterThan(logLoss(trained.at(t), heldOut));
  });

  it('softens the posterior without reordering it, and keeps the counts', () => {
    const text = '香港交易所上市規則';
    const raw = trained.posterior(text);
    const soft = trained.at(2).posterior(text);
    expect(soft.map((p) => p.need)).toEqual(raw.map((p) => p.need));
    expect(soft[0].probability).toBeLessThan(raw[0].probability);
    expect(soft.reduce((s, p) => s + p.probability, 0)).toBeCloseTo(1, 10);
    expect(trained.at(2).at(1).posterior(text)).toEqual(raw);
    expect(() => trained.at(0)).toThrow(RangeError);
  });

  it('trades recall for precision at the shipped threshold (the ADR 0011 table, before and after)', () => {
    const raw = evaluateNeedClassifier(0.6);
    const calibrated = evaluateNeedClassifier(0.6, fittedNeedTemperature());
    expect(calibrated.recall).toBeLessThan(raw.recall);
    expect(calibrated.perNeed.map((p) => p.need)).toEqual(raw.perNeed.map((p) => p.need));
  });
});
