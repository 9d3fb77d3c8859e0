import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CalendarEventChangedEvent, CatalogueItemChangedEvent, EnterpriseChangedEvent, MatchFeedbackRecordedEvent } from '@fhk/contracts';
import { headersOf } from '@fhk/platform/bus';
import { ReliableConsumer } from '@fhk/platform/outbox';

export const MATCHER_CONSUMER_GROUP = 'matcher';

/**
 * The matcher's subscriptions (consumer group MATCHER_CONSUMER_GROUP, set on the transport server the app
 * connects). Each hands the raw message to the reliable consumer, which
 * validates, deduplicates, retries and dead-letters (keeping the headers); these handlers never throw.
 */
@Controller()
export class MatcherEventsConsumer {
  constructor(private readonly consumer: ReliableConsumer) {}

  @EventPattern(EnterpriseChangedEvent.topic)
  async onEnterpriseChanged(@Payload() message: unknown, @Ctx() context: unknown): Promise<void> {
    await this.consumer.consume(EnterpriseChangedEvent.topic, message, headersOf(context));
  }

  @EventPattern(CatalogueItemChangedEvent.topic)
  async onCatalogueItemChanged(@Payload() message: unknown, @Ctx() context: unknown): Promise<void> {
    await this.consumer.consume(CatalogueItemChangedEvent.topic, message, headersOf(context));
  }

  @EventPattern(CalendarEventChangedEvent.topic)
  async onCalendarEventChanged(@Payload() message: unknown, @Ctx() context: unknown): Promise<void> {
    await this.consumer.consume(CalendarEventChangedEvent.topic, message, headersOf(context));
  }

  @EventPattern(MatchFeedbackRecordedEvent.topic)
  async onMatchFeedbackRecorded(@Payload() message: unknown, @Ctx() context: unknown): Promise<void> {
    await this.consumer.consume(MatchFeedbackRecordedEvent.topic, message, headersOf(context));
  }
}
