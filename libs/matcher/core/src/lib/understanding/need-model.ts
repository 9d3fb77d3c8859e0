import { NEED_CODES, type NeedCode } from '@fhk/contracts';
import { LabelledPhrase, NeedClassifier } from './need-classifier';
import { NEED_TERMS } from '../dictionary/data/need-terms.data';
import { NEED_PHRASES, NO_NEED_PHRASES, PhrasesByLanguage } from './need-phrases.data';
import { fitTemperature } from './need-calibration';

const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;

/** Every labelled phrase, with its language and whether it is held out (every fourth of a list). */
export function labelledPhrases(): Array<LabelledPhrase & { language: (typeof LANGUAGES)[number]; heldOut: boolean }> {
  const out: Array<LabelledPhrase & { language: (typeof LANGUAGES)[number]; heldOut: boolean }> = [];
  const add = (need: NeedCode | null, phrases: PhrasesByLanguage) => {
    for (const language of LANGUAGES) phrases[language].forEach((text, i) => out.push({ text, need, language, heldOut: i % 4 === 3 }));
  };
  for (const need of NEED_CODES) if (NEED_PHRASES[need]) add(need, NEED_PHRASES[need]!);
  add(null, NO_NEED_PHRASES);
  // The dictionary's terms are labelled phrases too (always trained on, never held out).
  for (const [need, terms] of Object.entries(NEED_TERMS) as Array<[NeedCode, { zh: readonly string[]; en: readonly string[] }]>) {
    for (const text of terms.zh) out.push({ text, need, language: 'zh-Hans', heldOut: false });
    for (const text of terms.en) out.push({ text: text.replace(/^[=^]/, ''), need, language: 'en', heldOut: false });
  }
  return out;
}

let model: NeedClassifier | undefined;

/**
 * The temperature of least log-loss on the held-out phrases, of a classifier trained on the others
 * (~0.4 s): how overconfident the classifier is (1.29 on the phrases of 2026-12-04). Not applied to
 * the shipped classifier: at the tuned thresholds it lost on writer folds (ADR 0011, fourteenth amendment).
 */
export function fittedNeedTemperature(): number {
  const all = labelledPhrases();
  return fitTemperature(new NeedClassifier(all.filter((p) => !p.heldOut)), all.filter((p) => p.heldOut));
}

/** The shipped classifier, trained on every labelled phrase (built on first use, ~10 ms). */
export function needClassifier(): NeedClassifier {
  model ??= new NeedClassifier(labelledPhrases());
  return model;
}

export interface NeedClassifierScores {
  readonly need: string;
  readonly precision: number;
  readonly recall: number;
  /** Held-out phrases of this need. */
  readonly support: number;
}

/**
 * Precision and recall per need on the held-out phrases (every fourth of each list), of a
 * classifier trained on the others, at `threshold`. A phrase counts as predicted `need` when it
 * is the top class above the threshold; "no need" phrases only count against precision. At another
 * `temperature` (calibration, `need-calibration.ts`), the same counts with softened posteriors.
 */
export function evaluateNeedClassifier(threshold: number, temperature = 1): { perNeed: NeedClassifierScores[]; precision: number; recall: number } {
  const all = labelledPhrases();
  const model = new NeedClassifier(all.filter((p) => !p.heldOut), temperature);
  const counts = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  const of = (need: string) => {
    if (!counts.has(need)) counts.set(need, { tp: 0, fp: 0, fn: 0, support: 0 });
    return counts.get(need)!;
  };
  for (const p of all.filter((x) => x.heldOut)) {
    const predicted = model.predict(p.text, threshold)[0]?.need ?? null;
    if (p.need) of(p.need).support++;
    if (predicted && predicted === p.need) of(predicted).tp++;
    else {
      if (predicted) of(predicted).fp++;
      if (p.need) of(p.need).fn++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const perNeed = [...counts]
    .filter(([, c]) => c.support > 0)
    .map(([need, c]) => ({ need, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn), support: c.support }))
    .sort((a, b) => a.need.localeCompare(b.need));
  const sum = [...counts.values()].reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { perNeed, precision: ratio(sum.tp, sum.tp + sum.fp), recall: ratio(sum.tp, sum.tp + sum.fn) };
}
