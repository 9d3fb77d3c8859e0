import { Enterprise, ListResponse, unwrap } from '@fhk/web/api-client';
import { useAuth } from '@fhk/web/auth';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api } from '../app/api';

/** The id of the profile this browser saved last ("my profile"), remembered across visits. */
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

function useRememberedId(): string | null {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    read,
    () => null,
  );
}

/** The cached list of the signed-in user's firms. */
const MINE = ['enterprises', 'mine'] as const;

export interface MyFirm {
  /** The firm whose matches, journey and profile the pages show; null when there is none (yet). */
  id: string | null;
  /** Still finding out (the issuer is being asked, or the signed-in user's firms are loading). */
  pending: boolean;
  /** The platform signs firms in and this visitor has not: the firm's pages need a sign-in. */
  needsSignIn: boolean;
  /** The signed-in user's firms (to switch between them); empty without sign-in. */
  firms: { id: string; name: string }[];
}

/**
 * The firm of this visitor. With sign-in (an issuer answers), it is one of the firms the signed-in
 * user owns (GET /api/enterprises answers only those), the one saved last in this browser if it is
 * among them; signed out, there is none. Without an issuer, it is the profile saved in this browser.
 */
export function useMyFirm(): MyFirm {
  const auth = useAuth();
  const remembered = useRememberedId();
  const signedIn = auth.status === 'signed-in';
  const owned = useQuery({
    queryKey: [...MINE, auth.userName],
    enabled: signedIn,
    queryFn: () => unwrap<ListResponse<Enterprise>>(api.GET('/api/enterprises')),
  });
  if (auth.status === 'probing') return { id: null, pending: true, needsSignIn: false, firms: [] };
  if (auth.status === 'unavailable') return { id: remembered, pending: false, needsSignIn: false, firms: [] };
  if (auth.status === 'anonymous') return { id: null, pending: false, needsSignIn: true, firms: [] };
  if (owned.isPending) return { id: null, pending: true, needsSignIn: false, firms: [] };
  const firms = (owned.data?.items ?? []).map((e) => ({ id: e.id, name: e.name }));
  return { id: firms.find((e) => e.id === remembered)?.id ?? firms[0]?.id ?? null, pending: false, needsSignIn: false, firms };
}

/**
 * Makes a firm just saved (or deleted: null) this visitor's firm at once: remembered in the browser
 * and put into (or taken out of) the cached list of the signed-in user's firms.
 */
export function useSetMyFirm(): (saved: Enterprise | null, deletedId?: string) => void {
  const client = useQueryClient();
  return (saved, deletedId) => {
    client.setQueriesData<ListResponse<Enterprise>>({ queryKey: MINE }, (old) => {
      if (!old) return old;
      const items = old.items.filter((e) => e.id !== saved?.id && e.id !== deletedId);
      return { ...old, items: saved ? [saved, ...items] : items, total: (saved ? 1 : 0) + items.length };
    });
    setMyEnterpriseId(saved?.id ?? null);
  };
}

/** The id of this visitor's firm (see useMyFirm). */
export function useMyEnterpriseId(): string | null {
  return useMyFirm().id;
}
