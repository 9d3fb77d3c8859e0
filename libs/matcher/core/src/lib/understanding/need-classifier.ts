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
 * Features of a text: character 1–3-grams of each CJK run and stems-free lowercase words and
 * word bigrams of Latin text, from the folded text (NFKC, Simplified, lowercase), so the three
 * scripts share features (資金 = 资金).
 */
export function featuresOf(text: string): string[] {
  const folded = normalizeText(text);
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
  private readonly logPrior: Map<string, number>;
  private readonly logLikelihood: Map<string, Map<string, number>>;
  private readonly logUnseen: Map<string, number>;

  constructor(phrases: readonly LabelledPhrase[]) {
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
    this.logPrior = new Map(this.classes.map((c) => [c, Math.log(docs.get(c)! / n)]));
    this.logLikelihood = new Map();
    this.logUnseen = new Map();
    for (const c of this.classes) {
      const denominator = (totals.get(c) ?? 0) + SMOOTHING * (vocabulary.size + 1);
      this.logLikelihood.set(c, new Map([...counts.get(c)!].map(([f, k]) => [f, Math.log((k + SMOOTHING) / denominator)])));
      this.logUnseen.set(c, Math.log(SMOOTHING / denominator));
    }
  }

  /** Posterior of every class, best first (the "no need" class as need ''). */
  posterior(text: string): NeedPrediction[] {
    const features = new Set(featuresOf(text));
    const scores = this.classes.map((c) => {
      const ll = this.logLikelihood.get(c)!;
      const unseen = this.logUnseen.get(c)!;
      let s = this.logPrior.get(c)!;
      for (const f of features) s += ll.get(f) ?? unseen;
      return { c, s };
    });
    const max = Math.max(...scores.map((x) => x.s));
    const sum = scores.reduce((a, x) => a + Math.exp(x.s - max), 0);
    return scores
      .map((x) => ({ need: x.c === NONE ? '' : x.c, probability: Math.exp(x.s - max) / sum }))
      .sort((a, b) => b.probability - a.probability || a.need.localeCompare(b.need));
  }

  /** The needs a text expresses: each class above `threshold`, "no need" excluded. */
  predict(text: string, threshold = 0.5): NeedPrediction[] {
    if (!featuresOf(text).length) return [];
    return this.posterior(text).filter((p) => p.need && p.probability >= threshold);
  }
}
