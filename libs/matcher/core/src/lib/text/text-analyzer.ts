import { segmentChineseWords } from './chinese-segmenter';
import { analyzedRunsOf } from './analyzed-runs';
import { NormalizedText, normalizeWithSourceMap } from './text-normalizer';
import { TextRun } from './text-scanner';

/**
 * - `word`: a word in a non-CJK script; English words are stop-word filtered and stemmed.
 * - `number`: digits only.
 * - `cjk-word`: a word-like segment from `Intl.Segmenter('zh')` (often a single character).
 * - `cjk-bigram`: two adjacent characters of a CJK run (the recall fallback for segmentation
 *   that differs between a query and a document).
 * - `cjk-char`: one CJK character (see `AnalyzeOptions.cjkChars`).
 */
export type TokenKind = 'word' | 'number' | 'cjk-word' | 'cjk-bigram' | 'cjk-char';

export interface Token {
  /** Normalised (folded, lowercased, stemmed) text; not yet encoded for a search engine. */
  readonly text: string;
  readonly kind: TokenKind;
  /** Offsets in the original text (UTF-16 units). */
  readonly start: number;
  readonly end: number;
}

export interface AnalyzedText {
  /** The normalised text (see normalizeText). */
  readonly normalized: string;
  /** Tokens in text order; a position may carry a word, a bigram and a character. */
  readonly tokens: readonly Token[];
}

export interface AnalyzeOptions {
  /**
   * Emit every CJK character as a `cjk-char` token (default true). Without it, single
   * characters appear only where the segmenter isolates them or a run is one character long,
   * and a one-character query (鞋, 瓷, 杯) misses documents where it is part of a word.
   */
  readonly cjkChars?: boolean;
}

export function analyzeText(input: string, options: AnalyzeOptions = {}): AnalyzedText {
  const normalized = normalizeWithSourceMap(input);
  return { normalized: normalized.text, tokens: tokenizeNormalized(normalized, options) };
}

/**
 * Tokens per normalised text (normalisations are shared, text-normalizer.ts): a firm's field is
 * tokenised for its search document (with characters) and for its product and description terms
 * (without), so both lists are made in one pass, sharing their tokens. Weak: they go when the
 * normalisation does.
 */
const TOKENS = new WeakMap<NormalizedText, { withChars: Token[]; withoutChars: Token[] }>();

/** Tokens of already normalised text (lets callers normalise once and also match concepts). */
export function tokenizeNormalized(normalized: NormalizedText, options: AnalyzeOptions = {}): Token[] {
  return sharedTokensOf(normalized, options.cjkChars ?? true).slice();
}

/** tokenizeNormalized without the copy, for callers that only read the tokens (never mutate the array). */
export function sharedTokensOf(normalized: NormalizedText, cjkChars: boolean): readonly Token[] {
  let cached = TOKENS.get(normalized);
  if (!cached) TOKENS.set(normalized, (cached = tokenize(normalized)));
  return cjkChars ? cached.withChars : cached.withoutChars;
}

/** Both token lists: `withoutChars` is `withChars` less the characters of CJK runs longer than one. */
function tokenize(normalized: NormalizedText): { withChars: Token[]; withoutChars: Token[] } {
  const withChars: Token[] = [];
  const withoutChars: Token[] = [];
  for (const { run, word, sourceStart, sourceEnd } of analyzedRunsOf(normalized)) {
    if (word) {
      if (!word.stopWord && word.text) withChars.push({ text: word.text, kind: word.kind, start: sourceStart, end: sourceEnd });
      // As it always did (outputs must not move here): after a CJK run's characters, a stop word
      // copies withChars' last token, perhaps a character, into withoutChars.
      if (withChars.length > withoutChars.length) withoutChars.push(withChars[withChars.length - 1]);
    } else {
      addCjkRun(withChars, withoutChars, normalized, run);
    }
  }
  return { withChars, withoutChars };
}

function addCjkRun(withChars: Token[], withoutChars: Token[], normalized: NormalizedText, run: TextRun): void {
  const text = run.text;
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) offsets.push(i);
  offsets.push(text.length);
  const count = offsets.length - 1;
  const words = segmentChineseWords(text);
  // sourceSpan of a token (never empty), written out: a literal, not a spread of a span object.
  const token = (kind: TokenKind, start: number, end: number): Token => ({
    text: text.slice(start, end),
    kind,
    start: normalized.sourceStart[run.start + start],
    end: normalized.sourceEnd[run.start + end - 1],
  });
  const push = (kind: TokenKind, start: number, end: number) => {
    const made = token(kind, start, end);
    withChars.push(made);
    withoutChars.push(made);
  };

  let w = 0;
  for (let p = 0; p < count; p++) {
    const at = offsets[p];
    let wordEnd = -1;
    while (w < words.length && words[w].start <= at) {
      if (words[w].start === at) {
        push('cjk-word', at, words[w].end);
        wordEnd = words[w].end;
      }
      w++;
    }
    if (p + 1 < count && wordEnd !== offsets[p + 2]) push('cjk-bigram', at, offsets[p + 2]);
    if (wordEnd !== offsets[p + 1]) {
      if (count === 1) push('cjk-char', at, offsets[p + 1]);
      else withChars.push(token('cjk-char', at, offsets[p + 1]));
    }
  }
}
