import { BadRequestException, Body, Controller, ForbiddenException, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import { isEntityId } from '@fhk/contracts';
import { neutralizeFormula } from '@fhk/platform/bulk';
import { OPPORTUNITY_MATCH_TYPES, OpportunityType } from '@fhk/matcher/core';
import { AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { CurrentPrincipal, hasRole, Principal, Public, Roles } from '@fhk/platform/auth';
import { ApiFileResponse, ApiZodBody, ApiZodOkResponse, ApiZodQuery, download, ZodValidationPipe } from '@fhk/platform/http';
import { MatcherExportSchema, OutreachPageSchema } from './matcher-route-responses.schema';
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
  constructor(
    private readonly matching: MatchingService,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Match an ad-hoc profile (free text in any of the three languages) with opportunities; every result has its reasons' })
  @ApiZodBody(AdHocMatchSchema)
  @ApiZodOkResponse(MatchResponseSchema)
  match(@Body(new ZodValidationPipe(AdHocMatchSchema)) request: AdHocMatch) {
    return this.matching.matchAdHoc(request);
  }

  @Post('journey')
  @Public()
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
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Which events to attend: the events of the next twelve months that fit an ad-hoc profile, best first, with dates, application deadlines and how certain the dates are' })
  @ApiZodBody(AdHocJourneySchema)
  @ApiZodOkResponse(EventsAheadResponseSchema)
  eventsAhead(@Body(new ZodValidationPipe(AdHocJourneySchema)) request: AdHocJourney) {
    return this.matching.eventsAheadAdHoc(request);
  }

  @Get('enterprises/:id/events')
  @Roles('enterprise', 'profiles-admin')
  @ApiZodQuery(JourneyQuerySchema)
  @ApiOperation({ summary: 'Which events to attend, for a stored enterprise profile (the owner, or profiles-admin; see POST /api/match/events)' })
  @ApiZodOkResponse(EventsAheadResponseSchema)
  eventsAheadStored(@Param('id') id: string, @Query(new ZodValidationPipe(JourneyQuerySchema, 'query')) query: JourneyQuery, @CurrentPrincipal() principal: Principal) {
    return this.matching.eventsAheadStored(principal, id, query.lang);
  }

  @Get('enterprises/:id/journey')
  @Roles('enterprise', 'profiles-admin')
  @ApiZodQuery(JourneyQuerySchema)
  @ApiOperation({ summary: 'Plan the journey of a stored enterprise profile (the owner, or profiles-admin; see POST /api/match/journey)' })
  @ApiZodOkResponse(JourneyResponseSchema)
  journeyStored(@Param('id') id: string, @Query(new ZodValidationPipe(JourneyQuerySchema, 'query')) query: JourneyQuery, @CurrentPrincipal() principal: Principal) {
    return this.matching.journeyStored(principal, id, query.lang);
  }

  @Get('enterprises/:id/export')
  @Roles('enterprise', 'profiles-admin')
  @ApiZodOkResponse(MatcherExportSchema)
  @ApiOperation({ summary: "Everything the matcher holds about a firm, as JSON: its current matches, journey, the feedback it gave, audit entries about it (the owner, or profiles-admin); its profile and consents are at /api/enterprises/:id/export" })
  exportStored(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.matching.exportOf(principal, id);
  }

  @Get('enterprises/:id')
  @Roles('enterprise', 'profiles-admin')
  @ApiZodQuery(StoredMatchQuerySchema)
  @ApiOperation({
    summary:
      'Match a stored enterprise profile with opportunities (the owner, or profiles-admin); its feedback (and that of firms in its industry) applies, and results say so',
  })
  @ApiZodOkResponse(MatchResponseSchema)
  matchStored(@Param('id') id: string, @Query(new ZodValidationPipe(StoredMatchQuerySchema, 'query')) query: StoredMatchQuery, @CurrentPrincipal() principal: Principal) {
    return this.matching.matchStored(principal, id, { types: query.types as OpportunityType[] | undefined, limit: query.limit, language: query.lang });
  }

  @Get('opportunities/:type/:id/enterprises')
  @ApiZodQuery(OutreachQuerySchema)
  @Roles('agency-staff', 'profiles-admin', 'platform-admin')
  @ApiFileResponse({ 'application/json': OutreachPageSchema, 'text/csv': null }, 'One page of firms, best first, with reasons (JSON), or the same page as a spreadsheet (format=csv)')
  @ApiOperation({
    summary: 'Outreach: firms ranked for one expo, programme, provider or measure, with reasons; filters, paging, format=csv (consenting firms only by default)',
  })
  async outreach(
    @Param('type') type: string,
    @Param('id') id: string,
    @Query(new ZodValidationPipe(OutreachQuerySchema, 'query')) query: OutreachQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    // Agency staff only ever see firms that currently consent to outreach (PIPL, PDPO).
    if (!query.consent && !hasRole(principal, 'profiles-admin', 'platform-admin')) {
      throw new ForbiddenException({ message: 'Agency staff see consenting firms only', issues: [{ field: 'consent', reason: 'consent=false needs profiles-admin or platform-admin' }] });
    }
    if (!(OPPORTUNITY_MATCH_TYPES as readonly string[]).includes(type)) {
      throw new BadRequestException({ message: `Unknown opportunity type ${type}`, issues: [{ field: 'type', reason: `must be one of ${OPPORTUNITY_MATCH_TYPES.join(', ')}` }] });
    }
    if (!isEntityId(id)) throw new NotFoundException({ message: `No ${type} with that id`, issues: [{ field: 'id', reason: 'not found' }] });
    const { total, items } = await this.matching.outreach(principal, type as OpportunityType, id, query);
    // Staff reading firms for outreach is recorded, one entry per firm listed (docs/adr/0010).
    await this.audit.record('read', items.map((m) => ({ type: 'enterprise', id: m.id, enterpriseId: m.id })));
    const rows = items.map((m, i) => ({
      rank: query.offset + i + 1,
      id: m.id,
      name: m.enterprise.profile.name,
      city: m.enterprise.profile.city,
      industry: m.enterprise.classification.primaryIndustry,
      employees: m.enterprise.profile.employees ?? null,
      outreachConsent: m.enterprise.outreachConsent,
      contact: m.contact,
      score: m.score,
      reasons: m.reasons,
    }));
    if (query.format === 'csv') {
      const csv = stringify(
        rows.map((r) => ({ ...r, employees: r.employees ?? '', outreachConsent: r.outreachConsent ? 'yes' : 'no', contact: r.contact ? [r.contact.person, r.contact.role, r.contact.email, r.contact.phone, r.contact.wechat ? `WeChat ${r.contact.wechat}` : ''].filter(Boolean).join(' · ') : '', reasons: r.reasons.map((x) => x.text).join('; ') })),
        // Firms write their own names: a cell a spreadsheet would run as a formula is neutralised.
        { header: true, bom: true, cast: { string: neutralizeFormula } },
      );
      return download(csv, { type: 'text/csv; charset=utf-8', filename: `invite-${type}-${id}.csv` });
    }
    return { opportunity: { type, id }, total, limit: query.limit, offset: query.offset, items: rows };
  }
}
