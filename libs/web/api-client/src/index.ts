export * from './lib/api-client';
export * from './lib/api-error';
export * from './lib/api-types';
export type { paths, components, operations } from './generated/api-schema';
