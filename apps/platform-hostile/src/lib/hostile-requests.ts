import { exampleOf, JsonSchema, Operation } from './openapi-operations';
import { HOSTILE_IDS, hostileCsv, hostileRawBody, hostileString, hostileValue } from './hostile-values';
import { SeededRandom } from './seeded-random';

export interface HostileRequest {
  /** Which generator made it, for the failure report. */
  strategy: string;
  operation: string;
  method: string;
  /** Path and query, percent-encoded. */
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/**
 * A hook to change every request before it is sent: e.g. a bearer token per role once the API
 * authenticates (`(r) => ({ ...r, headers: { ...r.headers, authorization: `Bearer ${tokenFor(r)}` } })`).
 */
export type RequestDecorator = (request: HostileRequest) => HostileRequest;

/** Ids that exist when the run starts, so valid requests reach real entities. */
export interface KnownIds {
  enterprises: string[];
  catalogue: string[];
  calendar: string[];
}

/** Query names the API reads (the document does not declare query parameters yet). */
export const KNOWN_QUERY_NAMES = [
  'q', 'type', 'types', 'limit', 'offset', 'format', 'lang', 'from', 'to', 'industry', 'need', 'measure', 'kind', 'audience',
  'city', 'includeSample', 'dryRun', 'validOnly', 'status', 'consent', 'minEmployees', 'maxEmployees', 'area', 'month', 'sample',
];
const QUERY_VALUES = ['1', '0', '-1', '500', '100000', 'true', 'false', 'csv', 'json', 'xml', 'en', 'zh-Hant', 'fr', 'tea', 'event', '2027-01-01', '2027-13-45'];
const OPPORTUNITY_TYPES = ['event', 'programme', 'service-provider', 'service-category', 'measure', 'area', 'enterprise'];
const IF_MATCH = ['"1"', 'W/"2"', '*', '"abc"', '"99999999999999999999"', '"-1"', '', '"1", "2"'];
const WRONG_METHODS = ['PUT', 'DELETE', 'PATCH', 'POST', 'GET', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO'];

const encode = (value: string): string => {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80'; // a lone surrogate as raw bytes
  }
};

function idFor(param: string, path: string, known: KnownIds, rng: SeededRandom): string {
  if (param === 'number') return String(rng.int(1, 28));
  if (param === 'type') return rng.pick(OPPORTUNITY_TYPES.slice(0, 5));
  const pool = path.includes('/enterprises') ? known.enterprises : path.includes('/catalogue') ? known.catalogue : path.includes('/calendar') || path.includes('/opportunities') ? [...known.calendar, ...known.catalogue] : [];
  return pool.length > 0 && rng.chance(0.85) ? rng.pick(pool) : rng.pick(HOSTILE_IDS);
}

/** Replaces (or adds) one member somewhere in a JSON value with `value`. */
function mutate(body: unknown, rng: SeededRandom, value: unknown): unknown {
  if (body === null || typeof body !== 'object') return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(body) ? [...body] : { ...(body as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return value;
  const key = rng.pick(keys);
  const child = (copy as Record<string, unknown>)[key];
  (copy as Record<string, unknown>)[key] = child !== null && typeof child === 'object' && rng.chance(0.5) ? mutate(child, rng, value) : value;
  return copy;
}

const json = (value: unknown): string => JSON.stringify(value);

/** Operations that rebuild or replay everything the matcher holds: each gets HEAVY_REQUESTS requests. */
const HEAVY_OPERATIONS = /\/(rebuild|replay)$/;
const HEAVY_REQUESTS = 6;

/**
 * `count` requests over every operation of the document, drawn with `seed`: valid requests and
 * their mutations (one field hostile, unknown and prototype keys, operator injection), broken
 * bodies and encodings, hostile path ids and query values, wrong methods.
 */
export function hostileRequests(operations: Operation[], known: KnownIds, options: { seed: number; count: number }): HostileRequest[] {
  const rng = new SeededRandom(options.seed);
  const requests: HostileRequest[] = [];
  const importBodyOf = (path: string): JsonSchema | null =>
    operations.find((o) => o.method === 'POST' && o.path === (path.includes('catalogue') ? '/api/catalogue/items' : '/api/calendar/events'))?.body ?? null;
  // Rebuilds and replays redo all the matcher's work; a few of them are hostile enough, and the
  // rest of the budget goes to the operations whose input is read.
  const heavy = operations.filter((o) => HEAVY_OPERATIONS.test(o.path));
  const light = operations.filter((o) => !HEAVY_OPERATIONS.test(o.path));
  const schedule = [...heavy.flatMap((o) => Array.from({ length: HEAVY_REQUESTS }, () => o))];
  for (let i = 0; schedule.length < options.count; i++) schedule.push(light[i % light.length]);
  for (let i = schedule.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [schedule[i], schedule[j]] = [schedule[j], schedule[i]];
  }
  for (let i = 0; i < options.count; i++) {
    const op = schedule[i];
    const isImport = op.path.endsWith('/import');
    const bodySchema = isImport ? importBodyOf(op.path) : op.body;
    const strategies = ['valid', 'hostile-query', 'wrong-method', ...(op.pathParams.length ? ['hostile-path', 'hostile-path'] : []), ...(bodySchema ? ['mutate-field', 'mutate-field', 'mutate-field', 'extra-key', 'raw-body', 'raw-body'] : ['raw-body'])];
    const strategy = rng.pick(strategies);
    let path = op.path.replace(/\{(\w+)\}/g, (_, param: string) => encode(strategy === 'hostile-path' && rng.chance(0.7) ? rng.pick(HOSTILE_IDS) : idFor(param, op.path, known, rng)));
    if (strategy === 'hostile-path' && rng.chance(0.1)) path = `${path}/${rng.pick(['..', '%2e%2e', '%00', 'extra'])}`;
    const query: string[] = [];
    if (isImport) query.push(`dryRun=${rng.chance(0.6)}`, `validOnly=${rng.chance(0.3)}`);
    if (strategy === 'hostile-query' || rng.chance(0.15)) {
      const names = [...op.queryParams.map((p) => p.name), ...KNOWN_QUERY_NAMES];
      for (let k = rng.int(1, 3); k > 0; k--) {
        const name = rng.chance(0.1) ? rng.pick(['__proto__', 'constructor', 'q[$gt]', 'limit[]', hostileString(rng).slice(0, 50)]) : rng.pick(names);
        const value = rng.chance(0.5) ? rng.pick(QUERY_VALUES) : hostileString(rng).slice(0, rng.pick([50, 600, 5_000]));
        query.push(`${encode(name)}=${encode(value)}`);
        if (rng.chance(0.1)) query.push(`${encode(name)}=${encode(value)}`); // repeated: arrives as an array
      }
    } else if (op.path === '/api/search') {
      query.push(`q=${encode(rng.pick(['茶', 'tea', '資金池', 'cash pooling', '德化 陶瓷']))}`);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (rng.chance(0.15)) headers['if-match'] = rng.pick(IF_MATCH);
    let method = op.method;
    let body: string | Buffer | undefined;
    if (strategy === 'wrong-method') method = rng.pick(WRONG_METHODS.filter((m) => m !== op.method));
    else if (strategy === 'raw-body') {
      const raw = isImport && rng.chance(0.5) ? { body: hostileCsv(rng), contentType: 'text/csv' } : hostileRawBody(rng);
      body = raw.body;
      headers['content-type'] = raw.contentType;
      Object.assign(headers, 'headers' in raw ? raw.headers : {});
      if (query.every((q) => !q.startsWith('format=')) && isImport && raw.contentType === 'text/csv') query.push('format=csv');
    } else if (bodySchema) {
      const one = () => {
        const example = exampleOf(bodySchema, rng);
        if (strategy === 'mutate-field') return mutate(example, rng, hostileValue(rng));
        if (strategy === 'extra-key') return { ...(example as object), ...JSON.parse(`{${json(rng.pick(['__proto__', 'constructor', 'prototype', '$where', 'unknownField', 'version']))}: ${json(hostileValue(rng))}}`) };
        return example;
      };
      body = json(isImport ? Array.from({ length: rng.int(1, 4) }, one) : one());
    }
    const url = query.length ? `${path}?${query.join('&')}` : path;
    requests.push({ strategy, operation: `${op.method} ${op.path}`, method, url, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
  }
  return requests;
}
