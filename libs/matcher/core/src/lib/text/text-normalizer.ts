import { AnalysisCache } from './analysis-cache';
import { toSimplified } from './chinese-converter';

/**
 * Text normalisation shared by indexing, querying and concept matching:
 *
 * 1. Unicode NFKC (full-width ＩＰＯ -> IPO, ideographic space -> space, ﬁ -> fi), applied per
 *    cluster (a character and its combining marks), which equals whole-string NFKC except for
 *    exotic cross-cluster compositions;
 * 2. lowercase;
 * 3. control characters become spaces; format characters (zero-width space, joiners, soft
 *    hyphen, bidi marks) and lone surrogates are removed;
 * 4. runs of whitespace collapse to one space, leading and trailing whitespace is dropped;
 * 5. Traditional -> Simplified folding (opencc-js, see chinese-converter.ts).
 *
 * The source map says, for every UTF-16 unit of the result, which span of the input produced
 * it, so matches found in normalised text can be reported with the user's own words.
 */
export interface NormalizedText {
  readonly source: string;
  readonly text: string;
  /** `text[i]` came from `source.slice(sourceStart[i], sourceEnd[i])`. */
  readonly sourceStart: Int32Array;
  readonly sourceEnd: Int32Array;
}

/** Normalised form of `input` (same text as `normalizeWithSourceMap(input).text`). */
export function normalizeText(input: string): string {
  return normalizeWithSourceMap(input).text;
}

/** The span of the source text behind `normalized.text.slice(start, end)`. */
export function sourceSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < normalized.text.length ? normalized.sourceStart[start] : normalized.source.length;
    return { start: at, end: at };
  }
  return { start: normalized.sourceStart[start], end: normalized.sourceEnd[end - 1] };
}

const COMBINING = /^\p{M}$/u;
const FORMAT = /^[\p{Cf}\p{Cs}]$/u;
const SPACE = /^[\s\p{Cc}]$/u;

/** Characters that attach to the previous one (so NFKC sees them together). */
function isContinuation(cp: number): boolean {
  if (cp < 0x300) return false;
  if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3)) return false;
  if (cp >= 0x1160 && cp <= 0x11ff) return true; // Hangul medial vowels and final consonants
  return COMBINING.test(String.fromCodePoint(cp));
}

/** CJK ideographs need no NFKC and have no case. */
function isStableIdeograph(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff);
}

class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private length = 0;
  private pendingSpace: { start: number; end: number } | null = null;
  hasHan = false;

  space(start: number, end: number): void {
    if (this.length > 0 && !this.pendingSpace) this.pendingSpace = { start, end };
  }

  emit(chars: string, start: number, end: number): void {
    if (this.pendingSpace) {
      const { start: s, end: e } = this.pendingSpace;
      this.pendingSpace = null;
      this.push(' ', s, e);
    }
    this.push(chars, start, end);
  }

  private push(chars: string, start: number, end: number): void {
    if (this.length + chars.length > this.starts.length) {
      const size = Math.max(this.starts.length * 2, this.length + chars.length);
      const starts = new Int32Array(size);
      const ends = new Int32Array(size);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    for (let k = 0; k < chars.length; k++) {
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
    this.parts.push(chars);
  }

  build(source: string): NormalizedText {
    return {
      source,
      text: this.parts.join(''),
      sourceStart: this.starts.slice(0, this.length),
      sourceEnd: this.ends.slice(0, this.length),
    };
  }
}

/** Steps 1-4 (everything except Traditional -> Simplified folding); `hasHan` says whether step 5 can change anything. */
export function foldWithSourceMap(input: string): { folded: NormalizedText; hasHan: boolean } {
  const out = new MappedTextBuilder();
  const n = input.length;
  for (let i = 0; i < n; ) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      if (code <= 0x20 || code === 0x7f) out.space(i, i + 1);
      else out.emit(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : input[i], i, i + 1);
      i++;
      continue;
    }
    const cp = input.codePointAt(i) ?? code;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      i++; // lone surrogate
      continue;
    }
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n) {
      const next = input.codePointAt(j) ?? 0;
      if (!isContinuation(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    if (j === i + 1 && isStableIdeograph(code)) {
      out.hasHan = true;
      out.emit(input[i], i, j);
      i = j;
      continue;
    }
    for (const char of input.slice(i, j).normalize('NFKC').toLowerCase()) {
      if (FORMAT.test(char)) continue;
      if (SPACE.test(char)) {
        out.space(i, j);
        continue;
      }
      if ((char.codePointAt(0) ?? 0) >= 0x2e80) out.hasHan = true;
      out.emit(char, i, j);
    }
    i = j;
  }
  return { folded: out.build(input), hasHan: out.hasHan };
}

/** Normalisations of recent inputs (analysis-cache.ts), about 4 MB: each field is normalised once per firm analysis. */
const NORMALIZED = new AnalysisCache<string, NormalizedText>(4 << 20);

/** The full normalisation, with a map from every unit of the result back to the input (shared: never mutate it). */
export function normalizeWithSourceMap(input: string): NormalizedText {
  return NORMALIZED.through(input, () => normalizeUncached(input), (n) => n.source.length * 2 + n.text.length * 10);
}

function normalizeUncached(input: string): NormalizedText {
  const { folded, hasHan } = foldWithSourceMap(input);
  if (!hasHan) return folded;
  const converted = toSimplified(folded.text);
  if (converted === folded.text) return folded;
  const normalized = realign(folded, converted) ?? realign(folded, convertPerCodePoint(folded.text)) ?? folded;
  if (normalized !== folded) FOLDED_TEXTS.set(normalized, folded.text);
  return normalized;
}

/** The text of steps 1-4 behind a normalisation whose step 5 changed it (weak: it goes with the normalisation). */
const FOLDED_TEXTS = new WeakMap<NormalizedText, string>();

/**
 * `foldWithSourceMap(input).folded.text` (steps 1-4, no Traditional -> Simplified folding), from the
 * shared normalisation of `input`: the language detector counts the scripts of texts the analysis
 * has normalised already.
 */
export function foldedTextOf(input: string): string {
  const normalized = normalizeWithSourceMap(input);
  return FOLDED_TEXTS.get(normalized) ?? normalized.text;
}

/** Maps `converted` (same code points count as `folded.text`) onto the folded source map. */
function realign(folded: NormalizedText, converted: string): NormalizedText | null {
  const from = folded.text;
  if (converted.length === from.length && sameSurrogateLayout(from, converted)) {
    return { ...folded, text: converted };
  }
  const starts = new Int32Array(converted.length);
  const ends = new Int32Array(converted.length);
  let a = 0;
  let b = 0;
  while (a < from.length && b < converted.length) {
    const aLen = (from.codePointAt(a) ?? 0) > 0xffff ? 2 : 1;
    const bLen = (converted.codePointAt(b) ?? 0) > 0xffff ? 2 : 1;
    for (let k = 0; k < bLen; k++) {
      starts[b + k] = folded.sourceStart[a];
      ends[b + k] = folded.sourceEnd[a + aLen - 1];
    }
    a += aLen;
    b += bLen;
  }
  if (a !== from.length || b !== converted.length) return null;
  return { source: folded.source, text: converted, sourceStart: starts, sourceEnd: ends };
}

function sameSurrogateLayout(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    const sa = (a.charCodeAt(i) & 0xf800) === 0xd800;
    const sb = (b.charCodeAt(i) & 0xf800) === 0xd800;
    if (sa !== sb) return false;
  }
  return true;
}

/** Fallback that cannot change the code point count: characters only, no phrases. */
function convertPerCodePoint(text: string): string {
  let out = '';
  for (const char of text) {
    const converted = toSimplified(char);
    out += [...converted].length === 1 ? converted : char;
  }
  return out;
}
