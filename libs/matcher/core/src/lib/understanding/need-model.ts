import { NEED_CODES, type NeedCode } from '@fhk/contracts';
import { LabelledPhrase, NeedClassifier } from './need-classifier';
import { NEED_TERMS } from '../dictionary/data/need-terms.data';
import { NEED_PHRASES, NO_NEED_PHRASES, PhrasesByLanguage } from './need-phrases.data';

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

/** The shipped classifier, trained on every labelled phrase (built on first use, ~10 ms). */
export function needClassifier(): NeedClassifier {
  model ??= new NeedClassifier(labelledPhrases());
  return model;
}
