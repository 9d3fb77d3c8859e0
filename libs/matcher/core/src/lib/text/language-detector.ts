import type { Locale } from '@fhk/contracts';
import { isSimplifiedOnlyChar, isTraditionalOnlyChar } from './chinese-converter';
import { boundedMemo } from './bounded-memo';
import { foldedTextOf } from './text-normalizer';

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

/** What a character counts for: not Han, Han written alike in both scripts, Traditional only, Simplified only. */
const OTHER = 0;
const HAN_ALIKE = 1;
const TRADITIONAL = 2;
const SIMPLIFIED = 3;
type CharScript = typeof OTHER | typeof HAN_ALIKE | typeof TRADITIONAL | typeof SIMPLIFIED;
/** Per character seen (a few thousand Han characters in all). */
const scriptOf = boundedMemo<CharScript>(
  (char) => (!HAN.test(char) ? OTHER : isTraditionalOnlyChar(char) ? TRADITIONAL : isSimplifiedOnlyChar(char) ? SIMPLIFIED : HAN_ALIKE),
  20_000,
);

/**
 * Counted line by line, each line folded as the analysis folded it (shared normalisations): a line
 * break is whitespace to folding, which works cluster by cluster, and no Latin word runs across
 * it, so the counts of the lines add up to those of the whole text folded at once.
 */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, traditionalOnly: 0, simplifiedOnly: 0, latinWords: 0 };
  for (const line of text.split('\n')) {
    if (!line) continue;
    const folded = foldedTextOf(line);
    for (const char of folded) {
      if ((char.codePointAt(0) ?? 0) < 0x2e80) continue;
      const script = scriptOf(char);
      if (script === OTHER) continue;
      counts.han++;
      if (script === TRADITIONAL) counts.traditionalOnly++;
      else if (script === SIMPLIFIED) counts.simplifiedOnly++;
    }
    counts.latinWords += folded.match(LATIN_WORD)?.length ?? 0;
  }
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
