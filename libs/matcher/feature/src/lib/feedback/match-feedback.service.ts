import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { MatchFeedback, MatchFeedbackInput, MatchFeedbackInputSchema, MatchFeedbackRecordedEvent } from '@fhk/contracts';
import { validateWith } from '@fhk/platform/http';
import { AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { Principal } from '@fhk/platform/auth';
import { newId, OutboxRelay, outboxInsert } from '@fhk/platform/outbox';
import { DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';
import { MatchingCorpusService } from '../matching/matching-corpus.service';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { MATCH_FEEDBACK_LOG, MatchFeedbackLogEntry } from './match-feedback.collections';

const SOURCE = 'urn:fhk:matcher';

/**
 * Records a firm's feedback on a result: the fact and its event are committed together (the
 * outbox), so it is never lost once acknowledged; the projection that matching reads follows
 * from the topic, like every other read model.
 */
@Injectable()
export class MatchFeedbackService {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly relay: OutboxRelay,
    private readonly readModel: ReadModelRepository,
    private readonly corpus: MatchingCorpusService,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
  ) {}

  /** The body is read only once the caller may act on the firm (a caller out of scope learns nothing from it). */
  async record(principal: Principal, enterpriseId: string, body: unknown): Promise<MatchFeedback> {
    const enterprise = await this.readModel.enterpriseFor(principal, enterpriseId);
    const input: MatchFeedbackInput = validateWith(MatchFeedbackInputSchema, body);
    const corpus = await this.corpus.opportunities();
    if (!corpus.get(input.opportunityType, input.opportunityId)) {
      throw new NotFoundException({
        message: `No ${input.opportunityType} with id ${input.opportunityId}`,
        issues: [{ field: 'opportunityId', reason: `no ${input.opportunityType} with this id` }],
      });
    }
    const feedback: MatchFeedback = {
      id: newId(),
      enterpriseId,
      opportunityType: input.opportunityType,
      opportunityId: input.opportunityId,
      reason: input.reason,
      industry: this.corpus.matchable(enterprise).classification.primaryIndustry,
      recordedAt: new Date().toISOString(),
    };
    const { operation } = outboxInsert(MatchFeedbackRecordedEvent, feedback, SOURCE);
    const entry: MatchFeedbackLogEntry = { ...feedback };
    const audit = this.audit.entries('create', [{ type: 'match-feedback', id: feedback.id, enterpriseId }]);
    await this.store.commit([{ op: 'insert', collection: MATCH_FEEDBACK_LOG, document: entry }, operation, ...audit]);
    this.relay.notify();
    return feedback;
  }
}
