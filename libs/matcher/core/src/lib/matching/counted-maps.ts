/** Inverted indexes and counts kept one item at a time (empty entries dropped). */
export const addTo = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};
export const removeFrom = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
};
/**
 * The same as `addTo` / `removeFrom` with arrays in insertion order (the order a Set iterates in):
 * an entry costs one slot instead of a hash-table entry, for the large indexes (a value added once a key:
 * the caller adds each of an item's keys once).
 */
export const addToList = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
};
export const removeFromList = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (!list) return;
  const at = list.lastIndexOf(value);
  if (at < 0) return;
  if (list.length === 1) map.delete(key);
  else list.splice(at, 1);
};
export const bump = <K>(map: Map<K, number>, key: K, by: number) => {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
};
