import type { CollectionSpec, FindOptions, Scalar, WriteOperation } from './document-store.port';
import { UnsupportedQueryError } from './store.errors';

/**
 * The store dialect, enforced identically by both adapters before they touch their database.
 * Anything not accepted here is rejected with UnsupportedQueryError, so code that works against
 * the embedded SQLite store cannot depend on something MongoDB would do differently.
 *
 * Semantics (see README.md for the table):
 * - filters compare scalar fields; `{f: null}` / `{f: {$eq: null}}` match a missing field or null;
 *   `$ne: v` matches missing, null or different; `$in` may contain null (matches missing/null);
 *   range operators never match missing/null and compare numbers with numbers, strings with strings.
 * - sort order by type: missing/null < numbers < strings < objects < arrays < booleans (MongoDB's
 *   BSON order), so missing/null come first in `asc` and last in `desc`; ties are broken by `id` asc.
 */

export const COLLECTION_NAME = /^[a-z][a-z0-9_]{0,62}$/;
export const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export const DIALECT_OPERATORS = ['$eq', '$ne', '$in', '$gt', '$gte', '$lt', '$lte'] as const;
export type DialectOperator = (typeof DIALECT_OPERATORS)[number];
export type RangeOperator = '$gt' | '$gte' | '$lt' | '$lte';

/** Nesting limit for stored documents (MongoDB allows 100 levels; SQLite's JSON functions more). */
export const MAX_DOCUMENT_DEPTH = 64;
export const MAX_ID_LENGTH = 1024;

/** One normalized condition: bare scalars become `$eq`. */
export type DialectCondition =
  | { path: string; op: '$eq' | '$ne'; value: Scalar }
  | { path: string; op: '$in'; value: Scalar[] }
  | { path: string; op: RangeOperator; value: string | number };

const RANGE_OPERATORS: ReadonlySet<string> = new Set(['$gt', '$gte', '$lt', '$lte']);
const OPERATORS: ReadonlySet<string> = new Set(DIALECT_OPERATORS);

function fail(message: string): never {
  throw new UnsupportedQueryError(message);
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'null prototype'})` : `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

export function assertCollectionName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    fail(`invalid collection name ${show(name)}: use ${COLLECTION_NAME.source}`);
  }
  if (name.startsWith('sqlite_')) fail(`invalid collection name ${show(name)}: the sqlite_ prefix is reserved`);
}

export function assertFieldPath(path: unknown, context: string): asserts path is string {
  if (typeof path !== 'string' || !FIELD_PATH.test(path)) {
    const hint = typeof path === 'string' && path.startsWith('$') ? ' (logical operators such as $or are not in the dialect)' : '';
    fail(`${context}: invalid field path ${show(path)}${hint}; use dotted identifiers such as "a.b"`);
  }
  if (path === '_id') fail(`${context}: "_id" is reserved by the MongoDB adapter; use "id"`);
  if (path.split('.').includes('__proto__')) fail(`${context}: "__proto__" is not allowed in a field path`);
}

export function assertId(id: unknown, context: string): asserts id is string {
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
    fail(`${context}: id must be a non-empty string of at most ${MAX_ID_LENGTH} characters, got ${show(id)}`);
  }
}

/** The collections `init` declared on a store instance, with their index paths. */
export type DeclaredCollections = ReadonlyMap<string, readonly string[]>;

/** Throws when `collection` was not declared through `init` on this store instance. */
export function assertDeclared(declared: DeclaredCollections, collection: unknown): asserts collection is string {
  assertCollectionName(collection);
  if (!declared.has(collection)) fail(`collection "${collection}" was not declared: call init() with it first`);
}

export function validateCollectionSpecs(specs: unknown): asserts specs is CollectionSpec[] {
  if (!Array.isArray(specs)) fail('init: expected an array of collection specs');
  for (const spec of specs) {
    if (!isPlainObject(spec)) fail(`init: expected a collection spec, got ${show(spec)}`);
    assertCollectionName(spec.name);
    if (spec.indexes === undefined) continue;
    if (!Array.isArray(spec.indexes)) fail(`init ${spec.name}: indexes must be an array of field paths`);
    for (const path of spec.indexes) assertFieldPath(path, `init ${spec.name} index`);
  }
}

/**
 * `replaceCollection` swaps whole collections, so both sides must be declared, distinct and
 * indexed alike (MongoDB moves the source's indexes with it; SQLite keeps the target's).
 */
export function validateReplaceCollection(declared: DeclaredCollections, target: unknown, source: unknown): void {
  assertDeclared(declared, target);
  assertDeclared(declared, source);
  if (target === source) fail(`replaceCollection: target and source are both "${target}"`);
  const indexesOf = (name: string) => [...(declared.get(name) ?? [])].sort().join(',');
  if (indexesOf(target) !== indexesOf(source)) {
    fail(`replaceCollection: "${source}" is indexed on [${indexesOf(source)}] but "${target}" on [${indexesOf(target)}]; declare both alike`);
  }
}

function conditionsOfField(path: string, value: unknown, context: string): DialectCondition[] {
  if (isScalar(value)) return [{ path, op: '$eq', value }];
  if (!isPlainObject(value)) {
    fail(`${context} "${path}": ${show(value)} is not a scalar or an operator object (filters compare scalar fields)`);
  }
  const entries = Object.entries(value);
  if (entries.length === 0) fail(`${context} "${path}": empty condition {}; use {"$eq": ...}`);
  return entries.map(([op, operand]): DialectCondition => {
    if (!OPERATORS.has(op)) {
      const nested = op.startsWith('$') ? `operator ${op} is not in the dialect` : `sub-document equality is not supported; filter on "${path}.${op}"`;
      fail(`${context} "${path}": ${nested} (supported: ${DIALECT_OPERATORS.join(' ')})`);
    }
    if (op === '$in') {
      if (!Array.isArray(operand)) fail(`${context} "${path}": $in needs an array, got ${show(operand)}`);
      for (const item of operand) {
        if (!isScalar(item)) fail(`${context} "${path}": $in may only hold scalars, got ${show(item)}`);
      }
      return { path, op, value: [...operand] };
    }
    if (RANGE_OPERATORS.has(op)) {
      const ok = typeof operand === 'string' || (typeof operand === 'number' && Number.isFinite(operand));
      if (!ok) fail(`${context} "${path}": ${op} needs a string or a finite number, got ${show(operand)}`);
      return { path, op: op as RangeOperator, value: operand };
    }
    if (!isScalar(operand)) fail(`${context} "${path}": ${op} needs a scalar, got ${show(operand)}`);
    return { path, op: op as '$eq' | '$ne', value: operand };
  });
}

/** Validates a filter and returns its conditions (AND-ed), bare scalars normalized to `$eq`. */
export function conditionsOf(where: unknown, context = 'where'): DialectCondition[] {
  if (where === undefined) return [];
  if (!isPlainObject(where)) fail(`${context}: expected a filter object, got ${show(where)}`);
  const conditions: DialectCondition[] = [];
  for (const [path, value] of Object.entries(where)) {
    assertFieldPath(path, context);
    conditions.push(...conditionsOfField(path, value, context));
  }
  return conditions;
}

export interface ValidFindOptions {
  conditions: DialectCondition[];
  orderBy: Array<[string, 'asc' | 'desc']>;
  limit?: number;
  offset: number;
}

function assertCount(value: unknown, name: string): asserts value is number | undefined {
  if (value !== undefined && !(typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) {
    fail(`find: ${name} must be a non-negative integer, got ${show(value)}`);
  }
}

export function validateFindOptions(options: unknown): ValidFindOptions {
  if (options === undefined) return { conditions: [], orderBy: [], offset: 0 };
  if (!isPlainObject(options)) fail(`find: expected options object, got ${show(options)}`);
  for (const key of Object.keys(options)) {
    if (!['where', 'orderBy', 'limit', 'offset'].includes(key)) fail(`find: unknown option "${key}"`);
  }
  const { where, orderBy = [], limit, offset } = options as FindOptions;
  assertCount(limit, 'limit');
  assertCount(offset, 'offset');
  if (!Array.isArray(orderBy)) fail('find: orderBy must be an array of [field, "asc" | "desc"]');
  const seen = new Set<string>();
  const order = orderBy.map((entry: unknown): [string, 'asc' | 'desc'] => {
    if (!Array.isArray(entry) || entry.length !== 2) fail(`find: orderBy entries are [field, "asc" | "desc"], got ${show(entry)}`);
    const [field, direction] = entry as unknown[];
    assertFieldPath(field, 'orderBy');
    if (direction !== 'asc' && direction !== 'desc') fail(`orderBy "${field}": direction must be "asc" or "desc", got ${show(direction)}`);
    if (seen.has(field)) fail(`orderBy "${field}": field listed twice`);
    seen.add(field);
    return [field, direction];
  });
  return { conditions: conditionsOf(where), orderBy: order, limit, offset: offset ?? 0 };
}

function validateValue(value: unknown, at: string, depth: number): void {
  if (isScalar(value)) return;
  if (depth > MAX_DOCUMENT_DEPTH) fail(`${at}: documents may nest at most ${MAX_DOCUMENT_DEPTH} levels`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) validateValue(value[i], `${at}[${i}]`, depth + 1);
    return;
  }
  if (!isPlainObject(value)) {
    const hint = value === undefined ? '; omit the field or use null' : '; store JSON data only (strings, finite numbers, booleans, null, arrays, plain objects)';
    fail(`${at}: ${show(value)} is not allowed${hint}`);
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === '' || key === '__proto__' || key.startsWith('$') || key.includes('.') || key.includes('\0')) {
      fail(`${at}: field name ${show(key)} is not allowed (empty, __proto__, $-prefixed, dotted or NUL)`);
    }
    validateValue(child, `${at}.${key}`, depth + 1);
  }
}

function assertVersion(value: unknown, context: string, allowNull: boolean): void {
  if (value === undefined || (allowNull && value === null)) return;
  if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) {
    fail(`${context}: must be a non-negative integer${allowNull ? ' or null' : ''}, got ${show(value)}`);
  }
}

function validateDocument(document: unknown, context: string): void {
  if (!isPlainObject(document)) fail(`${context}: document must be a plain object, got ${show(document)}`);
  assertId(document.id, `${context} document`);
  if ('_id' in document) fail(`${context}: "_id" is reserved by the MongoDB adapter; use "id"`);
  assertVersion(document.version, `${context} document.version`, false);
  validateValue(document, context, 0);
}

/** Validates a whole batch (against the collections declared on this store) before any of it is applied. */
export function validateWriteOperations(
  operations: unknown,
  declared: DeclaredCollections,
): asserts operations is WriteOperation[] {
  if (!Array.isArray(operations)) fail('commit: expected an array of write operations');
  operations.forEach((operation: unknown, index) => {
    const context = `commit[${index}]`;
    if (!isPlainObject(operation)) fail(`${context}: expected a write operation, got ${show(operation)}`);
    assertDeclared(declared, operation.collection);
    const at = `${context} ${String(operation.op)} ${operation.collection}`;
    switch (operation.op) {
      case 'insert':
        return validateDocument(operation.document, at);
      case 'put':
        assertVersion(operation.expectedVersion, `${at} expectedVersion`, true);
        return validateDocument(operation.document, at);
      case 'delete':
        assertId(operation.id, at);
        return assertVersion(operation.expectedVersion, `${at} expectedVersion`, false);
      case 'deleteWhere':
        if (operation.where === undefined) fail(`${at}: where is required (use {} to delete every document)`);
        conditionsOf(operation.where, at);
        return;
      default:
        fail(`${context}: unknown operation ${show(operation.op)} (insert, put, delete, deleteWhere)`);
    }
  });
}
