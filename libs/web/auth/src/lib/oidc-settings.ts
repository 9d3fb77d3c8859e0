/** The web's public OIDC client at the platform's issuer (same origin as /api). */
export const OIDC_CLIENT_ID = 'fhk-web';
export const CALLBACK_PATH = '/auth/callback';
export const SILENT_CALLBACK_PATH = '/auth/silent-renew';

/**
 * Whether the origin runs an OIDC issuer: its discovery document answers with an issuer and an
 * authorization endpoint. Sign-in is offered only then; everything else works anonymously.
 */
export async function discoverIssuer(origin: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(`${origin}/.well-known/openid-configuration`, { headers: { accept: 'application/json' } });
    if (!response.ok) return false;
    const document = (await response.json()) as { issuer?: unknown; authorization_endpoint?: unknown; token_endpoint?: unknown };
    return typeof document.issuer === 'string' && typeof document.authorization_endpoint === 'string' && typeof document.token_endpoint === 'string';
  } catch {
    return false;
  }
}
