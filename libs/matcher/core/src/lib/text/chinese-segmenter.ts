import { AnalysisCache } from './analysis-cache';

/**
 * Chinese word segmentation with ICU's dictionary-based `Intl.Segmenter('zh')`.
 *
 * Segmenting one long string is superlinear in V8 (measured on Node 20: 41,600 characters took
 * 97 ms as one string and 18 ms run by run), so callers pass one CJK run at a time and long
 * runs are cut into windows. A window's last segment may have been cut in half, so the next
 * window starts again at that segment: the result equals whole-run segmentation except for a
 * word longer than the window.
 */
export interface ChineseWord {
  readonly text: string;
  /** Offsets in UTF-16 units within the run. */
  readonly start: number;
  readonly end: number;
}

const WINDOW = 256;
let segmenter: Intl.Segmenter | undefined;
/** One firm's analysis segments the same runs several times (analysis-cache.ts); about 1 MB of runs and words. */
const SEGMENTED = new AnalysisCache<string, readonly ChineseWord[]>(1 << 20);

/** The word-like segments of a run (shared: never mutate the array). */
export function segmentChineseWords(run: string): readonly ChineseWord[] {
  return SEGMENTED.through(run, () => segmentUncached(run), (words) => run.length * 2 + words.length * 48);
}

function segmentUncached(run: string): ChineseWord[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: ChineseWord[] = [];
  let offset = 0;
  while (offset < run.length) {
    let end = Math.min(run.length, offset + WINDOW);
    if (end < run.length && (run.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--; // keep surrogate pairs whole
    // Iterated, not spread into an array, and the run itself when it fits one window.
    let pending: Intl.SegmentData | undefined;
    for (const data of segmenter.segment(offset === 0 && end === run.length ? run : run.slice(offset, end))) {
      if (pending) push(words, pending, offset);
      pending = data;
    }
    const cut = end < run.length && pending !== undefined && pending.index > 0; // more than one segment: the last may be cut in half
    if (pending && !cut) push(words, pending, offset);
    offset = cut ? offset + pending!.index : end;
  }
  return words;
}

function push(words: ChineseWord[], { segment, index, isWordLike }: Intl.SegmentData, offset: number): void {
  if (isWordLike) words.push({ text: segment, start: offset + index, end: offset + index + segment.length });
}
