import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Enterprise, EnterpriseInput, EnterpriseInputSchema, EnterprisePatch, EnterprisePatchSchema, EnterpriseSchema } from '@fhk/contracts';
import { CurrentPrincipal, Principal, Roles } from '@fhk/platform/auth';
import { ApiEmptyResponse, ApiZodBody, ApiZodOkResponse, ApiZodQuery, ApiZodResponse, etagOf, HttpReply, IF_MATCH_DESCRIPTION, reply, requireIfMatch, VersionETag, ZodValidationPipe } from '@fhk/platform/http';
import { ConsentInputSchema, ConsentRecordSchema } from './consent.schema';
import { ConsentHistorySchema, EnterpriseExportSchema, EnterpriseImportReportSchema, EnterprisePageSchema } from './enterprise-responses.schema';
import { EnterpriseProfilesService } from './enterprise-profiles.service';
import { EnterpriseImportQuery, EnterpriseImportQuerySchema, importEnterprises } from './enterprise-import';

const ListQuerySchema = z
  .object({
    city: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** Who reads profiles: each within its scope (enterprise-scope.ts). */
const READERS = ['enterprise', 'agency-staff', 'profiles-admin', 'platform-admin'] as const;

@ApiTags('enterprise-profiles')
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly service: EnterpriseProfilesService) {}

  @Post()
  @Roles('enterprise', 'profiles-admin')
  @ApiOperation({ summary: 'Create an enterprise profile (free text in zh-Hant, zh-Hans or en)' })
  @ApiZodBody(EnterpriseInputSchema)
  @ApiZodResponse(201, EnterpriseSchema, 'The new profile; Location names it, ETag is its version')
  @HttpCode(201)
  @VersionETag()
  async create(@Body(new ZodValidationPipe(EnterpriseInputSchema)) input: EnterpriseInput, @CurrentPrincipal() principal: Principal): Promise<HttpReply<Enterprise>> {
    const enterprise = await this.service.create(principal, input);
    return reply(enterprise, { headers: { Location: `/api/enterprises/${enterprise.id}` } });
  }

  @Post('import')
  @Roles('enterprise', 'profiles-admin')
  @HttpCode(200)
  @ApiZodQuery(EnterpriseImportQuerySchema)
  @ApiConsumes('application/x-ndjson')
  @ApiZodResponse(200, EnterpriseImportReportSchema, 'What was (or, on a dry run, would be) created; lines refused are listed')
  @ApiZodResponse(422, EnterpriseImportReportSchema, 'Some lines are invalid and validOnly is not set: nothing was written; `invalid` names each line, field and reason')
  @ApiOperation({
    summary:
      'Bulk import: one profile per line (NDJSON, Content-Type: application/x-ndjson, at most 5,000 lines), each validated as POST /api/enterprises; every invalid line reported (line, field, reason); nothing written when a line is invalid unless validOnly=true; dryRun=true never writes; the rest is created in one commit',
  })
  async import(@Query(new ZodValidationPipe(EnterpriseImportQuerySchema, 'query')) query: EnterpriseImportQuery, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    const { status, report } = await importEnterprises(this.service, principal, body, query);
    return reply(report, { status });
  }

  @Get()
  @ApiZodQuery(ListQuerySchema)
  @Roles(...READERS)
  @ApiZodOkResponse(EnterprisePageSchema)
  @ApiOperation({ summary: 'List the enterprise profiles you may see (yours; consenting firms for agency staff; all for admins), newest change first' })
  async list(@Query(new ZodValidationPipe(ListQuerySchema, 'query')) query: z.infer<typeof ListQuerySchema>, @CurrentPrincipal() principal: Principal) {
    const { items, total } = await this.service.list(principal, query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiZodOkResponse(EnterpriseSchema)
  @VersionETag()
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<Enterprise> {
    return this.service.get(principal, id);
  }

  @Patch(':id')
  @Roles('enterprise', 'profiles-admin')
  @ApiOperation({ summary: 'Change some fields; send If-Match with the ETag you read to refuse stale updates' })
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  @ApiZodBody(EnterprisePatchSchema)
  @ApiZodOkResponse(EnterpriseSchema, 'The profile after the change; ETag is its new version')
  @VersionETag()
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(EnterprisePatchSchema)) patch: EnterprisePatch,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Enterprise> {
    return this.service.update(principal, id, patch, requireIfMatch(ifMatch));
  }

  @Post(':id/consents')
  @Roles('enterprise', 'profiles-admin')
  @ApiOperation({ summary: 'Record a consent decision (granted or withdrawn) for a purpose, against the current privacy notice; withdrawal reaches outreach lists within a second' })
  @ApiZodBody(ConsentInputSchema)
  @ApiZodResponse(201, ConsentRecordSchema, 'The decision as recorded; ETag is the profile\'s new version')
  @HttpCode(201)
  async consent(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    const { enterprise, record } = await this.service.recordConsent(principal, id, body);
    // The record is the body; the ETag is the profile's new version (what the next PATCH names).
    return reply(record, { headers: { ETag: etagOf(enterprise.version) } });
  }

  @Get(':id/export')
  @Roles('enterprise', 'profiles-admin')
  @ApiZodOkResponse(EnterpriseExportSchema)
  @ApiOperation({ summary: 'Everything enterprise-profiles holds about a firm, as JSON: profile (with contact), consent history, audit entries about it (the owner, or profiles-admin); the matcher exports its part at /api/match/enterprises/:id/export' })
  export(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.service.export(principal, id);
  }

  @Get(':id/consents')
  @Roles('enterprise', 'profiles-admin', 'platform-admin')
  @ApiZodOkResponse(ConsentHistorySchema)
  @ApiOperation({ summary: 'The consent history of a firm (who decided what, when, against which notice version)' })
  async consents(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return { items: await this.service.consentHistory(principal, id) };
  }

  @Delete(':id')
  @Roles('enterprise', 'profiles-admin')
  @HttpCode(204)
  @ApiEmptyResponse('Deleted, with its consent history (the audit log keeps the fact)')
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  async remove(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.service.remove(principal, id, requireIfMatch(ifMatch));
  }
}
