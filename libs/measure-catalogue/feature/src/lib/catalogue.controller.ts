import { Public, Roles } from '@fhk/platform/auth';
import { BadRequestException, Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, ParseIntPipe, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AreaSchema, CatalogueItem, CatalogueItemInput, CatalogueItemInputSchema, CatalogueItemSchema, MeasureSchema, ProgrammeSchema, ServiceCategorySchema, ServiceProviderSchema } from '@fhk/contracts';
import { apiComponent, ApiEmptyResponse, ApiFileResponse, ApiZodBody, ApiZodOkResponse, ApiZodQuery, ApiZodResponse, download, pageSchemaOf, IF_MATCH_DESCRIPTION, MergePatchBodySchema, requireIfMatch, VersionETag, ZodValidationPipe } from '@fhk/platform/http';
import { CatalogueListQuery, CatalogueListQuerySchema } from './catalogue-query.schema';
import { MeasureCatalogueService } from './measure-catalogue.service';
import { catalogueCoverageSvg } from './catalogue-coverage-svg';
import { z } from 'zod';
import { LocaleSchema } from '@fhk/contracts';

for (const [name, schema] of [['Area', AreaSchema], ['Measure', MeasureSchema], ['Programme', ProgrammeSchema], ['ServiceCategory', ServiceCategorySchema], ['ServiceProvider', ServiceProviderSchema]] as const) apiComponent(name, schema);
apiComponent('CatalogueItem', CatalogueItemSchema);

/** A list of items without paging (the areas, the measures). */
const CatalogueItemListSchema = z.object({ items: z.array(CatalogueItemSchema), total: z.number().int().min(0) });

const PictureQuerySchema = z.object({ lang: LocaleSchema.default('en') }).strict();

@ApiTags('measure-catalogue')
@Public()
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: MeasureCatalogueService) {}

  @Get('items')
  @ApiZodQuery(CatalogueListQuerySchema)
  @ApiZodOkResponse(pageSchemaOf(CatalogueItemSchema))
  @ApiOperation({ summary: 'Areas, measures, programmes, service categories and providers; filter by kind, measure, industry, need' })
  async list(@Query(new ZodValidationPipe(CatalogueListQuerySchema, 'query')) query: CatalogueListQuery) {
    return { ...(await this.catalogue.list(query)), limit: query.limit, offset: query.offset };
  }

  @Get('items/:id')
  @ApiZodOkResponse(CatalogueItemSchema, 'The item; ETag is its version')
  @VersionETag()
  get(@Param('id') id: string): Promise<CatalogueItem> {
    return this.catalogue.get(id);
  }

  @Get('areas')
  @ApiOperation({ summary: 'The 11 areas of the memorandum' })
  @ApiZodOkResponse(CatalogueItemListSchema)
  async areas() {
    return this.catalogue.list({ kind: 'area', includeSample: true, limit: 500, offset: 0 });
  }

  @Get('measures')
  @ApiOperation({ summary: 'The 28 measures, with their original text and translations' })
  @ApiZodOkResponse(CatalogueItemListSchema)
  async measures() {
    return this.catalogue.list({ kind: 'measure', includeSample: true, limit: 500, offset: 0 });
  }

  @Get('coverage.svg')
  @ApiZodQuery(PictureQuerySchema)
  @ApiFileResponse({ 'image/svg+xml': null }, 'The picture, with a title and a text alternative in the chosen language')
  @ApiOperation({ summary: 'A picture (SVG) of what the catalogue holds for each of the 28 measures' })
  async coverage(@Query(new ZodValidationPipe(PictureQuerySchema, 'query')) query: z.infer<typeof PictureQuerySchema>): Promise<StreamableFile> {
    const { items } = await this.catalogue.list({ includeSample: true, limit: 100_000, offset: 0 });
    return download(catalogueCoverageSvg(items, query.lang), { type: 'image/svg+xml; charset=utf-8' });
  }

  @Get('measures/:number')
  @ApiZodOkResponse(CatalogueItemSchema)
  measure(
    @Param('number', new ParseIntPipe({ exceptionFactory: () => new BadRequestException({ message: 'number must be a whole number from 1 to 28', issues: [{ field: 'number', reason: 'not a whole number' }] }) }))
    number: number,
  ): Promise<CatalogueItem> {
    return this.catalogue.measure(number);
  }

  @Post('items')
  @Roles('catalogue-admin')
  @ApiOperation({ summary: 'Admin: add an item (validated; publishes catalogue-item.changed.v1)' })
  @ApiZodBody(CatalogueItemInputSchema)
  @ApiZodResponse(201, CatalogueItemSchema, 'The new item; ETag is its version')
  @HttpCode(201)
  @VersionETag()
  create(@Body(new ZodValidationPipe(CatalogueItemInputSchema)) input: CatalogueItemInput): Promise<CatalogueItem> {
    return this.catalogue.create(input);
  }

  @Put('items/:id')
  @Roles('catalogue-admin')
  @ApiOperation({ summary: 'Admin: replace an item; send If-Match with the ETag you read' })
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  @ApiZodBody(CatalogueItemInputSchema)
  @ApiZodOkResponse(CatalogueItemSchema, 'The item after the change; ETag is its new version')
  @VersionETag()
  async replace(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(CatalogueItemInputSchema)) input: CatalogueItemInput,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<CatalogueItem> {
    if (input.id !== id) {
      throw new BadRequestException({ message: 'The id in the body must match the URL', issues: [{ field: 'id', reason: `expected ${id}` }] });
    }
    return this.catalogue.replace(id, input, requireIfMatch(ifMatch));
  }

  @Patch('items/:id')
  @Roles('catalogue-admin')
  @ApiOperation({ summary: 'Admin: change the fields the body names (JSON Merge Patch, RFC 7396; null removes); the result is validated as a whole' })
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  @ApiZodBody(MergePatchBodySchema)
  @ApiZodOkResponse(CatalogueItemSchema, 'The item after the change; ETag is its new version')
  @VersionETag()
  patch(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(MergePatchBodySchema)) patch: Record<string, unknown>,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<CatalogueItem> {
    return this.catalogue.patch(id, patch, requireIfMatch(ifMatch));
  }

  @Delete('items/:id')
  @Roles('catalogue-admin')
  @HttpCode(204)
  @ApiEmptyResponse('Deleted (the audit log keeps the fact)')
  @ApiHeader({ name: 'If-Match', required: true, description: IF_MATCH_DESCRIPTION })
  async remove(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined): Promise<void> {
    await this.catalogue.remove(id, requireIfMatch(ifMatch));
  }
}
