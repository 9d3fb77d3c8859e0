import { SeededRandom } from './seeded-random';

/** A JSON Schema, as the OpenAPI document holds it (the subset zod's toJSONSchema writes). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
}

export interface Operation {
  method: string;
  /** The path template, e.g. `/api/enterprises/{id}`. */
  path: string;
  pathParams: string[];
  /** Query parameters the document declares (none yet: the suite adds the API's known names). */
  queryParams: Array<{ name: string; schema?: JsonSchema }>;
  body: JsonSchema | null;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; schema?: JsonSchema }>; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Every operation of the document: route, method, parameters and body schema. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const parameters = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

const typesOf = (schema: JsonSchema): string[] => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);

/**
 * A value the schema accepts (as far as JSON Schema can say: refinements such as "all three
 * languages non-blank" are met by construction). Valid bodies let mutations reach deep validation
 * and make some hostile writes accepted, which the read-model checks then follow.
 */
export function exampleOf(schema: JsonSchema, rng: SeededRandom, depth = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return rng.pick(schema.enum);
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return exampleOf(rng.pick(union.filter((s) => !typesOf(s).includes('null')).length ? union.filter((s) => !typesOf(s).includes('null')) : union), rng, depth);
  if (schema.allOf?.length) return exampleOf(schema.allOf[0], rng, depth);
  const types = typesOf(schema).filter((t) => t !== 'null');
  const type = types[0] ?? (schema.properties ? 'object' : 'string');
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (depth > 6) break;
        if (schema.required?.includes(key) || rng.chance(0.7)) out[key] = exampleOf(property, rng, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 2, rng.int(0, 2)));
      return schema.items && depth < 6 ? Array.from({ length: n }, () => exampleOf(schema.items!, rng, depth + 1)) : [];
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 1;
      const max = Math.min(schema.maximum ?? min + 100, min + 1000);
      return rng.int(Math.ceil(min), Math.floor(max));
    }
    case 'boolean':
      return rng.chance(0.5);
    default:
      return exampleString(schema, rng);
  }
}

function exampleString(schema: JsonSchema, rng: SeededRandom): string {
  if (schema.format === 'date') return `2027-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
  if (schema.format === 'date-time') return new Date(Date.UTC(2027, rng.int(0, 11), rng.int(1, 28))).toISOString();
  if (schema.format === 'uri' || schema.format === 'url') return `https://example.org/${rng.alnum(6)}`;
  const min = Math.max(1, schema.minLength ?? 1);
  const max = Math.min(schema.maxLength ?? 24, 24);
  // Every pattern the API uses (ids, slugs) accepts lowercase letters and digits.
  if (schema.pattern) return `h${rng.alnum(Math.max(0, Math.min(max, Math.max(min, 8)) - 1))}`;
  const words = ['安溪鐵觀音', '德化陶瓷', 'tea fair', '融資 上市', '跨境电商', 'cash pooling', '福州', 'Quanzhou'];
  const text = rng.pick(words);
  return text.length >= min ? text.slice(0, max) : text.padEnd(min, 'x');
}
