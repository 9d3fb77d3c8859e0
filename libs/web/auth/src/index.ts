export * from './lib/oidc-settings';
export * from './lib/auth-provider';
