import { z } from 'zod';

/**
 * The one id alphabet of the platform: what the search index accepts as (part of) a document id
 * (Meilisearch: `[A-Za-z0-9_-]`, at most 511 bytes; the matcher prefixes a type of up to 18
 * characters and `__`). Every write boundary (HTTP create, import, and the consumers of the
 * entity events) checks it, so no accepted id can later be refused by the index.
 */
export const ENTITY_ID_MAX_LENGTH = 200;
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9_-]{1,200}$/;

export const EntityIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(ENTITY_ID_MAX_LENGTH, `must be at most ${ENTITY_ID_MAX_LENGTH} characters`)
  .regex(ENTITY_ID_PATTERN, 'may contain only letters A-Z a-z, digits, "-" and "_"');

export const isEntityId = (value: unknown): value is string => typeof value === 'string' && ENTITY_ID_PATTERN.test(value);
