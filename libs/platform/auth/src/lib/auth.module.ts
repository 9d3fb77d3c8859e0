import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PlatformConfig } from '@fhk/platform/config';
import { AuthGuard } from './auth.guard';
import { AccountStore } from './issuer/demo-accounts';
import { loadOrCreateIssuerKeys } from './issuer/issuer-keys';
import { LocalOidcIssuer } from './issuer/local-oidc-issuer';
import { remoteTokenKeys, TokenVerifier } from './token-verifier';

/** The process's local issuer, or null when tokens come from OIDC_ISSUER_URL. */
export const LOCAL_OIDC_ISSUER = Symbol('LOCAL_OIDC_ISSUER');

/**
 * Authentication for one process: the token verifier and the global guard that enforces every
 * route's access rule. Without OIDC_ISSUER_URL the process also runs the local issuer.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(config: PlatformConfig, dataDir: string): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        {
          provide: LOCAL_OIDC_ISSUER,
          useFactory: async () =>
            config.OIDC_ISSUER_URL
              ? null
              : new LocalOidcIssuer({
                  keys: loadOrCreateIssuerKeys(dataDir),
                  accounts: config.DEMO_ACCOUNTS ? await AccountStore.demo(config.DEMO_PASSWORD) : await AccountStore.empty(),
                  audience: config.OIDC_AUDIENCE,
                  passwordGrant: config.NODE_ENV !== 'production',
                }),
        },
        {
          provide: TokenVerifier,
          inject: [LOCAL_OIDC_ISSUER],
          useFactory: (issuer: LocalOidcIssuer | null) =>
            new TokenVerifier(issuer ? issuer.tokenKeys() : remoteTokenKeys(config.OIDC_ISSUER_URL ?? ''), {
              audience: config.OIDC_AUDIENCE,
              clockToleranceS: config.AUTH_CLOCK_SKEW_S,
            }),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [LOCAL_OIDC_ISSUER, TokenVerifier],
    };
  }
}
