import { MatchFeedback, MatchResult } from '@fhk/web/api-client';

type FeedbackOn = Pick<MatchFeedback, 'opportunityType' | 'opportunityId' | 'reason'>;

/** The latest feedback per result, newest first (a later feedback on a result supersedes the earlier). */
export function latestFeedback<F extends FeedbackOn & Pick<MatchFeedback, 'recordedAt'>>(items: readonly F[]): F[] {
  const latest = new Map<string, F>();
  for (const item of items) {
    const key = `${item.opportunityType}:${item.opportunityId}`;
    const seen = latest.get(key);
    if (!seen || seen.recordedAt <= item.recordedAt) latest.set(key, item);
  }
  return [...latest.values()].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
}

/**
 * Whether the matcher's list shows a feedback yet (it applies it from its event, a moment after
 * the 202): a result marked anything but useful has left the list; one marked useful says so in
 * a `feedback` reason (or is gone for another reason).
 */
export function feedbackApplied(results: readonly MatchResult[], feedback: FeedbackOn): boolean {
  const item = results.find((r) => r.type === feedback.opportunityType && r.id === feedback.opportunityId);
  if (feedback.reason !== 'useful') return item === undefined;
  return item === undefined || item.reasons.some((reason) => reason.code === 'feedback');
}
