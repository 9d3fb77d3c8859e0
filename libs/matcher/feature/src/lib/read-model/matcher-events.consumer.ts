import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CalendarEventChangedEvent, CatalogueItemChangedEvent, EnterpriseChangedEvent, MatchFeedbackRecordedEvent } from '@fhk/contracts';
import { BATCH_DELIVERY, deliveredMessages, headersOf } from '@fhk/platform/bus';
import { ReliableConsumer } from '@fhk/platform/outbox';

export const MATCHER_CONSUMER_GROUP = 'matcher';

/**
 * The matcher's subscriptions (consumer group MATCHER_CONSUMER_GROUP, set on the transport server the app
 * connects). Each hands the raw messages to the reliable consumer, which validates, deduplicates,
 * retries and dead-letters (keeping the headers); these handlers never throw. Where the transport
 * delivers batches (the embedded bus, `BATCH_DELIVERY`), a batch is applied in one store commit
 * (`ReliableConsumer.consumeBatch`, ADR 0019); elsewhere one message at a time.
 */
@Controller()
export class MatcherEventsConsumer {
  constructor(private readonly consumer: ReliableConsumer) {}

  @EventPattern(EnterpriseChangedEvent.topic, BATCH_DELIVERY)
  async onEnterpriseChanged(@Payload() message: unknown, @Ctx() context: unknown): Promise<void> {
    await this.consumer.consumeBatch(EnterpriseChangedEvent.topic, deliveredMessages(message, context));
  }

  @EventPattern(CatalogueItemChangedEvent.topic, BATCH_DELIVERY)
  async onCatalogueItemChanged(@Payload() message: unknown, @Ctx() context: unknown): Promise<void> {
    await this.consumer.consumeBatch(CatalogueItemChangedEvent.topic, deliveredMessages(message, context));
  }

  @EventPattern(CalendarEventChangedEvent.topic, BATCH_DELIVERY)
  async onCalendarEventChanged(@Payload() message: unknown, @Ctx() context: unknown): Promise<void> {
    await this.consumer.consumeBatch(CalendarEventChangedEvent.topic, deliveredMessages(message, context));
  }

  @EventPattern(MatchFeedbackRecordedEvent.topic)
  async onMatchFeedbackRecorded(@Payload() message: unknown, @Ctx() context: unknown): Promise<void> {
    await this.consumer.consume(MatchFeedbackRecordedEvent.topic, message, headersOf(context));
  }
}
