import { boundedMemo } from './bounded-memo';
import { stemWord } from './porter-stemmer';

/**
 * English stop words: articles, pronouns, auxiliaries, prepositions and conjunctions.
 * Deliberately kept out: `up` (start-up), `new` (new energy), `out`, `over`, `more`, `most`, and
 * contraction pieces (s, t, d, ll): apostrophes join words here (xiamen's -> xiamens, r&d -> rd).
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor if then else so than as at by for from in into of off on onto to with within without ' +
    'about above across after against along among around before behind below beneath beside besides between beyond ' +
    'during except inside near through throughout toward towards under until upon via ' +
    'is am are was were be been being have has had having do does did doing will would shall should can could may might must ' +
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
    'it its itself they them their theirs themselves this that these those there here what which who whom whose ' +
    'when where why how all any both each either neither every few other others some such no not only own same too very ' +
    'just also etc'
  ).split(' '),
);

/** Stop words that are also acronyms: kept when written in capitals (IT services, US market). */
const ACRONYM_STOP_WORDS: ReadonlySet<string> = new Set(['it', 'us']);

export type WordKind = 'word' | 'number';

export interface AnalyzedWord {
  /** Index form: stemmed for English words, as-is otherwise. */
  readonly text: string;
  /** Lowercase form before stemming (apostrophes removed, Latin diacritics folded). */
  readonly raw: string;
  readonly kind: WordKind;
  readonly stopWord: boolean;
  /** The source spelled it in capitals (IT, LED, US). */
  readonly uppercase: boolean;
}

const ASCII_WORD = /^[a-z0-9]+$/;
const ASCII_LETTERS = /^[a-z]+$/;
const DIGITS = /^[0-9]+$/;
const APOSTROPHES = /['’&]/g;
const MARKS = /\p{M}/gu;
const ASCII_SURFACE = /^[\x00-\x7f]*$/;
const UPPERCASE_SURFACE = /^[A-Z0-9]*[A-Z][A-Z0-9]*$/;
/** Longest non-Latin word kept (in code points), so encoded tokens stay short. */
const MAX_FOREIGN_WORD = 24;

/** British spellings that no suffix rule below covers, to their American form. */
const BRITISH_WORDS: ReadonlyMap<string, string> = new Map([
  ['programme', 'program'], ['programmes', 'programs'], ['licence', 'license'], ['licences', 'licenses'], ['jewellery', 'jewelry'],
  ['aluminium', 'aluminum'], ['tyre', 'tire'], ['tyres', 'tires'], ['catalogue', 'catalog'], ['catalogues', 'catalogs'], ['centre', 'center'],
  ['centres', 'centers'], ['metre', 'meter'], ['metres', 'meters'], ['fibre', 'fiber'], ['fibres', 'fibers'], ['theatre', 'theater'],
  ['theatres', 'theaters'], ['defence', 'defense'], ['analyse', 'analyze'], ['analysed', 'analyzed'], ['analysing', 'analyzing'],
  ['travelling', 'traveling'], ['travelled', 'traveled'], ['labelling', 'labeling'], ['modelling', 'modeling'], ['enrol', 'enroll'],
  ['fulfil', 'fulfill'], ['mould', 'mold'], ['moulds', 'molds'], ['moulding', 'molding'], ['moulded', 'molded'], ['grey', 'gray'],
]);
/** colour, labour, harbour, neighbour … → color, labor, harbor, neighbor. */
const BRITISH_OUR = /^(col|flav|lab|harb|neighb|hon|fav|behavi|endeav|vap|hum|od|rig|savo)our/;
/**
 * -ize / -ization after these endings is the American -ise (organize, realize, optimize, authorize,
 * standardize …). Folded to -ise rather than the other way: the stemmer takes "commercialization"
 * to "commerci" (= "commercial") and "organization" to "organ", but keeps -is- forms apart.
 */
const AMERICAN_IZE = /^(.{2,}(?:al|ar|an|en|on|in|it|at|im|om|gn|ur|ic|iv|il|er|or|rn|rd|og|et|rg))iz(e|es|ed|ing|er|ers|ation|ations)$/;

/**
 * Folds British and American spelling together (organisation = organization, centre = center,
 * colour = color), so a text and a term spelled differently stem alike. Applied to text and terms.
 */
export function foldSpelling(word: string): string {
  const known = BRITISH_WORDS.get(word);
  if (known) return known;
  if (BRITISH_OUR.test(word)) return word.replace('our', 'or');
  const ize = AMERICAN_IZE.exec(word);
  return ize ? `${ize[1]}is${ize[2]}` : word;
}

/**
 * `normalized` is a word run from normalised text, `surface` the source text it came from
 * (used only to see capitals).
 */
export function analyzeWord(normalized: string, surface: string): AnalyzedWord {
  let raw = normalized.replace(APOSTROPHES, '');
  if (!ASCII_WORD.test(raw)) {
    const folded = raw.normalize('NFD').replace(MARKS, '');
    raw = ASCII_WORD.test(folded) ? folded : [...raw].slice(0, MAX_FOREIGN_WORD).join('');
  }
  // NFKC leaves ASCII as it is: only other surfaces (full-width ＩＰＯ) need it to show capitals.
  const uppercase = UPPERCASE_SURFACE.test((ASCII_SURFACE.test(surface) ? surface : surface.normalize('NFKC')).replace(APOSTROPHES, ''));
  if (DIGITS.test(raw)) return { text: raw, raw, kind: 'number', stopWord: false, uppercase };
  const letters = ASCII_LETTERS.test(raw);
  if (letters) raw = foldSpelling(raw);
  const stopWord = ENGLISH_STOP_WORDS.has(raw) && !(uppercase && ACRONYM_STOP_WORDS.has(raw));
  // foldSpelling keeps a word of ASCII letters one.
  const text = letters && raw.length > 2 ? stemOf(raw) : raw;
  return { text, raw, kind: 'word', stopWord, uppercase };
}

/**
 * Porter stems of recent words: a vocabulary repeats (every firm "exports", "products", "market"),
 * and stemming is a fifth of a word's analysis.
 */
const stemOf = boundedMemo(stemWord, 20_000);

/** Stem of a single lowercase English word, as the analyser computes it. */
export function stemEnglish(word: string): string {
  return analyzeWord(word.toLowerCase(), word).text;
}
