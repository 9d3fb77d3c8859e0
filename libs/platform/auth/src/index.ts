export * from './lib/roles';
export * from './lib/access.decorator';
export * from './lib/token-verifier';
export * from './lib/auth.guard';
export * from './lib/auth.module';
export * from './lib/issuer/demo-accounts';
export * from './lib/issuer/local-oidc-issuer';
export * from './lib/password-token';
