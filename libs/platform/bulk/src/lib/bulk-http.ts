import { z } from 'zod';
import { toCsv } from './csv-codec';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const BulkExportQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') });
export const BulkImportQuerySchema = z
  .object({
    format: z.enum(['json', 'csv']).default('json'),
    /** Report what would happen; write nothing. */
    dryRun: flag.default(false),
    /** Import the valid rows even when some are invalid (they are still reported). */
    validOnly: flag.default(false),
  })
  .strict();
export type BulkImportQuery = z.infer<typeof BulkImportQuerySchema>;

/** Body and content type of an export, in the same shape the import accepts. */
export function exportBody(items: object[], format: 'json' | 'csv', meta: Record<string, unknown>): { contentType: string; body: string } {
  return format === 'csv'
    ? { contentType: 'text/csv; charset=utf-8', body: toCsv(items) }
    : { contentType: 'application/json; charset=utf-8', body: JSON.stringify({ ...meta, items }, null, 2) };
}
