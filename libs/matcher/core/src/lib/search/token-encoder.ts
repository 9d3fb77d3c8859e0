/**
 * Search engines receive only space-separated tokens over [a-z0-9]. Three disjoint shapes:
 *
 * - plain: an ASCII token `[a-z0-9]+` is sent as it is (`tea`, `pool`, `2026`) unless it has one
 *   of the two reserved shapes below;
 * - encoded: every other token is `x` + the lowercase hex of each code point, at least four
 *   digits (five or six only above U+FFFF, without leading zeros): 茶叶 -> `x8336x53f6`,
 *   𠀀 -> `x20000`. `x` is not a hex digit, so the groups split unambiguously. A plain token that
 *   looks encoded (`xface`, `x1234x5678`) or starts with `zz` is encoded too, which keeps the
 *   mapping one-to-one: `decodeToken(encodeToken(t)) === t` for every string `t`;
 * - concept: `zz` + a kind letter + the code without hyphens (`zznfundpooling`, `zzitea`,
 *   `zzcanxi`), added for dictionary concepts by conceptToken().
 */
import type { ConceptKind } from '../dictionary/concept-kind';
import { boundedMemo } from '../text/bounded-memo';

const PLAIN = /^[a-z0-9]+$/;
const ENCODED = /^(?:x(?:[0-9a-f]{4}|[1-9a-f][0-9a-f]{4}|10[0-9a-f]{4}))+$/;
const GROUP = /x([0-9a-f]+)/g;
const CONCEPT_PREFIX = 'zz';

export const CONCEPT_KIND_LETTERS: Readonly<Record<ConceptKind, string>> = {
  industry: 'i',
  need: 'n',
  market: 'm',
  city: 'c',
  audience: 'a',
};

function isReserved(token: string): boolean {
  return token.startsWith(CONCEPT_PREFIX) || ENCODED.test(token);
}

/** A token in the engines' alphabet (see the module comment for the scheme). */
export function encodeToken(token: string): string {
  return PLAIN.test(token) && !isReserved(token) ? token : encodedOf(token);
}

/**
 * Encodings of recent tokens: a firm's text is mostly words, bigrams and characters every other
 * firm has too (茶叶, 出口, 香港).
 */
const encodedOf = boundedMemo(encodeCodePoints, 20_000);

function encodeCodePoints(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; ) {
    const cp = token.codePointAt(i) ?? 0;
    out += 'x' + cp.toString(16).padStart(4, '0');
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** Inverse of encodeToken. Plain and concept tokens come back unchanged. */
export function decodeToken(token: string): string {
  if (!ENCODED.test(token)) return token;
  let out = '';
  for (const [, hex] of token.matchAll(GROUP)) out += String.fromCodePoint(parseInt(hex, 16));
  return out;
}

/** The concept token for a dictionary concept (industry tea -> `zzitea`). */
export function conceptToken(kind: ConceptKind, code: string): string {
  return CONCEPT_PREFIX + CONCEPT_KIND_LETTERS[kind] + (code.includes('-') ? code.replace(/-/g, '') : code);
}

export function isConceptToken(token: string): boolean {
  return token.startsWith(CONCEPT_PREFIX) && PLAIN.test(token);
}

/** Something that becomes one index token: a surface token or a concept. */
export type IndexableToken = string | { readonly text: string } | { readonly kind: ConceptKind; readonly code: string };

/**
 * Space-separated index field: surface tokens encoded, concepts as concept tokens, duplicates
 * dropped (first occurrence kept, so order still follows the text). Engine rank order is not
 * relied on (callers re-score), and deduplication keeps long measure texts well under
 * Meilisearch's 65,535 positions per attribute.
 */
export function toIndexField(tokens: Iterable<IndexableToken>): string {
  const seen = new Set<string>();
  for (const token of tokens) {
    const encoded =
      typeof token === 'string'
        ? encodeToken(token)
        : 'code' in token
          ? conceptToken(token.kind, token.code)
          : encodeToken(token.text);
    if (encoded) seen.add(encoded);
  }
  return [...seen].join(' ');
}
