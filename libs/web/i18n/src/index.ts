export * from './lib/languages';
export * from './lib/catalogue-check';
export * from './lib/create-i18n';
export * from './lib/use-language';
export * from './lib/format';
