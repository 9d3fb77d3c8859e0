import type { default as ProviderType, errors as ProviderErrors, ResourceServer } from 'oidc-provider';
import { AccountStore } from './demo-accounts';

export interface PasswordGrantOptions {
  accounts: AccountStore;
  resource: string;
  resourceServer: ResourceServer;
  clientId: string;
}

/**
 * The resource-owner password grant, for scripts and tests (client `fhk-cli`, embedded mode only).
 * oidc-provider dropped it from the core, so it is a custom grant: it checks the account's argon2id
 * hash and issues a JWT access token for the API, like the authorization-code flow does.
 */
export function registerPasswordGrant(provider: ProviderType, errors: typeof ProviderErrors, options: PasswordGrantOptions): void {
  const { InvalidGrant, UnauthorizedClient } = errors;
  provider.registerGrantType(
    'password',
    async (ctx) => {
      const { client, params } = ctx.oidc;
      if (client?.clientId !== options.clientId) throw new UnauthorizedClient('the password grant is for the fhk-cli client only');
      const account = await options.accounts.authenticate(params?.username, params?.password);
      if (!account) throw new InvalidGrant('wrong username or password');
      // No grant record: a password-grant token is not refreshable and ends with its own expiry.
      const token = new provider.AccessToken({ accountId: account.id, client, gty: 'password', scope: 'api', grantId: undefined as unknown as string });
      token.resourceServer = new provider.ResourceServer(options.resource, options.resourceServer);
      ctx.oidc.entity('AccessToken', token);
      const value = await token.save();
      ctx.body = { access_token: value, token_type: 'Bearer', expires_in: token.expiration, scope: token.scope };
    },
    ['username', 'password', 'scope'],
  );
}
