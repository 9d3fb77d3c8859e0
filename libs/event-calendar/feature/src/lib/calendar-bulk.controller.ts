import { Roles } from '@fhk/platform/auth';
import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CalendarEventInput, CalendarEventInputSchema } from '@fhk/contracts';
import { ApiBulkExportResponse, ApiBulkImportResponses, BulkExportQuerySchema, BulkImportQuery, BulkImportQuerySchema, exportBody, handleBulkImport } from '@fhk/platform/bulk';
import { ApiZodQuery, download, reply, ZodValidationPipe } from '@fhk/platform/http';
import { EventCalendarService } from './event-calendar.service';

const ExportQuerySchema = BulkExportQuerySchema.strict();

/** Admin bulk export and import of calendar events (JSON or CSV, with a dry run). */
@ApiTags('event-calendar admin')
@Controller('calendar')
export class CalendarBulkController {
  constructor(private readonly calendar: EventCalendarService) {}

  @Get('export')
  @ApiZodQuery(ExportQuerySchema)
  @Roles('calendar-admin', 'platform-admin')
  @ApiBulkExportResponse({}, CalendarEventInputSchema)
  @ApiOperation({ summary: 'Export events as JSON (same shape as the seed file) or CSV' })
  async export(@Query(new ZodValidationPipe(ExportQuerySchema, 'query')) query: z.infer<typeof ExportQuerySchema>): Promise<StreamableFile> {
    const events = (await this.calendar.query({})).map(({ version: _v, ...event }) => event);
    const { contentType, body } = exportBody(events, query.format, { exportedAt: new Date().toISOString() });
    return download(body, { type: contentType, filename: `calendar.${query.format}` });
  }

  @Post('import')
  @ApiZodQuery(BulkImportQuerySchema)
  @Roles('calendar-admin')
  @HttpCode(200)
  @ApiBulkImportResponses()
  @ApiOperation({ summary: 'Import events (JSON array or CSV) with a per-row report; dryRun=true never writes; validOnly=true imports the valid rows' })
  async import(@Query(new ZodValidationPipe(BulkImportQuerySchema, 'query')) query: BulkImportQuery, @Body() body: unknown) {
    const { status, report } = await handleBulkImport<CalendarEventInput>(body, query, CalendarEventInputSchema, {
      get: (id) => this.calendar.find(id),
      create: (event) => this.calendar.create(event),
      replace: (event, current) => this.calendar.replace(event.id, event, current.version),
    });
    return reply(report, { status });
  }
}
