import { AnalyzedWord, analyzeWord } from './english-word-analyzer';
import { NormalizedText, sourceSpan } from './text-normalizer';
import { scanRuns, TextRun } from './text-scanner';

/**
 * A run of normalised text (text-scanner.ts) with, for a word run, its analysis (`analyzeWord` of
 * the run and the source text behind it) and that source span.
 */
export interface AnalyzedRun {
  readonly run: TextRun;
  /** Null for a CJK run. */
  readonly word: AnalyzedWord | null;
  /** Offsets of the run in the source text. */
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/**
 * The runs of a normalised text, each word analysed: what both the tokenizer (text-analyzer.ts) and
 * the concept matcher's word stream read, scanned and analysed once per text instead of once by
 * each. Shared per normalisation (normalisations are shared, text-normalizer.ts); weak: they go
 * when the normalisation does. Never mutate the array.
 */
const RUNS = new WeakMap<NormalizedText, readonly AnalyzedRun[]>();

export function analyzedRunsOf(normalized: NormalizedText): readonly AnalyzedRun[] {
  let runs = RUNS.get(normalized);
  if (!runs) RUNS.set(normalized, (runs = analyze(normalized)));
  return runs;
}

function analyze(normalized: NormalizedText): AnalyzedRun[] {
  return scanRuns(normalized.text).map((run) => {
    const span = sourceSpan(normalized, run.start, run.end);
    const word = run.kind === 'word' ? analyzeWord(run.text, normalized.source.slice(span.start, span.end)) : null;
    return { run, word, sourceStart: span.start, sourceEnd: span.end };
  });
}
