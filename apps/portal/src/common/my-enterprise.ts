import { useSyncExternalStore } from 'react';

/** The id of the profile this browser saved ("my profile"), remembered across visits. */
const KEY = 'fhk.portal.enterpriseId';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setMyEnterpriseId(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(KEY, id);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused: the id is lost with the tab.
  }
  listeners.forEach((notify) => notify());
}

export function useMyEnterpriseId(): string | null {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    read,
    () => null,
  );
}
