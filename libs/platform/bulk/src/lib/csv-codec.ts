import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * CSV for nested records, readable in a spreadsheet: nested objects become dotted columns
 * (`name.zh-Hant`, `name.en`), arrays and other structures are JSON in one cell, null is an
 * empty cell. `fromCsv` reverses it: an empty cell is null, a cell that reads as JSON (a number,
 * true/false, an array or object) is parsed, anything else is text.
 */
export function toCsv(records: object[]): string {
  const rows = records.map((r) => flatten(r as Record<string, Json>));
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return stringify(rows.map((row) => columns.map((c) => encodeCell(row[c]))), { header: true, columns, bom: false });
}

export interface CsvRow {
  /** The line of the CSV file this record started on (the header is line 1). */
  line: number;
  record: Record<string, unknown>;
}

export function fromCsv(text: string): CsvRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, bom: true, info: true, raw: true }) as Array<{
    record: Record<string, string>;
    raw: string;
    info: { lines: number };
  }>;
  // `info.lines` is where a record ends; quoted newlines inside it move its start up.
  const startLine = (raw: string, endLine: number) => endLine - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
  return records.map(({ record, raw, info }) => ({ line: startLine(raw, info.lines), record: unflatten(record) }));
}

function flatten(value: Record<string, Json>, prefix = '', out: Record<string, Json> = {}): Record<string, Json> {
  for (const [key, v] of Object.entries(value)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v, column, out);
    else out[column] = v;
  }
  return out;
}

/**
 * A text cell a spreadsheet would run as a formula (OWASP "CSV injection": it starts with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, so it is shown as text.
 */
export function neutralizeFormula(cell: string): string {
  // Text that already starts with apostrophes before such a character gets one more, so the import
  // (which takes exactly one off) gives back what was exported.
  return FORMULA_LIKE.test(cell) ? `'${cell}` : cell;
}
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

function encodeCell(value: Json | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return neutralizeFormula(value);
  return JSON.stringify(value);
}

function decodeCell(cell: string): unknown {
  if (cell === '') return null;
  if (cell.startsWith("'") && FORMULA_LIKE.test(cell)) return cell.slice(1);
  if (/^(?:-?\d+(?:\.\d+)?|true|false|\[.*\]|\{.*\})$/s.test(cell.trim())) {
    try {
      return JSON.parse(cell);
    } catch {
      return cell;
    }
  }
  return cell;
}

/** Column path segments that would write through an object's prototype: a column naming one is refused. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class CsvColumnError extends Error {
  constructor(readonly column: string) {
    super(`column ${JSON.stringify(column.slice(0, 100))} names __proto__, constructor or prototype, which no field is called`);
    this.name = 'CsvColumnError';
  }
}

function unflatten(row: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    const path = column.split('.');
    if (path.some((key) => PROTOTYPE_KEYS.has(key))) throw new CsvColumnError(column);
    let node = out;
    for (const key of path.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1]] = decodeCell(cell);
  }
  return out;
}
