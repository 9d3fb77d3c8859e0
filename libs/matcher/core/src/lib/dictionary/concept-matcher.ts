import { analyzedRunsOf } from '../text/analyzed-runs';
import { NormalizedText, normalizeWithSourceMap } from '../text/text-normalizer';
import { containsCjk } from '../text/text-scanner';
import type { ConceptRef } from './concept-kind';

/**
 * The matching engine behind findConcepts. Two kinds of terms:
 *
 * - CJK terms (anything containing Han, kana or Hangul) are matched as substrings of the
 *   normalised text, through an index keyed by first character;
 * - English terms are matched word by word on the analysed word stream (stop words dropped,
 *   stems compared), so a phrase may not straddle Chinese text or sentence punctuation.
 *
 * Of overlapping matches, one strictly inside another is dropped (the longest term wins:
 * 茶几 furniture hides 茶 tea, "fund pooling" hides "fund"); partial overlaps are all kept.
 */
export interface TermTarget {
  /** The normalised term, as the dictionary knows it. */
  readonly term: string;
  /** Empty for blocking terms. */
  readonly concepts: ConceptRef[];
}

export interface RawConceptMatch {
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
  readonly target: TermTarget;
}

interface PhrasePart {
  readonly value: string;
  readonly exact: boolean;
  readonly upper: boolean;
}

interface Phrase extends TermTarget {
  readonly parts: readonly PhrasePart[];
}

export interface StreamWord {
  readonly text: string;
  readonly raw: string;
  readonly uppercase: boolean;
  readonly start: number;
  readonly end: number;
  /** Chinese text or sentence punctuation separates it from the previous word. */
  readonly barrier: boolean;
}

/** What the matcher found in one text. */
export interface ConceptMatches {
  readonly matches: RawConceptMatch[];
  /**
   * When some phrase still matched as the text's words ran out, the words from the first such
   * phrase's start on: joined to a following text, a match could run from this text into the next.
   * When null, no match of the joined texts starts here and ends in a later text.
   */
  readonly openTail: OpenTail | null;
}

/** The last words of a text, where a phrase still matched when they ran out (see ConceptMatches). */
export interface OpenTail {
  readonly words: readonly StreamWord[];
}

const BARRIER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}.;:!?()[\]{}"“”<>|。、；：！？【】《》「」]/u;
/** a-z or 0-9 (NaN, past the end of a text, is neither). */
const isAsciiAlnum = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

interface TrieNode {
  children: Map<number, TrieNode> | null;
  /** The term ending here, if any. */
  target: TermTarget | null;
}

export class ConceptMatcher {
  /** The CJK terms, a trie over their UTF-16 units. */
  private readonly cjk: TrieNode = { children: null, target: null };
  private readonly phrasesByFirst = new Map<string, Phrase[]>();
  private readonly phrasesByKey = new Map<string, Phrase>();
  private readonly spacedCjkTerms: string[] = [];
  /** The most words of any phrase. */
  private longestPhrase = 0;

  /**
   * Whether a match in `parts` joined with spaces could run from one part into another: a CJK
   * term holding a space found across a join, or a phrase open at the end of a part (its
   * ConceptMatches.openTail, which `openTail` answers per part) that matches on into the next
   * parts. False: the matches of the joined text are each part's own.
   */
  mayMatchAcross(parts: readonly NormalizedText[], openTail: (part: NormalizedText) => OpenTail | null): boolean {
    for (let k = 0; k + 1 < parts.length; k++) {
      const tail = openTail(parts[k]);
      if (tail && this.phraseRunsOn(tail, parts, k)) return true;
    }
    if (this.spacedCjkTerms.length === 0 || parts.length < 2) return false;
    const joins: number[] = [];
    let joined = '';
    for (const part of parts) {
      if (joined) {
        joins.push(joined.length);
        joined += ' ';
      }
      joined += part.text;
    }
    for (const term of this.spacedCjkTerms) {
      for (let at = joined.indexOf(term); at >= 0; at = joined.indexOf(term, at + 1)) {
        if (joins.some((j) => at <= j && j < at + term.length)) return true;
      }
    }
    return false;
  }

  /** Adds a term for a concept, or a blocking term (concept null). False if nothing to match. */
  addTerm(term: string, concept: ConceptRef | null): boolean {
    const chunks = term.trim().split(/\s+/);
    // `^` (capitals only) implies exact: an acronym is not stemmed (ITE must not become IT).
    const markers = chunks.map((c) => ({ exact: c.startsWith('=') || c.startsWith('^'), upper: c.startsWith('^') }));
    const plain = chunks.map((c) => c.replace(/^[=^]/, '')).join(' ');
    const normalized = normalizeWithSourceMap(plain);
    if (!normalized.text) return false;
    if (containsCjk(normalized.text)) {
      this.addCjkTerm(normalized.text, concept);
      return true;
    }
    const chunkStarts: number[] = [];
    for (let k = 0, at = 0; k < chunks.length; k++) {
      chunkStarts.push(at);
      at += chunks[k].length - (markers[k].exact || markers[k].upper ? 1 : 0) + 1;
    }
    const parts: PhrasePart[] = [];
    for (const word of wordStream(normalized, true)) {
      let chunk = 0;
      while (chunk + 1 < chunkStarts.length && chunkStarts[chunk + 1] <= normalized.sourceStart[word.start]) chunk++;
      const { exact, upper } = markers[chunk];
      parts.push({ value: exact ? word.raw : word.text, exact, upper });
    }
    if (parts.length === 0) return false;
    const key = parts.map((p) => `${p.exact ? '=' : ''}${p.upper ? '^' : ''}${p.value}`).join(' ');
    let phrase = this.phrasesByKey.get(key);
    if (!phrase) {
      phrase = { term: parts.map((p) => p.value).join(' '), concepts: [], parts };
      this.longestPhrase = Math.max(this.longestPhrase, parts.length);
      this.phrasesByKey.set(key, phrase);
      const first = (parts[0].exact ? '=' : '') + parts[0].value;
      const list = this.phrasesByFirst.get(first) ?? [];
      list.push(phrase);
      this.phrasesByFirst.set(first, list);
    }
    addConcept(phrase.concepts, concept);
    return true;
  }

  private addCjkTerm(term: string, concept: ConceptRef | null): void {
    let node = this.cjk;
    for (let k = 0; k < term.length; k++) {
      const code = term.charCodeAt(k);
      node.children ??= new Map();
      let child = node.children.get(code);
      if (!child) node.children.set(code, (child = { children: null, target: null }));
      node = child;
    }
    if (!node.target) {
      if (term.includes(' ')) this.spacedCjkTerms.push(term);
      node.target = { term, concepts: [] };
    }
    addConcept(node.target.concepts, concept);
  }

  /** Maximal matches in normalised text, ordered by position. */
  match(normalized: NormalizedText): RawConceptMatch[] {
    return this.matchText(normalized).matches;
  }

  /** match, and whether a phrase was still open at the end of the text. */
  matchText(normalized: NormalizedText): ConceptMatches {
    const phrases = this.matchPhrases(normalized);
    return { matches: keepMaximal([...this.matchCjk(normalized.text), ...phrases.found]), openTail: phrases.openTail };
  }

  /**
   * Every CJK term found at every position, by one walk down the trie from each position (each
   * UTF-16 unit of the term a step): no substring is made and a position no term starts at costs
   * one lookup. A term starting or ending inside an ASCII word (letters and digits on both sides) is
   * not a match.
   */
  private matchCjk(text: string): RawConceptMatch[] {
    const found: RawConceptMatch[] = [];
    const root = this.cjk.children;
    if (!root) return found;
    for (let i = 0; i < text.length; i++) {
      let node = root.get(text.charCodeAt(i));
      if (!node) continue;
      if (i > 0 && isAsciiAlnum(text.charCodeAt(i)) && isAsciiAlnum(text.charCodeAt(i - 1))) continue; // mid-word
      for (let end = i + 1; ; end++) {
        if (node.target && !(isAsciiAlnum(text.charCodeAt(end - 1)) && isAsciiAlnum(text.charCodeAt(end)))) found.push({ start: i, end, target: node.target });
        const next: TrieNode | undefined = end < text.length ? node.children?.get(text.charCodeAt(end)) : undefined;
        if (!next) break;
        node = next;
      }
    }
    return found;
  }

  /**
   * Whether a phrase starting in the open tail of `parts[k]` matches into a later part, on the word
   * stream of the parts joined with spaces: the tail, then as many words of the later parts as a
   * phrase can reach, the first word of each behind a barrier as it would be there (the text
   * between it and the previous word holds sentence punctuation or Chinese).
   */
  private phraseRunsOn(tail: OpenTail, parts: readonly NormalizedText[], k: number): boolean {
    const words = [...tail.words];
    const own = words.length;
    let gapBarrier = BARRIER.test(parts[k].text.slice(words[own - 1].end));
    for (let p = k + 1; p < parts.length && words.length - own < this.longestPhrase + MAX_INSERTED; p++) {
      const next = wordStream(parts[p], false, this.longestPhrase + MAX_INSERTED - (words.length - own));
      if (next.length === 0) {
        gapBarrier ||= BARRIER.test(parts[p].text);
        continue;
      }
      words.push({ ...next[0], barrier: gapBarrier || BARRIER.test(parts[p].text.slice(0, next[0].start)) }, ...next.slice(1));
      gapBarrier = BARRIER.test(parts[p].text.slice(next[next.length - 1].end));
    }
    for (let i = 0; i < own; i++) {
      for (const phrase of this.phrasesStartingAt(words[i])) if (phraseEnd(phrase, words, i) >= own) return true;
    }
    return false;
  }

  private phrasesStartingAt(word: StreamWord): Phrase[] {
    return [...(this.phrasesByFirst.get(word.text) ?? []), ...(this.phrasesByFirst.get('=' + word.raw) ?? [])];
  }

  private matchPhrases(normalized: NormalizedText): { found: RawConceptMatch[]; openTail: OpenTail | null } {
    const words = wordStream(normalized, false);
    const found: RawConceptMatch[] = [];
    let openFrom = -1;
    for (let i = 0; i < words.length; i++) {
      for (const phrase of this.phrasesStartingAt(words[i])) {
        const last = phraseEnd(phrase, words, i);
        if (last >= 0) found.push({ start: words[i].start, end: words[last].end, target: phrase });
        else if (last === RAN_OUT && openFrom < 0) openFrom = i;
      }
    }
    return { found, openTail: openFrom < 0 ? null : { words: words.slice(openFrom) } };
  }
}

/**
 * Words a phrase may have between its own words: where and how new ("open a Hong Kong company",
 * "set up a new local office" are "open a company", "set up an office"). At most three of them.
 */
const INSERTABLE: ReadonlySet<string> = new Set(['hong', 'kong', 'hk', 'hksar', 'local', 'new', 'first', 'small']);
const MAX_INSERTED = 3;

/** phraseEnd: the words ran out while the phrase still matched. */
const RAN_OUT = -2;

/** The index of the phrase's last word when it starts at word `i`, else -1 (RAN_OUT if the words ran out first). */
function phraseEnd(phrase: Phrase, words: readonly StreamWord[], i: number): number {
  let k = i;
  let inserted = 0;
  for (let j = 0; j < phrase.parts.length; j++, k++) {
    while (j > 0 && k < words.length && inserted < MAX_INSERTED && !words[k].barrier && INSERTABLE.has(words[k].raw) && !partMatches(phrase.parts[j], words[k], true)) {
      k++;
      inserted++;
    }
    if (k >= words.length) return RAN_OUT;
    if (!partMatches(phrase.parts[j], words[k], j > 0)) return -1;
  }
  return k - 1;
}

function partMatches(part: PhrasePart, word: StreamWord, inside: boolean): boolean {
  if (inside && word.barrier) return false;
  if (part.upper && !word.uppercase) return false;
  return part.exact ? word.raw === part.value : word.text === part.value;
}

function addConcept(concepts: ConceptRef[], concept: ConceptRef | null): void {
  if (concept && !concepts.some((c) => c.kind === concept.kind && c.code === concept.code)) concepts.push(concept);
}

/** Non-stop words of the text (all words, for a term: its stop words are dropped the same way), the first `limit` of them. */
function wordStream(normalized: NormalizedText, isTerm: boolean, limit = Infinity): StreamWord[] {
  const words: StreamWord[] = [];
  const text = normalized.text;
  let previousEnd = 0;
  for (const { run, word } of analyzedRunsOf(normalized)) {
    if (words.length >= limit) break;
    if (!word || word.stopWord) continue;
    // Most words are one space apart: no barrier to look for.
    const spaced = run.start - previousEnd === 1 && text.charCodeAt(previousEnd) === 0x20;
    const barrier = !isTerm && words.length > 0 && !spaced && BARRIER.test(text.slice(previousEnd, run.start));
    words.push({ text: word.text, raw: word.raw, uppercase: word.uppercase, start: run.start, end: run.end, barrier });
    previousEnd = run.end;
  }
  return words;
}

/** Drops every match lying strictly inside another one; equal spans are all kept. */
function keepMaximal(matches: RawConceptMatch[]): RawConceptMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawConceptMatch[] = [];
  let maxEnd = -1;
  for (let k = 0; k < matches.length; ) {
    const { start, end } = matches[k];
    let group = k;
    while (group < matches.length && matches[group].start === start && matches[group].end === end) group++;
    if (end > maxEnd) kept.push(...matches.slice(k, group));
    maxEnd = Math.max(maxEnd, end);
    k = group;
  }
  return kept;
}
