import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLocalJWKSet } from 'jose';
import type { ClientMetadata, Configuration, default as ProviderType, errors as ProviderErrors, ResourceServer } from 'oidc-provider';
import { TokenKeys } from '../token-verifier';
import { AccountStore } from './demo-accounts';
import { issuerMemoryAdapter } from './issuer-memory.adapter';
import { IssuerKeys } from './issuer-keys';
import { issuerLanguage, logoutPage, signedOutPage } from './issuer-pages';
import { handleLoginInteraction, INTERACTION_PATH } from './login-interaction';
import { registerPasswordGrant } from './password-grant';

/** The API as a resource server: tokens for it are JWTs with this audience. */
export const API_RESOURCE = 'urn:fhk:api';
export const CLI_CLIENT_ID = 'fhk-cli';
export const WEB_CLIENT_ID = 'fhk-web';
/** Where the local issuer's endpoints live on the platform's origin (discovery is at the root). */
export const OIDC_PATH = '/oidc';
const DISCOVERY_PATH = '/.well-known/openid-configuration';
const ACCESS_TOKEN_TTL_S = 3600;

export interface LocalIssuerOptions {
  keys: IssuerKeys;
  accounts: AccountStore;
  audience: string;
  /** The password grant for `fhk-cli` (scripts and tests); embedded mode only. */
  passwordGrant: boolean;
}

type Next = (error?: unknown) => void;

// oidc-provider is ESM-only; Node 20.19+ loads it with require() (docs/adr/0009). Loaded only by
// processes that run the local issuer.
const loadProvider = (): { Provider: typeof ProviderType; errors: typeof ProviderErrors } => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require('oidc-provider');
  return { Provider: module.default, errors: module.errors };
};

/**
 * The embedded mode's OIDC issuer (oidc-provider, an OpenID-certified implementation), mounted on
 * the platform's own origin: discovery at /.well-known/openid-configuration, endpoints under /oidc.
 * Its identifier is the origin, known once the HTTP server listens (`start`).
 */
export class LocalOidcIssuer {
  private provider: ProviderType | null = null;
  private readonly ready: Promise<string>;
  private resolveReady!: (issuer: string) => void;

  constructor(private readonly options: LocalIssuerOptions) {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }

  /** Keys for the in-process verifier: the issuer's public key, no network needed. */
  tokenKeys(): () => Promise<TokenKeys> {
    const getKey = createLocalJWKSet({ keys: [this.options.keys.publicJwk as never] });
    return async () => ({ issuer: await this.ready, getKey });
  }

  get issuer(): string | null {
    return this.provider?.issuer ?? null;
  }

  start(issuer: string): void {
    const { Provider, errors } = loadProvider();
    const { accounts, audience } = this.options;
    const resourceServer: ResourceServer = { scope: 'api', audience, accessTokenFormat: 'jwt', accessTokenTTL: ACCESS_TOKEN_TTL_S, jwt: { sign: { alg: 'RS256' } } };
    const configuration: Configuration = {
      adapter: issuerMemoryAdapter(),
      clients: [
        ...(this.options.passwordGrant
          ? [{ client_id: CLI_CLIENT_ID, token_endpoint_auth_method: 'none', grant_types: ['password'], response_types: [], redirect_uris: [] } satisfies ClientMetadata]
          : []),
        {
          client_id: WEB_CLIENT_ID,
          token_endpoint_auth_method: 'none',
          application_type: 'web',
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
          redirect_uris: [`${issuer}/auth/callback`, `${issuer}/auth/silent-renew`],
          post_logout_redirect_uris: [`${issuer}/`],
        } satisfies ClientMetadata,
      ],
      jwks: { keys: [this.options.keys.privateJwk as never] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      findAccount: (_ctx, id) => {
        const account = accounts.byId(id);
        return account ? { accountId: account.id, claims: () => ({ sub: account.id, preferred_username: account.username, roles: account.roles }) } : undefined;
      },
      claims: { openid: ['sub'], profile: ['preferred_username', 'roles'] },
      scopes: ['openid', 'profile', 'offline_access', 'api'],
      extraTokenClaims: (_ctx, token) => {
        const account = 'accountId' in token && token.accountId ? accounts.byId(token.accountId) : null;
        return account ? { preferred_username: account.username, roles: account.roles } : undefined;
      },
      features: {
        devInteractions: { enabled: false },
        revocation: { enabled: true },
        // Sign-out pages in the language the web app passed as `ui_locales` (else the browser's).
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: async (ctx, form) => {
            ctx.type = 'html';
            ctx.body = logoutPage(form, issuerLanguage(ctx.oidc.params?.['ui_locales'], ctx.get('accept-language')));
          },
          postLogoutSuccessSource: async (ctx) => {
            ctx.type = 'html';
            ctx.body = signedOutPage(issuerLanguage(ctx.oidc.params?.['ui_locales'], ctx.get('accept-language')), `${issuer}/`);
          },
        },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => API_RESOURCE,
          useGrantedResource: () => true,
          getResourceServerInfo: (_ctx, identifier) => {
            if (identifier !== API_RESOURCE) throw new errors.InvalidTarget(`unknown resource ${identifier}`);
            return resourceServer;
          },
        },
      },
      responseTypes: ['code'],
      pkce: { required: () => true },
      interactions: { url: (_ctx, interaction) => `${INTERACTION_PATH}/${interaction.uid}` },
      routes: {
        authorization: `${OIDC_PATH}/auth`,
        token: `${OIDC_PATH}/token`,
        jwks: `${OIDC_PATH}/jwks`,
        userinfo: `${OIDC_PATH}/me`,
        end_session: `${OIDC_PATH}/session/end`,
        revocation: `${OIDC_PATH}/token/revocation`,
        pushed_authorization_request: `${OIDC_PATH}/request`,
        code_verification: `${OIDC_PATH}/device`,
        device_authorization: `${OIDC_PATH}/device/auth`,
        introspection: `${OIDC_PATH}/token/introspection`,
        backchannel_authentication: `${OIDC_PATH}/backchannel`,
        registration: `${OIDC_PATH}/reg`,
        challenge: `${OIDC_PATH}/challenge`,
      },
      ttl: { AccessToken: ACCESS_TOKEN_TTL_S, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600, RefreshToken: 8 * 3600 },
      renderError: (ctx, out) => {
        ctx.type = 'json';
        ctx.body = out;
      },
    };
    const provider = new Provider(issuer, configuration);
    provider.on('server_error', () => undefined);
    if (this.options.passwordGrant) registerPasswordGrant(provider, errors, { accounts, resource: API_RESOURCE, resourceServer, clientId: CLI_CLIENT_ID });
    this.provider = provider;
    this.resolveReady(issuer);
  }

  /** Express-compatible middleware: answers the issuer's paths, passes everything else on. */
  middleware(): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
    return (req, res, next) => {
      const path = (req.url ?? '').split('?')[0];
      if (path !== DISCOVERY_PATH && path !== OIDC_PATH && !path.startsWith(`${OIDC_PATH}/`)) return next();
      const provider = this.provider;
      if (!provider) {
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' }).end(JSON.stringify({ error: 'temporarily_unavailable' }));
        return;
      }
      if (path.startsWith(`${INTERACTION_PATH}/`)) {
        handleLoginInteraction(provider, this.options.accounts, req, res).catch(next);
        return;
      }
      provider.callback()(req, res);
    };
  }
}
