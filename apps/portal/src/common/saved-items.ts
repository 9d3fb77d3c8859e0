import { useSyncExternalStore } from 'react';

/** Opportunities the firm saved ("type:id"), kept in this browser until the API stores them. */
const KEY = 'fhk.portal.saved';
const listeners = new Set<() => void>();
let cache: { raw: string | null; items: string[] } = { raw: null, items: [] };

function read(): string[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    raw = null;
  }
  if (raw !== cache.raw) {
    let items: string[] = [];
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      items = Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      items = [];
    }
    cache = { raw, items };
  }
  return cache.items;
}

export function toggleSaved(key: string): void {
  const items = read();
  const next = items.includes(key) ? items.filter((k) => k !== key) : [...items, key];
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    return;
  }
  listeners.forEach((notify) => notify());
}

export function useSavedItems(): string[] {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    read,
    () => [],
  );
}
