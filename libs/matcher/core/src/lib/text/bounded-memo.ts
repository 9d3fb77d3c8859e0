/**
 * A memo of a pure function of a string, for small answers a vocabulary repeats (stems, token
 * encodings): at most `max` of them, cleared whole when full (cheaper than an LRU, and a pure
 * function loses nothing but time when it forgets).
 */
export function boundedMemo<V>(compute: (key: string) => V, max: number): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= max) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
