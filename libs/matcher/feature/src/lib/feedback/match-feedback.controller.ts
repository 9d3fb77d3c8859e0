import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MatchFeedbackInput, MatchFeedbackInputSchema, MatchFeedbackSchema } from '@fhk/contracts';
import { ApiZodBody, toOpenApiSchema, ZodValidationPipe } from '@fhk/platform/http';
import { MatchFeedbackRepository } from './match-feedback.repository';
import { MatchFeedbackService } from './match-feedback.service';

@ApiTags('matcher')
@Controller('match/enterprises/:id/feedback')
export class MatchFeedbackController {
  constructor(
    private readonly feedback: MatchFeedbackService,
    private readonly repository: MatchFeedbackRepository,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Feedback on one result (reason: useful, wrong-industry, wrong-need, too-small, too-large, wrong-market, already-done, not-interested). Stored with its event (outbox); the firm\'s ranking follows as soon as the event is applied: an item marked anything but useful leaves its list, similar items move, and firms of the same industry see the pooled feedback.',
  })
  @ApiZodBody(MatchFeedbackInputSchema)
  @ApiAcceptedResponse({ description: 'The feedback as recorded', schema: toOpenApiSchema(MatchFeedbackSchema, 'output') })
  @ApiNotFoundResponse({ description: 'No such enterprise (`id`) or opportunity (`opportunityId`)' })
  record(@Param('id') id: string, @Body(new ZodValidationPipe(MatchFeedbackInputSchema)) input: MatchFeedbackInput) {
    return this.feedback.record(id, input);
  }

  @Get()
  @ApiOperation({ summary: 'The feedback a firm gave, oldest first' })
  async list(@Param('id') id: string) {
    return { enterpriseId: id, items: await this.repository.log(id) };
  }
}
