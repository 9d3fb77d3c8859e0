import { Public, Roles } from '@fhk/platform/auth';
import { BadRequestException, Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CalendarEvent, CalendarEventInput, CalendarEventInputSchema, CalendarEventSchema } from '@fhk/contracts';
import { apiComponent, ApiEmptyResponse, ApiFileResponse, ApiZodBody, ApiZodOkResponse, ApiZodQuery, ApiZodResponse, download, IF_MATCH_DESCRIPTION, MergePatchBodySchema, requireIfMatch, VersionETag, ZodValidationPipe } from '@fhk/platform/http';
import { CalendarIcsQuery, CalendarIcsQuerySchema, CalendarQuery, CalendarQuerySchema } from './calendar-query';
import { calendarToIcs } from './calendar-ics';
import { calendarToSvg } from './calendar-svg';
import { EventCalendarService } from './event-calendar.service';

apiComponent('CalendarEvent', CalendarEventSchema);

/** A list of events: all that match (the calendar is small), no paging. */
const CalendarEventListSchema = z.object({ items: z.array(CalendarEventSchema), total: z.number().int().min(0) });

@ApiTags('event-calendar')
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: EventCalendarService) {}

  @Get('events')
  @ApiZodQuery(CalendarQuerySchema)
  @ApiZodOkResponse(CalendarEventListSchema)
  @ApiOperation({ summary: 'Expos, fairs, summits and festivals; by date range, industry, audience, city, measure' })
  async list(@Query(new ZodValidationPipe(CalendarQuerySchema, 'query')) query: CalendarQuery) {
    const items = await this.calendar.query(query);
    return { items, total: items.length };
  }

  @Get('events.ics')
  @ApiZodQuery(CalendarIcsQuerySchema)
  @ApiFileResponse({ 'text/calendar': null }, 'An iCalendar file (RFC 5545) to add to a calendar app')
  @ApiOperation({ summary: 'The same query as an iCalendar file (lang=zh-Hant|zh-Hans|en); unannounced dates are tentative month entries' })
  async ics(@Query(new ZodValidationPipe(CalendarIcsQuerySchema, 'query')) query: CalendarIcsQuery): Promise<StreamableFile> {
    const { lang, ...filters } = query;
    const events = await this.calendar.query(filters);
    return download(calendarToIcs(events, lang, new Date().toISOString().slice(0, 10)), { type: 'text/calendar; charset=utf-8', filename: 'fujian-hong-kong-events.ics' });
  }

  @Get('year.svg')
  @ApiZodQuery(CalendarIcsQuerySchema)
  @ApiFileResponse({ 'image/svg+xml': null }, 'The picture, with a title and a text alternative in the chosen language')
  @ApiOperation({ summary: 'A picture of the next twelve months (SVG): announced dates, usual months, deadlines; same filters as events, plus lang' })
  async picture(@Query(new ZodValidationPipe(CalendarIcsQuerySchema, 'query')) query: CalendarIcsQuery): Promise<StreamableFile> {
    const { lang, ...filters } = query;
    const svg = calendarToSvg(await this.calendar.query(filters), lang, new Date().toISOString().slice(0, 10));
    return download(svg, { type: 'image/svg+xml; charset=utf-8' });
  }

  @Get('deadlines')
  @ApiZodOkResponse(CalendarEventListSchema)
  @ApiOperation({ summary: 'Events whose application deadline has not passed, soonest first' })
  async deadlines() {
    const items = await this.calendar.deadlines();
    return { items, total: items.length };
  }

  @Get('events/:id')
  @ApiZodOkResponse(CalendarEventSchema, 'The event; ETag is its version')
  @VersionETag()
  get(@Param('id') id: string): Promise<CalendarEvent> {
    return this.calendar.get(id);
  }

  @Post('events')
  @Roles('calendar-admin')
  @ApiOperation({ summary: 'Admin: add an event (publishes calendar-event.changed.v1)' })
  @ApiZodBody(CalendarEventInputSchema)
  @ApiZodResponse(201, CalendarEventSchema, 'The new event; ETag is its version')
  @HttpCode(201)
  @VersionETag()
  create(@Body(new ZodValidationPipe(CalendarEventInputSchema)) input: CalendarEventInput): Promise<CalendarEvent> {
    return this.calendar.create(input);
  }

  @Put('events/:id')
  @Roles('calendar-admin')
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  @ApiZodBody(CalendarEventInputSchema)
  @ApiZodOkResponse(CalendarEventSchema, 'The event after the change; ETag is its new version')
  @VersionETag()
  async replace(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(CalendarEventInputSchema)) input: CalendarEventInput,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<CalendarEvent> {
    if (input.id !== id) {
      throw new BadRequestException({ message: 'The id in the body must match the URL', issues: [{ field: 'id', reason: `expected ${id}` }] });
    }
    return this.calendar.replace(id, input, requireIfMatch(ifMatch));
  }

  @Patch('events/:id')
  @Roles('calendar-admin')
  @ApiOperation({ summary: 'Admin: change the fields the body names (JSON Merge Patch, RFC 7396; null removes); the result is validated as a whole' })
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  @ApiZodBody(MergePatchBodySchema)
  @ApiZodOkResponse(CalendarEventSchema, 'The event after the change; ETag is its new version')
  @VersionETag()
  patch(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(MergePatchBodySchema)) patch: Record<string, unknown>,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<CalendarEvent> {
    return this.calendar.patch(id, patch, requireIfMatch(ifMatch));
  }

  @Delete('events/:id')
  @Roles('calendar-admin')
  @HttpCode(204)
  @ApiEmptyResponse('Deleted (the audit log keeps the fact)')
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  async remove(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.calendar.remove(id, requireIfMatch(ifMatch));
  }
}
