import { generateKeyPairSync, JsonWebKey } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface IssuerKeys {
  privateJwk: JsonWebKey & { kid: string; alg: string; use: string };
  publicJwk: JsonWebKey & { kid: string; alg: string; use: string };
}

/**
 * The local issuer's signing key: RS256, kept in DATA_DIR (mode 0600) so tokens survive a restart;
 * never in the repository. A missing or unreadable file gets a new key.
 */
export function loadOrCreateIssuerKeys(dataDir: string): IssuerKeys {
  const file = join(dataDir, 'oidc-signing-key.json');
  if (existsSync(file)) {
    try {
      const privateJwk = JSON.parse(readFileSync(file, 'utf8')) as IssuerKeys['privateJwk'];
      return { privateJwk, publicJwk: publicPart(privateJwk) };
    } catch {
      // fall through: a new key
    }
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `fhk-${Date.now().toString(36)}`;
  const privateJwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  writeFileSync(file, JSON.stringify(privateJwk), { mode: 0o600 });
  chmodSync(file, 0o600);
  return { privateJwk, publicJwk: publicPart(privateJwk) };
}

function publicPart(jwk: IssuerKeys['privateJwk']): IssuerKeys['publicJwk'] {
  return { kty: jwk.kty, n: jwk.n, e: jwk.e, kid: jwk.kid, alg: jwk.alg, use: jwk.use };
}
