import type { LabelledPhrase, NeedClassifier } from './need-classifier';

/** Mean negative log-likelihood of the phrases' labels ("no need" as '') under `model`. */
export function logLoss(model: NeedClassifier, phrases: readonly LabelledPhrase[]): number {
  let sum = 0;
  for (const p of phrases) {
    const probability = model.posterior(p.text).find((q) => q.need === (p.need ?? ''))?.probability ?? 0;
    sum -= Math.log(Math.max(probability, 1e-12));
  }
  return sum / Math.max(phrases.length, 1);
}

const LOWEST = 0.25;
const HIGHEST = 8;

/**
 * Temperature scaling: the temperature in [0.25, 8] at which `model`'s posteriors best fit
 * phrases it was not trained on (least log-loss; golden-section search on log T, which is
 * unimodal for one scale parameter of a softmax). Exact and deterministic, as the counts are.
 */
export function fitTemperature(model: NeedClassifier, heldOut: readonly LabelledPhrase[]): number {
  const loss = (logT: number) => logLoss(model.at(Math.exp(logT)), heldOut);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = Math.log(LOWEST);
  let b = Math.log(HIGHEST);
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = loss(c);
  let fd = loss(d);
  while (b - a > 1e-3) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = loss(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = loss(d);
    }
  }
  return Math.exp((a + b) / 2);
}
