import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { isRole, Principal } from './roles';

/** Where a verifier gets the issuer's identifier and its signing keys from. */
export interface TokenKeys {
  issuer: string;
  getKey: JWTVerifyGetKey;
}

export interface TokenVerifierOptions {
  audience: string;
  clockToleranceS: number;
}

/** Why a token was refused; the text is safe to show (it never contains the token). */
export class TokenRejectedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TokenRejectedError';
  }
}

const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted here`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is not signed by a key of the issuer';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid || error instanceof errors.JOSENotSupported) return 'the token is malformed';
  return 'the token could not be verified';
}

/** The roles a token carries: our `roles` claim, or Keycloak's `realm_access.roles`; unknown roles are ignored. */
export function principalOf(payload: JWTPayload): Principal {
  const realm = (payload.realm_access as { roles?: unknown } | undefined)?.roles;
  const claimed = [...(Array.isArray(payload.roles) ? payload.roles : []), ...(Array.isArray(realm) ? realm : [])];
  return {
    subject: String(payload.sub),
    username: typeof payload.preferred_username === 'string' ? payload.preferred_username : String(payload.sub),
    roles: [...new Set(claimed.filter(isRole))],
    clientId: typeof payload.client_id === 'string' ? payload.client_id : typeof payload.azp === 'string' ? payload.azp : undefined,
  };
}

/**
 * Verifies OIDC access tokens (JWT) as every service does: signature against the issuer's JWKS,
 * `iss`, `aud`, `exp` with a clock skew, a subject. Anything else is a TokenRejectedError.
 */
export class TokenVerifier {
  constructor(
    private readonly keys: () => Promise<TokenKeys>,
    private readonly options: TokenVerifierOptions,
  ) {}

  async verify(token: string): Promise<Principal> {
    const { issuer, getKey } = await this.keys();
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer,
        audience: this.options.audience,
        clockTolerance: this.options.clockToleranceS,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
      });
      return principalOf(payload);
    } catch (error) {
      throw new TokenRejectedError(reasonOf(error));
    }
  }
}

/**
 * Keys of an external issuer (distributed mode): its discovery document names the JWKS, which jose
 * fetches and caches (and refetches for an unknown `kid`). A failed discovery is retried on the next call.
 */
export function remoteTokenKeys(issuerUrl: string, fetchImpl: typeof fetch = fetch): () => Promise<TokenKeys> {
  let keys: Promise<TokenKeys> | null = null;
  const discover = async (): Promise<TokenKeys> => {
    const response = await fetchImpl(`${issuerUrl.replace(/\/$/, '')}/.well-known/openid-configuration`);
    if (!response.ok) throw new Error(`OIDC discovery at ${issuerUrl} answered ${response.status}`);
    const document = (await response.json()) as { issuer?: string; jwks_uri?: string };
    if (document.issuer !== issuerUrl || !document.jwks_uri) throw new Error(`OIDC discovery at ${issuerUrl} names issuer ${document.issuer}`);
    return { issuer: document.issuer, getKey: createRemoteJWKSet(new URL(document.jwks_uri)) };
  };
  return () => {
    keys ??= discover().catch((error) => {
      keys = null;
      throw error;
    });
    return keys;
  };
}
