import { Roles } from '@fhk/platform/auth';
import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CATALOGUE_ITEM_KINDS, CatalogueItemInput, CatalogueItemInputSchema } from '@fhk/contracts';
import { ApiBulkExportResponse, ApiBulkImportResponses, BulkExportQuerySchema, BulkImportQuery, BulkImportQuerySchema, exportBody, handleBulkImport } from '@fhk/platform/bulk';
import { ApiZodQuery, download, reply, ZodValidationPipe } from '@fhk/platform/http';
import { MeasureCatalogueService } from './measure-catalogue.service';

const ExportQuerySchema = BulkExportQuerySchema.extend({ kind: z.enum(CATALOGUE_ITEM_KINDS as [string, ...string[]]).optional() }).strict();

/** Admin bulk export and import of catalogue items (JSON or CSV, with a dry run). */
@ApiTags('measure-catalogue admin')
@Controller('catalogue')
export class CatalogueBulkController {
  constructor(private readonly catalogue: MeasureCatalogueService) {}

  @Get('export')
  @ApiZodQuery(ExportQuerySchema)
  @Roles('catalogue-admin', 'platform-admin')
  @ApiBulkExportResponse({ kind: z.string() }, CatalogueItemInputSchema)
  @ApiOperation({ summary: 'Export items as JSON (same shape as the seed files) or CSV (dotted columns, JSON cells)' })
  async export(@Query(new ZodValidationPipe(ExportQuerySchema, 'query')) query: z.infer<typeof ExportQuerySchema>): Promise<StreamableFile> {
    const { items } = await this.catalogue.list({ kind: query.kind, includeSample: true, limit: 100_000, offset: 0 });
    const inputs = items.map(({ version: _v, ...item }) => item);
    const { contentType, body } = exportBody(inputs, query.format, { kind: query.kind ?? 'all', exportedAt: new Date().toISOString() });
    return download(body, { type: contentType, filename: `catalogue.${query.format}` });
  }

  @Post('import')
  @ApiZodQuery(BulkImportQuerySchema)
  @Roles('catalogue-admin')
  @HttpCode(200)
  @ApiBulkImportResponses()
  @ApiOperation({
    summary:
      'Import items (JSON array or CSV). Every invalid row is reported (row, field, reason). Nothing is written when a row is invalid unless validOnly=true; dryRun=true never writes.',
  })
  async import(@Query(new ZodValidationPipe(BulkImportQuerySchema, 'query')) query: BulkImportQuery, @Body() body: unknown) {
    const { status, report } = await handleBulkImport<CatalogueItemInput>(body, query, CatalogueItemInputSchema, {
      get: (id) => this.catalogue.find(id),
      create: (item) => this.catalogue.create(item),
      replace: (item, current) => this.catalogue.replace(item.id, item, current.version),
    });
    return reply(report, { status });
  }
}
