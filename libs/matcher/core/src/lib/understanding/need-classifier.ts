import { ENGLISH_STOP_WORDS, stemEnglish } from '../text/english-word-analyzer';
import { normalizeText } from '../text/text-normalizer';

/** A labelled phrase: what it says, and the need it expresses (null: no need, e.g. a product line). */
export interface LabelledPhrase {
  readonly text: string;
  readonly need: string | null;
}

export interface NeedPrediction {
  readonly need: string;
  /** Posterior probability of the need, in [0, 1]. */
  readonly probability: number;
}

const NONE = '∅';
/** Character n-grams of these lengths; words for Latin text. */
const CJK_GRAMS = [2, 3];
const SMOOTHING = 0.1;
/**
 * Hong Kong is named in nearly every need ("register a company in Hong Kong"): it says where, not
 * what, and as a feature it only pulls clauses towards the needs whose phrases name it most.
 */
const PLACES = /香港|\bhong\s*kong\b|\bhk\b|\bhksar\b/g;

/**
 * Features of a text: character 1–3-grams of each CJK run and stems-free lowercase words and
 * word bigrams of Latin text, from the folded text (NFKC, Simplified, lowercase), so the three
 * scripts share features (資金 = 资金).
 */
export function featuresOf(text: string): string[] {
  const folded = normalizeText(text).replace(PLACES, ' ');
  const out: string[] = [];
  for (const run of folded.match(/[\u3400-\u9fff\uf900-\ufaff]+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.push(chars[0]);
    for (const n of CJK_GRAMS) for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  }
  const words = (folded.match(/[a-z][a-z']*/g) ?? []).filter((w) => !ENGLISH_STOP_WORDS.has(w)).map((w) => stemEnglish(w.replace(/'/g, '')));
  for (let i = 0; i < words.length; i++) {
    out.push(`w:${words[i]}`);
    if (i + 1 < words.length) out.push(`w:${words[i]} ${words[i + 1]}`);
  }
  return out;
}

/**
 * Multinomial naive Bayes over the features above, with a "no need" class trained on phrases
 * that name none (product lines, markets, the firm's history). Small, exact and explainable:
 * every probability comes from counts of the labelled phrases.
 */
export class NeedClassifier {
  private readonly classes: string[];
  private readonly logPrior: Float64Array;
  /** Per feature, its log-likelihood in every class (one lookup per feature). */
  private readonly logLikelihood: Map<string, Float64Array>;
  private readonly logUnseen: Float64Array;
  /**
   * Temperature of the posterior (scores divided by it before normalising): naive Bayes counts
   * overlapping n-grams as independent evidence and is overconfident; > 1 softens it. The shipped
   * classifier keeps 1: the fitted value lost ranking quality on writer folds (ADR 0011, fourteenth amendment).
   */
  readonly temperature: number;

  constructor(phrases: readonly LabelledPhrase[], temperature = 1) {
    if (!(temperature > 0)) throw new RangeError(`temperature must be positive, got ${temperature}`);
    this.temperature = temperature;
    const docs = new Map<string, number>();
    const counts = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    const vocabulary = new Set<string>();
    for (const p of phrases) {
      const label = p.need ?? NONE;
      docs.set(label, (docs.get(label) ?? 0) + 1);
      const perClass = counts.get(label) ?? new Map<string, number>();
      counts.set(label, perClass);
      for (const f of new Set(featuresOf(p.text))) {
        perClass.set(f, (perClass.get(f) ?? 0) + 1);
        totals.set(label, (totals.get(label) ?? 0) + 1);
        vocabulary.add(f);
      }
    }
    this.classes = [...docs.keys()].sort();
    const n = phrases.length;
    this.logPrior = Float64Array.from(this.classes, (c) => Math.log(docs.get(c)! / n));
    const denominators = this.classes.map((c) => (totals.get(c) ?? 0) + SMOOTHING * (vocabulary.size + 1));
    this.logUnseen = Float64Array.from(denominators, (d) => Math.log(SMOOTHING / d));
    this.logLikelihood = new Map();
    for (const f of vocabulary) {
      this.logLikelihood.set(f, Float64Array.from(this.classes, (c, i) => Math.log(((counts.get(c)!.get(f) ?? 0) + SMOOTHING) / denominators[i])));
    }
  }

  /** Posterior of every class, best first (the "no need" class as need ''). */
  posterior(text: string): NeedPrediction[] {
    return this.posteriorOf(new Set(featuresOf(text)));
  }

  /** The same classifier (the same counts) at another temperature. */
  at(temperature: number): NeedClassifier {
    if (!(temperature > 0)) throw new RangeError(`temperature must be positive, got ${temperature}`);
    return Object.assign(Object.create(NeedClassifier.prototype) as NeedClassifier, this, { temperature });
  }

  private posteriorOf(features: ReadonlySet<string>): NeedPrediction[] {
    const scores = Float64Array.from(this.logPrior);
    for (const f of features) {
      const row = this.logLikelihood.get(f);
      if (!row) continue;
      for (let i = 0; i < scores.length; i++) scores[i] += row[i];
    }

    const max = Math.max(...scores);
    let sum = 0;
    for (let i = 0; i < scores.length; i++) sum += (scores[i] = Math.exp((scores[i] - max) / this.temperature));
    return this.classes
      .map((c, i) => ({ need: c === NONE ? '' : c, probability: scores[i] / sum }))
      .sort((a, b) => b.probability - a.probability || a.need.localeCompare(b.need));
  }

  /** The needs a text expresses: each class above `threshold`, "no need" excluded. */
  predict(text: string, threshold = 0.5): NeedPrediction[] {
    const features = new Set(featuresOf(text));
    if (!features.size) return [];
    return this.posteriorOf(features).filter((p) => p.need && p.probability >= threshold);
  }
}
