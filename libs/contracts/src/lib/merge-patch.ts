import { z } from 'zod';

/** Keys that would reach an object's prototype when assigned: never written through. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets an own, enumerable property whatever its name (a `__proto__` key stays data, for validation to refuse). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * JSON Merge Patch (RFC 7396): an object patch changes exactly the members it names, recursively;
 * `null` removes a member; anything else (arrays included) replaces it. The target is not changed.
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = {};
  if (isObject(target)) for (const [key, value] of Object.entries(target)) setOwn(result, key, value);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else setOwn(result, key, applyMergePatch(Object.prototype.hasOwnProperty.call(result, key) ? result[key] : undefined, value));
  }
  return result;
}

/**
 * The schema of a merge patch of `schema`'s objects: every field optional and nullable (null
 * removes it, so the create default applies again), no defaults of its own, unknown keys refused.
 */
export function mergePatchSchemaOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const fields: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const bare = field instanceof z.ZodDefault ? (field.removeDefault() as z.ZodType) : (field as z.ZodType);
    fields[key] = bare.nullable().optional();
  }
  return z.object(fields).strict();
}
