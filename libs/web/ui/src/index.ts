export * from './lib/layout/app-shell';
export * from './lib/layout/language-switch';
export * from './lib/layout/ui-provider';
export * from './lib/layout/account-button';
export * from './lib/feedback/error-alert';
export * from './lib/feedback/status-tag';
export * from './lib/theme/theme';
