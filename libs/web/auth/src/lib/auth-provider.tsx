import type { User, UserManager } from 'oidc-client-ts';
import { createContext, ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { CALLBACK_PATH, discoverIssuer, SILENT_CALLBACK_PATH } from './oidc-settings';

export type AuthStatus = 'probing' | 'unavailable' | 'anonymous' | 'signed-in';

export interface AuthState {
  status: AuthStatus;
  /** Display name of the signed-in user. */
  userName: string | null;
  accessToken: string | null;
  error: string | null;
  /** The page's language (`<html lang>`) goes to the issuer as `ui_locales`, so its pages match. */
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

const RETURN_TO_KEY = 'fhk.auth.returnTo';
/** Set while this browser has a session at the issuer (no token: only that a silent restore may succeed). */
const SESSION_HINT_KEY = 'fhk.auth.session';

function hadSession(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberSession(active: boolean): void {
  try {
    if (active) window.localStorage.setItem(SESSION_HINT_KEY, '1');
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage refused: every load is treated as a first visit.
  }
}

/** The language the page shows (set by the language switch on `<html lang>`), for the issuer's pages. */
const pageLanguage = (): string => document.documentElement.lang;

export interface AuthProviderProps {
  children: ReactNode;
  /** Called with the current access token (null when signed out), e.g. for the API client. */
  onAccessToken?: (token: string | null) => void;
  /** Replaces the URL after the sign-in callback (the router's navigate). */
  navigate?: (path: string) => void;
}

const nameOf = (user: User): string => String(user.profile.name ?? user.profile.preferred_username ?? user.profile.sub);

/** Sign-in state for the app: probes the issuer, completes callbacks, restores sessions silently. */
export function AuthProvider({ children, onAccessToken, navigate }: AuthProviderProps) {
  const [status, setStatus] = useState<AuthStatus>('probing');
  const [user, setUser] = useState<User | null>(null);
  const [error, setError] = useState<string | null>(null);
  const manager = useRef<UserManager | null>(null);

  // The OIDC client (its own chunk), loaded once: at a callback, for a silent restore, or on sign-in.
  const loadClient = useRef<(() => Promise<UserManager>) | null>(null);
  const accept = useRef<(next: User | null) => void>(() => undefined);

  useEffect(() => {
    let cancelled = false;
    const origin = window.location.origin;
    const path = window.location.pathname;
    accept.current = (next: User | null) => {
      if (cancelled) return;
      const valid = Boolean(next && !next.expired);
      rememberSession(valid);
      setUser(next);
      setStatus(valid ? 'signed-in' : 'anonymous');
      onAccessToken?.(valid && next ? next.access_token : null);
    };
    const take = (next: User | null) => accept.current(next);
    let loading: Promise<UserManager> | null = null;
    const load = () =>
      (loading ??= import('./user-manager').then(({ createUserManager }) => {
        const users = createUserManager(origin);
        manager.current = users;
        users.events.addUserLoaded((loaded) => take(loaded));
        users.events.addUserUnloaded(() => take(null));
        users.events.addSilentRenewError(() => take(null));
        return users;
      }));
    loadClient.current = load;
    void (async () => {
      if (!(await discoverIssuer(origin))) {
        if (!cancelled) setStatus('unavailable');
        return;
      }
      if (path === SILENT_CALLBACK_PATH) {
        await (await load()).signinSilentCallback().catch(() => undefined);
        return;
      }
      if (path === CALLBACK_PATH) {
        const users = await load();
        try {
          take(await users.signinRedirectCallback());
        } catch (failure) {
          if (!cancelled) setError((failure as Error).message);
          take(null);
        }
        const returnTo = window.sessionStorage.getItem(RETURN_TO_KEY) ?? '/';
        window.sessionStorage.removeItem(RETURN_TO_KEY);
        if (navigate) navigate(returnTo);
        else window.history.replaceState(null, '', returnTo);
        return;
      }
      // A visitor who never signed in here gets no OIDC client (and no hidden iframe) until they sign in.
      if (!hadSession()) {
        if (!cancelled) setStatus('anonymous');
        return;
      }
      // Tokens live in memory: after a reload, ask the issuer quietly whether the session is still open.
      const users = await load();
      take(await users.signinSilent().catch(() => null));
    })();
    return () => {
      cancelled = true;
    };
    // The issuer is probed once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      status,
      userName: user ? nameOf(user) : null,
      accessToken: user?.access_token ?? null,
      error,
      signIn: async () => {
        const users = await loadClient.current?.();
        if (!users) return;
        window.sessionStorage.setItem(RETURN_TO_KEY, window.location.pathname + window.location.search);
        await users.signinRedirect(pageLanguage() ? { ui_locales: pageLanguage() } : undefined);
      },
      signOut: async () => {
        rememberSession(false);
        if (!manager.current) return;
        await manager.current.signoutRedirect(pageLanguage() ? { extraQueryParams: { ui_locales: pageLanguage() } } : undefined).catch(async () => {
          await manager.current?.removeUser();
        });
      },
    }),
    [status, user, error],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside <AuthProvider>');
  return state;
}
