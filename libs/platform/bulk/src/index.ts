export * from './lib/csv-codec';
export * from './lib/bulk-import';
export * from './lib/bulk-http';
