import { z } from 'zod';
import { setImmediate } from 'node:timers/promises';
import { assertJsonDepth, JsonTooDeepError } from '@fhk/platform/http';
import { CsvColumnError, fromCsv } from './csv-codec';

const YIELD_EVERY_ROWS = 200;

/** Rows one import request may carry (larger imports: split them); beyond it the answer is 413. */
export const MAX_IMPORT_ROWS = 5000;
/** Invalid-row problems a report lists; `invalidCount` always says how many there were. */
export const MAX_REPORTED_PROBLEMS = 100;

export const RowProblemSchema = z.object({
  /** 1-based: the CSV line, or the item's position in a JSON array. */
  row: z.number().int().min(1),
  id: z.string().nullable(),
  field: z.string(),
  reason: z.string(),
});
export type RowProblem = z.infer<typeof RowProblemSchema>;

/** What a bulk import did or would do (its answer, 200 or 422). */
export const BulkImportReportSchema = z.object({
  dryRun: z.boolean(),
  /** Whether anything was written. */
  applied: z.boolean(),
  rows: z.number().int().min(0),
  /** The first MAX_REPORTED_PROBLEMS problems (a long field or id is cut short). */
  invalid: z.array(RowProblemSchema).max(MAX_REPORTED_PROBLEMS),
  /** How many problems there were in all. */
  invalidCount: z.number().int().min(0),
  created: z.array(z.string()),
  updated: z.array(z.string()),
  unchanged: z.array(z.string()),
});
export type BulkImportReport = z.infer<typeof BulkImportReportSchema>;

export interface BulkImportTarget<T extends { id: string }> {
  get(id: string): Promise<(T & { version: number }) | null>;
  create(item: T): Promise<unknown>;
  replace(item: T, current: T & { version: number }): Promise<unknown>;
}

export class BulkParseError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'BulkParseError';
  }
}

/** More rows than MAX_IMPORT_ROWS (HTTP 413). */
export class BulkTooLargeError extends Error {
  constructor(rows: string) {
    super(`an import may carry at most ${MAX_IMPORT_ROWS} rows, this one has ${rows}; split it`);
    this.name = 'BulkTooLargeError';
  }
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Parses a JSON body (`[...]` or `{ items: [...] }`) or CSV text into numbered rows. */
export function parseBulkBody(body: unknown, format: 'json' | 'csv'): Array<{ row: number; record: unknown }> {
  if (format === 'csv') {
    if (typeof body !== 'string') throw new BulkParseError('send the CSV as text with Content-Type: text/csv');
    // Counted before parsing (a quoted newline counts too): the parser never sees a huge file.
    if (countLines(body.trimEnd()) > MAX_IMPORT_ROWS) throw new BulkTooLargeError(`more than ${MAX_IMPORT_ROWS} lines`);
    try {
      return fromCsv(body).map(({ line, record }) => ({ row: line, record }));
    } catch (error) {
      if (error instanceof CsvColumnError) throw new BulkParseError(error.message);
      throw new BulkParseError(`not valid CSV: ${(error as Error).message.slice(0, 300)}`);
    }
  }
  const items = Array.isArray(body) ? body : (body as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new BulkParseError('send a JSON array of items, or an object with an "items" array');
  if (items.length > MAX_IMPORT_ROWS) throw new BulkTooLargeError(String(items.length));
  return items.map((record, index) => ({ row: index + 1, record }));
}

/**
 * NDJSON (one JSON object per line, `application/x-ndjson`) into numbered rows; blank lines are
 * skipped. A line that is not JSON (or nests deeper than 32 levels) is a problem of its row, not
 * of the whole body. More than MAX_IMPORT_ROWS lines: BulkTooLargeError (413).
 */
export function parseNdjsonRows(body: unknown): { rows: Array<{ row: number; record: unknown }>; unreadable: RowValidation<never> } {
  if (typeof body !== 'string') throw new BulkParseError('send one JSON object per line with Content-Type: application/x-ndjson');
  if (countLines(body.trimEnd()) >= MAX_IMPORT_ROWS) {
    const lines = body.trimEnd().split('\n').filter((l) => l.trim() !== '').length;
    if (lines > MAX_IMPORT_ROWS) throw new BulkTooLargeError(String(lines));
  }
  const rows: Array<{ row: number; record: unknown }> = [];
  const unreadable: RowValidation<never> = { valid: [], invalid: [], invalidCount: 0 };
  body.split('\n').forEach((text, index) => {
    const line = text.trim();
    if (line === '') return;
    try {
      assertJsonDepth(Buffer.from(line, 'utf8'));
      rows.push({ row: index + 1, record: JSON.parse(line) });
    } catch (error) {
      const reason = error instanceof JsonTooDeepError ? error.message : `not valid JSON: ${(error as Error).message.slice(0, 200)}`;
      addProblem(unreadable, index + 1, null, '(row)', reason);
    }
  });
  return { rows, unreadable };
}

const clip = (text: string | null): string | null => (text !== null && text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** Deep equality of JSON data, whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

export interface RowValidation<T> {
  valid: Array<{ row: number; value: T }>;
  /** The first MAX_REPORTED_PROBLEMS problems. */
  invalid: RowProblem[];
  invalidCount: number;
}

/** Adds a problem to a validation (counted always, listed up to MAX_REPORTED_PROBLEMS, long texts cut). */
export function addProblem(into: Pick<RowValidation<unknown>, 'invalid' | 'invalidCount'>, row: number, id: string | null, field: string, reason: string): void {
  if (into.invalidCount++ < MAX_REPORTED_PROBLEMS) into.invalid.push({ row, id: clip(id), field: clip(field)!, reason: clip(reason)! });
}

/**
 * Every row against the schema: the valid values, and each problem (row, id, field, reason).
 * With `keyOf`, a key seen twice is a problem of the later row. Yields to other requests every
 * few hundred rows (validation is synchronous).
 */
export async function validateRows<T>(rows: Array<{ row: number; record: unknown }>, schema: z.ZodType<T>, keyOf?: (value: T) => string): Promise<RowValidation<T>> {
  const result: RowValidation<T> = { valid: [], invalid: [], invalidCount: 0 };
  const seen = new Set<string>();
  for (const [index, { row, record }] of rows.entries()) {
    if (index > 0 && index % YIELD_EVERY_ROWS === 0) await setImmediate();
    const id = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : null;
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || '(row)';
        addProblem(result, row, id, field, issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message);
      }
      continue;
    }
    const key = keyOf?.(parsed.data);
    if (key !== undefined && seen.has(key)) {
      addProblem(result, row, id, 'id', 'appears more than once in this import');
      continue;
    }
    if (key !== undefined) seen.add(key);
    result.valid.push({ row, value: parsed.data });
  }
  return result;
}

/**
 * Validates every row first and reports each invalid one (row, field, reason). Writes happen
 * only when it is not a dry run and either no row is invalid or `validOnly` was asked for; each
 * valid row is created, or replaced when it differs from what is stored.
 */
export async function bulkImport<T extends { id: string }>(
  rows: Array<{ row: number; record: unknown }>,
  schema: z.ZodType<T>,
  target: BulkImportTarget<T>,
  options: { dryRun: boolean; validOnly: boolean },
): Promise<BulkImportReport> {
  const checked = await validateRows(rows, schema, (item) => item.id);
  const report: BulkImportReport = { dryRun: options.dryRun, applied: false, rows: rows.length, invalid: checked.invalid, invalidCount: checked.invalidCount, created: [], updated: [], unchanged: [] };
  const write = !options.dryRun && (report.invalidCount === 0 || options.validOnly);
  for (const { value: item } of checked.valid) {
    const current = await target.get(item.id);
    if (!current) {
      if (write) await target.create(item);
      report.created.push(item.id);
    } else {
      const { version: _v, ...stored } = current;
      if (same(stored, item)) {
        report.unchanged.push(item.id);
      } else {
        if (write) await target.replace(item, current);
        report.updated.push(item.id);
      }
    }
  }
  report.applied = write && report.created.length + report.updated.length > 0;
  return report;
}

/**
 * An import endpoint's whole job: parse the body (BulkParseError → 400), validate and import,
 * and the status to answer with: 422 when invalid rows stopped a real import, else 200.
 */
export async function handleBulkImport<T extends { id: string }>(
  body: unknown,
  query: { format: 'json' | 'csv'; dryRun: boolean; validOnly: boolean },
  schema: z.ZodType<T>,
  target: BulkImportTarget<T>,
): Promise<{ status: 200 | 422; report: BulkImportReport }> {
  const report = await bulkImport(parseBulkBody(body, query.format), schema, target, query);
  return { status: report.invalidCount > 0 && !query.dryRun && !query.validOnly ? 422 : 200, report };
}
