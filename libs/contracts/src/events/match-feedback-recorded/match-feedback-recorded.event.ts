import { defineEvent } from '../../lib/event-definition';
import { MatchFeedback, MatchFeedbackSchema } from '../../entities/match-feedback.schema';

/**
 * Published by the matcher each time a firm gives feedback on a result (an append-only fact,
 * keyed by enterprise so one firm's feedback stays in order). Not compacted: every fact counts
 * towards the feedback of similar firms.
 */
export const MatchFeedbackRecordedEvent = defineEvent<MatchFeedback>({
  topic: 'matcher.match-feedback.recorded.v1',
  schema: MatchFeedbackSchema as never,
  key: (d) => d.enterpriseId,
  compacted: false,
});
