/**
 * Types for porter-stemmer.js, a shim over the untyped `stemmer` package. Kept next to the
 * shim (not as an ambient `declare module`) so every program importing this library sees them.
 */
export declare function stemWord(word: string): string;
