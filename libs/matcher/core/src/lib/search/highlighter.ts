import { findConcepts } from '../dictionary/term-dictionary';
import { analyzeText } from '../text/text-analyzer';

export interface HighlightSegment {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Marks where a query meets a text, in any script or language: words and Chinese words the
 * query contains, and dictionary concepts the query names (a query 資金池 marks "cash pooling"
 * in an English title). Returns the text cut into segments, so callers render marks safely.
 */
export function highlight(text: string, query: string): HighlightSegment[] {
  if (!text) return [];
  const queryConcepts = new Set(findConcepts(query).map((c) => `${c.kind}:${c.code}`));
  const queryTokens = analyzeText(query).tokens;
  const wanted = new Set(queryTokens.filter((t) => t.kind !== 'cjk-bigram' && t.kind !== 'cjk-char').map((t) => t.text));
  // A one-character Chinese query word (茶) marks that character inside longer words (茶展).
  const wantedChars = new Set(queryTokens.filter((t) => t.kind === 'cjk-word' && [...t.text].length === 1).map((t) => t.text));

  const spans: Array<[number, number]> = [];
  for (const c of findConcepts(text)) if (queryConcepts.has(`${c.kind}:${c.code}`)) spans.push([c.start, c.end]);
  for (const t of analyzeText(text).tokens) {
    if ((t.kind === 'cjk-char' ? wantedChars : wanted).has(t.text)) spans.push([t.start, t.end]);
  }
  if (spans.length === 0) return [{ text, match: false }];

  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
