import { InMemoryWebStorage, UserManager, UserManagerSettings, WebStorageStateStore } from 'oidc-client-ts';
import { CALLBACK_PATH, OIDC_CLIENT_ID, SILENT_CALLBACK_PATH } from './oidc-settings';

/**
 * Authorization code flow with PKCE (oidc-client-ts's default for response_type=code). Tokens are
 * kept in memory only (InMemoryWebStorage), never in localStorage; they are renewed silently
 * before they expire, and after a reload restored by a silent sign-in at the issuer.
 * Loaded only once the issuer's discovery document answers (its own chunk).
 */
export function oidcSettings(origin: string): UserManagerSettings {
  return {
    authority: origin,
    client_id: OIDC_CLIENT_ID,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    silent_redirect_uri: `${origin}${SILENT_CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    // `api`: an access token for the platform's API (its resource); `offline_access`: a refresh token.
    scope: 'openid profile offline_access api',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    automaticSilentRenew: true,
    loadUserInfo: false,
  };
}

export function createUserManager(origin: string): UserManager {
  return new UserManager(oidcSettings(origin));
}
