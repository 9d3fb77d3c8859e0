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

/**
 * Builds a normalised text and its source map. Characters kept as they are (most of any text) are
 * not copied one by one: a run of them, single spaces between included, is sliced from the input
 * once, so a field makes a few strings rather than one per character.
 */
class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  /** Where a run of input kept as it is starts and ends (equal: none pending). */
  private copyStart = 0;
  private copyEnd = 0;
  private pendingSpace = false;
  private spaceStart = 0;
  private spaceEnd = 0;
  hasHan = false;

  constructor(private readonly input: string) {
    // Folding rarely lengthens a text (NFKC can: ㈱ -> (株)): sized to the input, grown if needed.
    this.starts = new Int32Array(Math.max(16, input.length));
    this.ends = new Int32Array(Math.max(16, input.length));
  }

  space(start: number, end: number): void {
    if (this.length > 0 && !this.pendingSpace) {
      this.pendingSpace = true;
      this.spaceStart = start;
      this.spaceEnd = end;
    }
  }

  /** `input[at]`, one UTF-16 unit, unchanged. */
  keep(at: number): void {
    if (this.pendingSpace) {
      this.pendingSpace = false;
      // A single ASCII space right after the copied run is copied with it.
      if (this.copyEnd === this.spaceStart && this.copyEnd > this.copyStart && this.spaceEnd === this.spaceStart + 1 && this.input.charCodeAt(this.spaceStart) === 0x20) {
        this.map(this.spaceStart, this.spaceEnd);
        this.copyEnd = this.spaceEnd;
      } else {
        this.flushCopy();
        this.push(' ', this.spaceStart, this.spaceEnd);
      }
    }
    if (this.copyEnd !== at) {
      this.flushCopy();
      this.copyStart = at;
    }
    this.copyEnd = at + 1;
    this.map(at, at + 1);
  }

  emit(chars: string, start: number, end: number): void {
    this.flushCopy();
    if (this.pendingSpace) {
      this.pendingSpace = false;
      this.push(' ', this.spaceStart, this.spaceEnd);
    }
    this.push(chars, start, end);
  }

  private flushCopy(): void {
    if (this.copyEnd > this.copyStart) this.parts.push(this.input.slice(this.copyStart, this.copyEnd));
    this.copyStart = this.copyEnd = 0;
  }

  private push(chars: string, start: number, end: number): void {
    for (let k = 0; k < chars.length; k++) this.map(start, end);
    this.parts.push(chars);
  }

  private map(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      const ends = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  build(): NormalizedText {
    this.flushCopy();
    return {
      source: this.input,
      text: this.parts.length === 1 ? this.parts[0] : this.parts.join(''),
      sourceStart: this.starts.slice(0, this.length),
      sourceEnd: this.ends.slice(0, this.length),
    };
  }
}

/** Steps 1-4 (everything except Traditional -> Simplified folding); `hasHan` says whether step 5 can change anything. */
export function foldWithSourceMap(input: string): { folded: NormalizedText; hasHan: boolean } {
  const out = new MappedTextBuilder(input);
  const n = input.length;
  for (let i = 0; i < n; ) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      if (code <= 0x20 || code === 0x7f) out.space(i, i + 1);
      else if (code >= 0x41 && code <= 0x5a) out.emit(String.fromCharCode(code + 0x20), i, i + 1);
      else out.keep(i);
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
      out.keep(i);
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
  return { folded: out.build(), hasHan: out.hasHan };
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
