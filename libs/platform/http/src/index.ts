export * from './lib/validation-issue';
export * from './lib/zod-validation.pipe';
export * from './lib/api-exception.filter';
export * from './lib/api-zod.decorators';
export * from './lib/configure-http-app';
export * from './lib/if-match';
export * from './lib/web-app';
export * from './lib/json-depth';
