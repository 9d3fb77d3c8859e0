import { MatchFeedback, MatchFeedbackReason } from '@fhk/contracts';
import { CollectionSpec, StoredDocument } from '@fhk/platform/store';

/** The log of feedback facts the matcher was given (written with the outbox, never changed). */
export const MATCH_FEEDBACK_LOG = 'match_feedback_log';
/** Per firm and result: the latest feedback (projected from the topic). */
export const MATCH_FEEDBACK_READ_MODEL = 'match_feedback_read_model';
/** Per industry and opportunity group: how many firms gave each reason (projected from the topic). */
export const MATCH_FEEDBACK_PEERS = 'match_feedback_peers';

/** The two projected feedback collections: live, or the staging copy a read-model rebuild fills (ADR 0012). */
export interface FeedbackCollections {
  latest: string;
  peers: string;
}

export const LIVE_FEEDBACK: FeedbackCollections = { latest: MATCH_FEEDBACK_READ_MODEL, peers: MATCH_FEEDBACK_PEERS };
export const STAGING_FEEDBACK: FeedbackCollections = { latest: `${MATCH_FEEDBACK_READ_MODEL}_staging`, peers: `${MATCH_FEEDBACK_PEERS}_staging` };

export type MatchFeedbackLogEntry = MatchFeedback & StoredDocument;

export interface FeedbackRow extends StoredDocument {
  /** `<enterpriseId>|<type>:<opportunityId>` */
  id: string;
  enterpriseId: string;
  opportunityType: string;
  opportunityId: string;
  reason: MatchFeedbackReason;
  /** The feedback id (a ULID): a later one wins. */
  feedbackId: string;
  version: number;
}

export interface PeerFeedbackRow extends StoredDocument {
  /** `<industry>|<type>:<opportunityId>` */
  id: string;
  industry: string;
  opportunityKey: string;
  counts: Partial<Record<MatchFeedbackReason, number>>;
  version: number;
}

export const feedbackRowId = (enterpriseId: string, type: string, opportunityId: string) => `${enterpriseId}|${type}:${opportunityId}`;
export const peerRowId = (industry: string, opportunityKey: string) => `${industry}|${opportunityKey}`;

export const MATCH_FEEDBACK_COLLECTIONS: CollectionSpec[] = [
  // GET /api/match/enterprises/:id/feedback lists one firm's facts.
  { name: MATCH_FEEDBACK_LOG, indexes: ['enterpriseId'] },
  ...[LIVE_FEEDBACK, STAGING_FEEDBACK].flatMap((c) => [
    // Matching a stored firm loads its latest feedback.
    { name: c.latest, indexes: ['enterpriseId'] },
    // Matching loads the feedback of firms in the same primary industry.
    { name: c.peers, indexes: ['industry'] },
  ]),
];
