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
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

const RETURN_TO_KEY = 'fhk.auth.returnTo';

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

  useEffect(() => {
    let cancelled = false;
    const origin = window.location.origin;
    const path = window.location.pathname;
    const accept = (next: User | null) => {
      if (cancelled) return;
      setUser(next);
      setStatus(next && !next.expired ? 'signed-in' : 'anonymous');
      onAccessToken?.(next && !next.expired ? next.access_token : null);
    };
    void (async () => {
      if (!(await discoverIssuer(origin))) {
        if (!cancelled) setStatus('unavailable');
        return;
      }
      const { createUserManager } = await import('./user-manager');
      if (cancelled) return;
      const users = createUserManager(origin);
      manager.current = users;
      users.events.addUserLoaded((loaded) => accept(loaded));
      users.events.addUserUnloaded(() => accept(null));
      users.events.addSilentRenewError(() => accept(null));
      if (path === SILENT_CALLBACK_PATH) {
        await users.signinSilentCallback().catch(() => undefined);
        return;
      }
      if (path === CALLBACK_PATH) {
        try {
          accept(await users.signinRedirectCallback());
        } catch (failure) {
          if (!cancelled) setError((failure as Error).message);
          accept(null);
        }
        const returnTo = window.sessionStorage.getItem(RETURN_TO_KEY) ?? '/';
        window.sessionStorage.removeItem(RETURN_TO_KEY);
        if (navigate) navigate(returnTo);
        else window.history.replaceState(null, '', returnTo);
        return;
      }
      // Tokens live in memory: after a reload, ask the issuer quietly whether a session is still open.
      accept(await users.signinSilent().catch(() => null));
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
        if (!manager.current) return;
        window.sessionStorage.setItem(RETURN_TO_KEY, window.location.pathname + window.location.search);
        await manager.current.signinRedirect();
      },
      signOut: async () => {
        if (!manager.current) return;
        await manager.current.signoutRedirect().catch(async () => {
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
