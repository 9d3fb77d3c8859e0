import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { z } from 'zod';
import { Enterprise, EnterpriseInput, EnterpriseInputSchema, EnterprisePatch, EnterprisePatchSchema, EnterpriseSchema } from '@fhk/contracts';
import { CurrentPrincipal, Principal, Roles } from '@fhk/platform/auth';
import { ApiZodBody, ApiZodOkResponse, etagOf, IF_MATCH_DESCRIPTION, requireIfMatch, ZodValidationPipe, ApiZodQuery } from '@fhk/platform/http';
import { ConsentInputSchema } from './consent.schema';
import { EnterpriseProfilesService } from './enterprise-profiles.service';

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
  async create(
    @Body(new ZodValidationPipe(EnterpriseInputSchema)) input: EnterpriseInput,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Enterprise> {
    const enterprise = await this.service.create(principal, input);
    res.status(201).setHeader('ETag', etagOf(enterprise.version)).setHeader('Location', `/api/enterprises/${enterprise.id}`);
    return enterprise;
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
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<Enterprise> {
    const enterprise = await this.service.get(principal, id);
    res.setHeader('ETag', etagOf(enterprise.version));
    return enterprise;
  }

  @Patch(':id')
  @Roles('enterprise', 'profiles-admin')
  @ApiOperation({ summary: 'Change some fields; send If-Match with the ETag you read to refuse stale updates' })
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  @ApiZodBody(EnterprisePatchSchema)
  async update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(EnterprisePatchSchema)) patch: EnterprisePatch,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Enterprise> {
    const enterprise = await this.service.update(principal, id, patch, requireIfMatch(ifMatch));
    res.setHeader('ETag', etagOf(enterprise.version));
    return enterprise;
  }

  @Post(':id/consents')
  @Roles('enterprise', 'profiles-admin')
  @ApiOperation({ summary: 'Record a consent decision (granted or withdrawn) for a purpose, against the current privacy notice; withdrawal reaches outreach lists within a second' })
  @ApiZodBody(ConsentInputSchema)
  async consent(
    @Param('id') id: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { enterprise, record } = await this.service.recordConsent(principal, id, body);
    res.status(201).setHeader('ETag', etagOf(enterprise.version));
    return record;
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
