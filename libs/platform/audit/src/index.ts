export * from './lib/audit-entry';
export * from './lib/audit-trail';
export * from './lib/audit.controller';
export * from './lib/request-context';
