import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Enterprise, EnterpriseInput, EnterpriseInputSchema, EnterprisePatch, EnterprisePatchSchema, EnterpriseSchema } from '@fhk/contracts';
import { CurrentPrincipal, Principal, Roles } from '@fhk/platform/auth';
import { ApiZodBody, ApiZodOkResponse, etagOf, HttpReply, IF_MATCH_DESCRIPTION, reply, requireIfMatch, VersionETag, ZodValidationPipe, ApiZodQuery } from '@fhk/platform/http';
import { ConsentInputSchema } from './consent.schema';
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
  @ApiZodOkResponse(EnterpriseSchema)
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
  @HttpCode(201)
  async consent(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    const { enterprise, record } = await this.service.recordConsent(principal, id, body);
    // The record is the body; the ETag is the profile's new version (what the next PATCH names).
    return reply(record, { headers: { ETag: etagOf(enterprise.version) } });
  }

  @Get(':id/export')
  @Roles('enterprise', 'profiles-admin')
  @ApiOperation({ summary: 'Everything enterprise-profiles holds about a firm, as JSON: profile (with contact), consent history, audit entries about it (the owner, or profiles-admin); the matcher exports its part at /api/match/enterprises/:id/export' })
  export(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.service.export(principal, id);
  }

  @Get(':id/consents')
  @Roles('enterprise', 'profiles-admin', 'platform-admin')
  @ApiOperation({ summary: 'The consent history of a firm (who decided what, when, against which notice version)' })
  async consents(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return { items: await this.service.consentHistory(principal, id) };
  }

  @Delete(':id')
  @Roles('enterprise', 'profiles-admin')
  @HttpCode(204)
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  async remove(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.service.remove(principal, id, requireIfMatch(ifMatch));
  }
}
