import { ConverterFactory, Locale as OpenccLocale } from 'opencc-js';
import type { ConverterFunction, DictLike } from 'opencc-js';

/**
 * Traditional -> Simplified folding with opencc-js.
 *
 * One converter merges the HK and the TW variant tables (so both 衞/粧, the HK forms, and
 * 著 used as 着, the TW form, fold) before OpenCC's Traditional -> Simplified characters and
 * phrases. `Converter({ from: 'hk', to: 'cn' })` alone misses the TW variants and `'tw'` alone
 * misses the HK ones; chaining three converters costs three passes for the same result.
 * Every table entry keeps the number of code points (checked in the spec), which is what
 * lets the normalizer map offsets back to the source text.
 *
 * Building the tries takes a few milliseconds, so everything here is created on first use.
 */

let toSimplifiedConverter: ConverterFunction | undefined;
let traditionalOnlyCache: Map<string, boolean> | undefined;
let simplifiedOnlyChars: Set<string> | undefined;

function flatten(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').map((pair) => {
    const [from = '', to = ''] = pair.split(' ');
    return [from, to] as const;
  });
}

/** Traditional (HK, TW or OpenCC standard) to Simplified. Identity on Simplified text. */
export function toSimplified(text: string): string {
  toSimplifiedConverter ??= ConverterFactory(
    [...OpenccLocale.from['hk'].flat(), ...OpenccLocale.from['tw'].flat()],
    ...OpenccLocale.to['cn'],
  );
  return toSimplifiedConverter(text);
}

/** A character that folding changes: it never appears in Simplified text. */
export function isTraditionalOnlyChar(char: string): boolean {
  traditionalOnlyCache ??= new Map();
  let known = traditionalOnlyCache.get(char);
  if (known === undefined) {
    known = toSimplified(char) !== char;
    traditionalOnlyCache.set(char, known);
  }
  return known;
}

/**
 * A character that only Simplified text uses (国, 资, 发): it is the Simplified form in
 * OpenCC's tables and never appears on their Traditional side. Characters that are both
 * (干, 里, 台, 面, 后) count for neither script.
 */
export function isSimplifiedOnlyChar(char: string): boolean {
  if (!simplifiedOnlyChars) {
    const traditional = new Set<string>();
    const simplified = new Set<string>();
    // from.cn: Simplified -> Traditional (values are Traditional).
    for (const dict of OpenccLocale.from['cn'].flat()) {
      for (const [, to] of flatten(dict)) for (const c of to) traditional.add(c);
    }
    // to.cn: Traditional -> Simplified (keys Traditional, values Simplified).
    for (const dict of OpenccLocale.to['cn'].flat()) {
      for (const [from, to] of flatten(dict)) {
        for (const c of from) traditional.add(c);
        for (const c of to) simplified.add(c);
      }
    }
    simplifiedOnlyChars = new Set([...simplified].filter((c) => !traditional.has(c)));
  }
  return simplifiedOnlyChars.has(char);
}
