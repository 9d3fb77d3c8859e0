import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MatchFeedbackInputSchema, MatchFeedbackSchema } from '@fhk/contracts';
import { CurrentPrincipal, Principal, Roles } from '@fhk/platform/auth';
import { ApiZodBody, ApiZodOkResponse, toOpenApiSchema } from '@fhk/platform/http';
import { FeedbackHistorySchema } from '../matching/matcher-route-responses.schema';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { MatchFeedbackRepository } from './match-feedback.repository';
import { MatchFeedbackService } from './match-feedback.service';

@ApiTags('matcher')
@Controller('match/enterprises/:id/feedback')
export class MatchFeedbackController {
  constructor(
    private readonly feedback: MatchFeedbackService,
    private readonly repository: MatchFeedbackRepository,
    private readonly readModel: ReadModelRepository,
  ) {}

  @Post()
  @Roles('enterprise')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Feedback on one result (reason: useful, wrong-industry, wrong-need, too-small, too-large, wrong-market, already-done, not-interested). Stored with its event (outbox); the firm\'s ranking follows as soon as the event is applied: an item marked anything but useful leaves its list, similar items move, and firms of the same industry see the pooled feedback.',
  })
  @ApiZodBody(MatchFeedbackInputSchema)
  @ApiAcceptedResponse({ description: 'The feedback as recorded', schema: toOpenApiSchema(MatchFeedbackSchema, 'output') })
  @ApiNotFoundResponse({ description: 'No such enterprise (`id`) or opportunity (`opportunityId`)' })
  record(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.feedback.record(principal, id, body);
  }

  @Get()
  @Roles('enterprise', 'profiles-admin')
  @ApiZodOkResponse(FeedbackHistorySchema)
  @ApiOperation({ summary: 'The feedback a firm gave, oldest first (the owner, or profiles-admin)' })
  async list(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    await this.readModel.enterpriseFor(principal, id);
    return { enterpriseId: id, items: await this.repository.log(id) };
  }
}
