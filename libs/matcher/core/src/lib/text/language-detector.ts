import type { Locale } from '@fhk/contracts';
import { isSimplifiedOnlyChar, isTraditionalOnlyChar } from './chinese-converter';
import { foldWithSourceMap } from './text-normalizer';

export interface ScriptCounts {
  /** Han characters. */
  han: number;
  /** Characters only Traditional text uses (資, 葉, 國). */
  traditionalOnly: number;
  /** Characters only Simplified text uses (资, 叶, 国). */
  simplifiedOnly: number;
  /** Words in Latin letters. */
  latinWords: number;
}

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[a-z][a-z'’-]*/g;

export function countScripts(text: string): ScriptCounts {
  const folded = foldWithSourceMap(text).folded.text;
  const counts: ScriptCounts = { han: 0, traditionalOnly: 0, simplifiedOnly: 0, latinWords: 0 };
  for (const char of folded) {
    if ((char.codePointAt(0) ?? 0) < 0x2e80 || !HAN.test(char)) continue;
    counts.han++;
    if (isTraditionalOnlyChar(char)) counts.traditionalOnly++;
    else if (isSimplifiedOnlyChar(char)) counts.simplifiedOnly++;
  }
  counts.latinWords = folded.match(LATIN_WORD)?.length ?? 0;
  return counts;
}

/**
 * The language a text is written in, by script:
 * - English when its Latin words outnumber half its Han characters (a Chinese word is about two
 *   characters): a Chinese sentence with a few product codes stays Chinese, an English profile
 *   with the firm's Chinese name stays English;
 * - otherwise zh-Hant when Traditional-only characters outnumber Simplified-only ones, and
 *   zh-Hans when not: a tie (for instance 人工智能, which both scripts write alike) goes to
 *   Simplified, the script most Fujian enterprises write in. Empty text is zh-Hans too.
 */
export function detectLanguage(text: string): Locale {
  const counts = countScripts(text);
  if (counts.latinWords * 2 > counts.han) return 'en';
  return counts.traditionalOnly > counts.simplifiedOnly ? 'zh-Hant' : 'zh-Hans';
}
