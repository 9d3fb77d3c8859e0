import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { z } from 'zod';
import { Enterprise, EnterpriseInput, EnterpriseInputSchema, EnterprisePatch, EnterprisePatchSchema, EnterpriseSchema } from '@fhk/contracts';
import { ApiZodBody, ApiZodOkResponse, etagOf, parseIfMatch, ZodValidationPipe } from '@fhk/platform/http';
import { EnterpriseProfilesService } from './enterprise-profiles.service';
import { EnterpriseRepository } from './enterprise.repository';

const ListQuerySchema = z
  .object({
    city: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

@ApiTags('enterprise-profiles')
@Controller('enterprises')
export class EnterprisesController {
  constructor(
    private readonly service: EnterpriseProfilesService,
    private readonly repository: EnterpriseRepository,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create an enterprise profile (free text in zh-Hant, zh-Hans or en)' })
  @ApiZodBody(EnterpriseInputSchema)
  @ApiZodOkResponse(EnterpriseSchema)
  async create(
    @Body(new ZodValidationPipe(EnterpriseInputSchema)) input: EnterpriseInput,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Enterprise> {
    const enterprise = await this.service.create(input);
    res.status(201).setHeader('ETag', etagOf(enterprise.version)).setHeader('Location', `/api/enterprises/${enterprise.id}`);
    return enterprise;
  }

  @Get()
  @ApiOperation({ summary: 'List enterprise profiles, newest change first' })
  async list(@Query(new ZodValidationPipe(ListQuerySchema, 'query')) query: z.infer<typeof ListQuerySchema>) {
    const { items, total } = await this.repository.list(query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @ApiZodOkResponse(EnterpriseSchema)
  async get(@Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<Enterprise> {
    const enterprise = await this.service.get(id);
    res.setHeader('ETag', etagOf(enterprise.version));
    return enterprise;
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change some fields; send If-Match with the ETag you read to refuse stale updates' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'ETag (version) the change is based on' })
  @ApiZodBody(EnterprisePatchSchema)
  async update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(EnterprisePatchSchema)) patch: EnterprisePatch,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Enterprise> {
    const enterprise = await this.service.update(id, patch, parseIfMatch(ifMatch));
    res.setHeader('ETag', etagOf(enterprise.version));
    return enterprise;
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiHeader({ name: 'If-Match', required: false })
  async remove(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.service.remove(id, parseIfMatch(ifMatch));
  }
}
