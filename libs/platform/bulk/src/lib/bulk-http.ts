import { applyDecorators } from '@nestjs/common';
import { z } from 'zod';
import { apiComponent, ApiFileResponse, ApiZodResponse } from '@fhk/platform/http';
import { BulkImportReportSchema } from './bulk-import';
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

apiComponent('BulkImportReport', BulkImportReportSchema);

/** The OpenAPI answers of a bulk import route: the report, 200 when done (or a dry run), 422 when refused. */
export function ApiBulkImportResponses(): MethodDecorator {
  return applyDecorators(
    ApiZodResponse(200, BulkImportReportSchema, 'What was (or, on a dry run, would be) created, updated or left unchanged; invalid rows are listed'),
    ApiZodResponse(422, BulkImportReportSchema, 'Some rows are invalid and validOnly is not set: nothing was written; `invalid` names each row, field and reason'),
  );
}

/** The OpenAPI answer of a bulk export route: JSON (`meta` and the items, as the import accepts them) or CSV. */
export function ApiBulkExportResponse(meta: z.ZodRawShape, item: z.ZodType): MethodDecorator {
  return ApiFileResponse({ 'application/json': z.object({ ...meta, exportedAt: z.iso.datetime(), items: z.array(item) }), 'text/csv': null }, 'The items, in the shape the import accepts');
}
