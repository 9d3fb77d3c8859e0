import { EventDefinition } from '../lib/event-definition';
import { CalendarEventChangedEvent } from './calendar-event-changed/calendar-event-changed.event';
import { CatalogueItemChangedEvent } from './catalogue-item-changed/catalogue-item-changed.event';
import { EnterpriseChangedEvent } from './enterprise-changed/enterprise-changed.event';
import { MatchFeedbackRecordedEvent } from './match-feedback-recorded/match-feedback-recorded.event';

/** Every event the platform publishes; topic creation and docs read this list. */
export const ALL_EVENTS: readonly EventDefinition<unknown>[] = [
  EnterpriseChangedEvent,
  CatalogueItemChangedEvent,
  CalendarEventChangedEvent,
  MatchFeedbackRecordedEvent,
] as EventDefinition<unknown>[];

/** The dead-letter topic of a topic. */
export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;
