/**
 * Splits normalised text into runs: CJK runs (Han, kana, Hangul; segmented and bigrammed later)
 * and word runs (letters and digits of any other script, with inner apostrophes and combining
 * marks; `r&d`). Everything else (spaces, punctuation, symbols, emoji) separates runs.
 */
export type TextRunKind = 'cjk' | 'word';

export interface TextRun {
  readonly kind: TextRunKind;
  readonly text: string;
  /** Offsets in the normalised text (UTF-16 units). */
  readonly start: number;
  readonly end: number;
}

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\u30fc';
const NOT_CJK = `(?![${CJK}])`;
/** R&D, M&A, F&B: one word (the analyser drops the ampersand). */
const AMPERSAND_WORD = '(?<![\\p{L}\\p{N}])[a-z0-9]&[a-z0-9](?![\\p{L}\\p{N}])';
const RUN = new RegExp(
  `([${CJK}]+)|(${AMPERSAND_WORD}|${NOT_CJK}[\\p{L}\\p{N}](?:${NOT_CJK}[\\p{L}\\p{N}\\p{M}]|['’](?=${NOT_CJK}[\\p{L}\\p{N}]))*)`,
  'gu',
);
const CJK_CHAR = new RegExp(`^[${CJK}]$`, 'u');

export function scanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of text.matchAll(RUN)) {
    const start = match.index ?? 0;
    const value = match[0];
    runs.push({ kind: match[1] !== undefined ? 'cjk' : 'word', text: value, start, end: start + value.length });
  }
  return runs;
}

export function isCjkChar(char: string): boolean {
  return CJK_CHAR.test(char);
}

export function containsCjk(text: string): boolean {
  for (const char of text) if (isCjkChar(char)) return true;
  return false;
}
