import { BadRequestException, Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { isEntityId } from '@fhk/contracts';
import { neutralizeFormula } from '@fhk/platform/bulk';
import { OPPORTUNITY_MATCH_TYPES, OpportunityType } from '@fhk/matcher/core';
import { ApiZodBody, ApiZodOkResponse, ApiZodQuery, ZodValidationPipe } from '@fhk/platform/http';
import { EventsAheadResponseSchema, JourneyResponseSchema, MatchResponseSchema } from './match-response.schema';
import {
  AdHocJourney,
  AdHocJourneySchema,
  AdHocMatch,
  AdHocMatchSchema,
  JourneyQuery,
  JourneyQuerySchema,
  OutreachQuery,
  OutreachQuerySchema,
  StoredMatchQuery,
  StoredMatchQuerySchema,
} from './match-request.schema';
import { MatchingService } from './matching.service';

@ApiTags('matcher')
@Controller('match')
export class MatchController {
  constructor(private readonly matching: MatchingService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Match an ad-hoc profile (free text in any of the three languages) with opportunities; every result has its reasons' })
  @ApiZodBody(AdHocMatchSchema)
  @ApiZodOkResponse(MatchResponseSchema)
  match(@Body(new ZodValidationPipe(AdHocMatchSchema)) request: AdHocMatch) {
    return this.matching.matchAdHoc(request);
  }

  @Post('journey')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Plan the journey of an ad-hoc profile: ordered steps (company → bank account and treasury → tax → trademarks → legal → the right fair → going global → listing or bonds), each with providers, programmes, events and measures, why it comes there, and the steps left out',
  })
  @ApiZodBody(AdHocJourneySchema)
  @ApiZodOkResponse(JourneyResponseSchema)
  journey(@Body(new ZodValidationPipe(AdHocJourneySchema)) request: AdHocJourney) {
    return this.matching.journeyAdHoc(request);
  }

  @Post('events')
  @HttpCode(200)
  @ApiOperation({ summary: 'Which events to attend: the events of the next twelve months that fit an ad-hoc profile, best first, with dates, application deadlines and how certain the dates are' })
  @ApiZodBody(AdHocJourneySchema)
  @ApiZodOkResponse(EventsAheadResponseSchema)
  eventsAhead(@Body(new ZodValidationPipe(AdHocJourneySchema)) request: AdHocJourney) {
    return this.matching.eventsAheadAdHoc(request);
  }

  @Get('enterprises/:id/events')
  @ApiOperation({ summary: 'Which events to attend, for a stored enterprise profile (see POST /api/match/events)' })
  @ApiZodOkResponse(EventsAheadResponseSchema)
  eventsAheadStored(@Param('id') id: string, @Query(new ZodValidationPipe(JourneyQuerySchema, 'query')) query: JourneyQuery) {
    return this.matching.eventsAheadStored(id, query.lang);
  }

  @Get('enterprises/:id/journey')
  @ApiOperation({ summary: 'Plan the journey of a stored enterprise profile (see POST /api/match/journey)' })
  @ApiZodOkResponse(JourneyResponseSchema)
  journeyStored(@Param('id') id: string, @Query(new ZodValidationPipe(JourneyQuerySchema, 'query')) query: JourneyQuery) {
    return this.matching.journeyStored(id, query.lang);
  }

  @Get('enterprises/:id')
  @ApiZodQuery(StoredMatchQuerySchema)
  @ApiOperation({
    summary:
      'Match a stored enterprise profile with opportunities; its feedback (and that of firms in its industry) applies, and results say so',
  })
  @ApiZodOkResponse(MatchResponseSchema)
  matchStored(@Param('id') id: string, @Query(new ZodValidationPipe(StoredMatchQuerySchema, 'query')) query: StoredMatchQuery) {
    return this.matching.matchStored(id, { types: query.types as OpportunityType[] | undefined, limit: query.limit, language: query.lang });
  }

  @Get('opportunities/:type/:id/enterprises')
  @ApiOperation({
    summary: 'Outreach: firms ranked for one expo, programme, provider or measure, with reasons; filters, paging, format=csv (consenting firms only by default)',
  })
  async outreach(
    @Param('type') type: string,
    @Param('id') id: string,
    @Query(new ZodValidationPipe(OutreachQuerySchema, 'query')) query: OutreachQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!(OPPORTUNITY_MATCH_TYPES as readonly string[]).includes(type)) {
      throw new BadRequestException({ message: `Unknown opportunity type ${type}`, issues: [{ field: 'type', reason: `must be one of ${OPPORTUNITY_MATCH_TYPES.join(', ')}` }] });
    }
    if (!isEntityId(id)) throw new NotFoundException({ message: `No ${type} with that id`, issues: [{ field: 'id', reason: 'not found' }] });
    const { total, items } = await this.matching.outreach(type as OpportunityType, id, query);
    const rows = items.map((m, i) => ({
      rank: query.offset + i + 1,
      id: m.id,
      name: m.enterprise.profile.name,
      city: m.enterprise.profile.city,
      industry: m.enterprise.classification.primaryIndustry,
      employees: m.enterprise.profile.employees ?? null,
      outreachConsent: m.enterprise.outreachConsent,
      score: m.score,
      reasons: m.reasons,
    }));
    if (query.format === 'csv') {
      res.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="invite-${type}-${id}.csv"`);
      return stringify(
        rows.map((r) => ({ ...r, employees: r.employees ?? '', outreachConsent: r.outreachConsent ? 'yes' : 'no', reasons: r.reasons.map((x) => x.text).join('; ') })),
        // Firms write their own names: a cell a spreadsheet would run as a formula is neutralised.
        { header: true, bom: true, cast: { string: neutralizeFormula } },
      );
    }
    return { opportunity: { type, id }, total, limit: query.limit, offset: query.offset, items: rows };
  }
}
