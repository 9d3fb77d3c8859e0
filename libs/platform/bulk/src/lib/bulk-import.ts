import { z } from 'zod';
import { fromCsv } from './csv-codec';

export interface RowProblem {
  /** 1-based: the CSV line, or the item's position in a JSON array. */
  row: number;
  id: string | null;
  field: string;
  reason: string;
}

export interface BulkImportReport {
  dryRun: boolean;
  /** Whether anything was written. */
  applied: boolean;
  rows: number;
  invalid: RowProblem[];
  created: string[];
  updated: string[];
  unchanged: string[];
}

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

/** Parses a JSON body (`[...]` or `{ items: [...] }`) or CSV text into numbered rows. */
export function parseBulkBody(body: unknown, format: 'json' | 'csv'): Array<{ row: number; record: unknown }> {
  if (format === 'csv') {
    if (typeof body !== 'string') throw new BulkParseError('send the CSV as text with Content-Type: text/csv');
    try {
      return fromCsv(body).map(({ line, record }) => ({ row: line, record }));
    } catch (error) {
      throw new BulkParseError(`not valid CSV: ${(error as Error).message}`);
    }
  }
  const items = Array.isArray(body) ? body : (body as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new BulkParseError('send a JSON array of items, or an object with an "items" array');
  return items.map((record, index) => ({ row: index + 1, record }));
}

/** Deep equality of JSON data, whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

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
  const report: BulkImportReport = { dryRun: options.dryRun, applied: false, rows: rows.length, invalid: [], created: [], updated: [], unchanged: [] };
  const valid: T[] = [];
  const seen = new Set<string>();
  for (const { row, record } of rows) {
    const id = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : null;
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || '(row)';
        report.invalid.push({ row, id, field, reason: issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message });
      }
    } else if (seen.has(parsed.data.id)) {
      report.invalid.push({ row, id, field: 'id', reason: 'appears more than once in this import' });
    } else {
      seen.add(parsed.data.id);
      valid.push(parsed.data);
    }
  }
  const write = !options.dryRun && (report.invalid.length === 0 || options.validOnly);
  for (const item of valid) {
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
  return { status: report.invalid.length > 0 && !query.dryRun && !query.validOnly ? 422 : 200, report };
}
