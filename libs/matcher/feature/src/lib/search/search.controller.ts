import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { analyzeForQuery, highlight } from '@fhk/matcher/core';
import { AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { CurrentPrincipal, hasRole, Principal, Public } from '@fhk/platform/auth';
import { ApiZodOkResponse, ApiZodQuery, ZodValidationPipe } from '@fhk/platform/http';
import { SearchResponseSchema } from '../matching/matcher-route-responses.schema';
import { SEARCH_ENGINE, SearchEngine } from '@fhk/platform/search';
import { OPPORTUNITY_TYPES } from '../read-model/read-model.collections';
import { MatcherSearchDocument, SEARCH_INDEX } from './search-document.mapper';

/** A comma-separated query parameter (`type=event,programme`), validated item by item. */
const list = z.string().transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean));
const csv = (item: z.ZodType<string, string>) => list.pipe(z.array(item).max(20));
const csvInts = (min: number, max: number) => list.pipe(z.array(z.coerce.number<string>().int().min(min).max(max)).max(20));

const SEARCH_TYPES = ['enterprise', ...OPPORTUNITY_TYPES] as [string, ...string[]];

const SearchQuerySchema = z
  .object({
    q: z.string().max(500, 'must be at most 500 characters').default(''),
    type: csv(z.enum(SEARCH_TYPES)).optional(),
    industry: csv(z.string().max(60)).optional(),
    need: csv(z.string().max(60)).optional(),
    area: csvInts(1, 11).optional(),
    month: csvInts(1, 12).optional(),
    /** City codes from the `cities` facet: hong-kong, xiamen, fuzhou, quanzhou… */
    city: csv(z.string().max(40)).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict();
type SearchQuery = z.infer<typeof SearchQuerySchema>;

const FACETS = ['type', 'industries', 'needs', 'areas', 'months', 'cities'];

@ApiTags('matcher')
@Controller('search')
export class SearchController {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
  ) {}

  @Get()
  @Public()
  @ApiZodQuery(SearchQuerySchema)
  @ApiZodOkResponse(SearchResponseSchema)
  @ApiOperation({ summary: 'Search opportunities in any script or language, with filters and facets (enterprises too, for profiles-admin and platform-admin)' })
  async search(@Query(new ZodValidationPipe(SearchQuerySchema, 'query')) query: SearchQuery, @CurrentPrincipal() principal: Principal | null) {
    const tokens = analyzeForQuery(query.q);
    if (query.q.trim() && tokens.length === 0) {
      return { query: query.q, total: 0, hits: [], facets: {}, note: 'The query has no searchable words (only punctuation or symbols).' };
    }
    const filter: Record<string, Array<string | number>> = {};
    // Enterprises are found only by admins; everyone else searches opportunities only.
    const types = hasRole(principal, 'profiles-admin', 'platform-admin') ? query.type : (query.type ?? OPPORTUNITY_TYPES).filter((t) => t !== 'enterprise');
    if (types) filter.type = types.length > 0 ? types : ['none'];
    if (query.industry) filter.industries = query.industry;
    if (query.need) filter.needs = query.need;
    if (query.area) filter.areas = query.area;
    if (query.month) filter.months = query.month;
    if (query.city) filter.cities = query.city;
    const result = await this.engine.search<MatcherSearchDocument>(SEARCH_INDEX.name, {
      text: tokens.join(' '),
      filter,
      facets: FACETS,
      limit: query.limit,
      offset: query.offset,
    });
    // An admin's look at firms is recorded (docs/adr/0010).
    const firms = result.hits.filter((h) => h.document.type === 'enterprise');
    await this.audit.record('read', firms.map((h) => ({ type: 'enterprise', id: h.document.entityId, enterpriseId: h.document.entityId })));
    return {
      query: query.q,
      total: result.total,
      hits: result.hits.map(({ document, score }) => ({
        type: document.type,
        id: document.entityId,
        title: document.title,
        ...(query.q.trim()
          ? {
              highlight: {
                'zh-Hant': highlight(document.title['zh-Hant'], query.q),
                'zh-Hans': highlight(document.title['zh-Hans'], query.q),
                en: highlight(document.title.en, query.q),
              },
            }
          : {}),
        score,
        industries: document.industries,
        needs: document.needs,
        measures: document.measures,
      })),
      facets: result.facets,
    };
  }
}
