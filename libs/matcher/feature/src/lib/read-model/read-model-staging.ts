import { Inject, Injectable } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentStore, StoredDocument, WriteOperation } from '@fhk/platform/store';
import { LIVE_FEEDBACK, STAGING_FEEDBACK } from '../feedback/match-feedback.collections';
import { LIVE_READ_MODEL, READ_MODEL_REBUILD_STATE, STAGING_READ_MODEL } from './read-model.collections';

/** Which rebuild owns the staging collections (one document, in the store every matcher instance shares). */
export interface StagingClaim extends StoredDocument {
  id: 'staging';
  rebuildId: string;
  startedAt: string;
}

const EMPTY_STAGING: WriteOperation[] = [
  { op: 'deleteWhere', collection: STAGING_READ_MODEL.enterprises, where: {} },
  { op: 'deleteWhere', collection: STAGING_READ_MODEL.opportunities, where: {} },
  { op: 'deleteWhere', collection: STAGING_FEEDBACK.latest, where: {} },
  { op: 'deleteWhere', collection: STAGING_FEEDBACK.peers, where: {} },
];

export class StagingClaimLostError extends Error {
  constructor(rebuildId: string) {
    super(`rebuild ${rebuildId} no longer owns the staging read model (a restart released it); nothing was swapped`);
  }
}

/**
 * The staging read model (and staging feedback collections) a rebuild fills before swapping it in. While a rebuild holds the claim,
 * the live projections write every event to staging too, so nothing that arrives during the
 * replay is missing after the swap.
 */
@Injectable()
export class ReadModelStaging {
  constructor(@Inject(DOCUMENT_STORE) private readonly store: DocumentStore) {}

  current(): Promise<StagingClaim | null> {
    return this.store.get<StagingClaim>(READ_MODEL_REBUILD_STATE, 'staging');
  }

  /** Empties staging and claims it, in one commit; a VersionConflictError means another rebuild holds it. */
  async claim(rebuildId: string): Promise<StagingClaim> {
    const claim: StagingClaim = { id: 'staging', rebuildId, startedAt: new Date().toISOString() };
    await this.store.commit([...EMPTY_STAGING, { op: 'put', collection: READ_MODEL_REBUILD_STATE, document: claim, expectedVersion: null }]);
    return claim;
  }

  /** Makes the staging collections live (each swap is atomic), then gives up the claim. */
  async swapIn(rebuildId: string): Promise<void> {
    if ((await this.current())?.rebuildId !== rebuildId) throw new StagingClaimLostError(rebuildId);
    await this.store.replaceCollection(LIVE_READ_MODEL.enterprises, STAGING_READ_MODEL.enterprises);
    await this.store.replaceCollection(LIVE_READ_MODEL.opportunities, STAGING_READ_MODEL.opportunities);
    await this.store.replaceCollection(LIVE_FEEDBACK.latest, STAGING_FEEDBACK.latest);
    await this.store.replaceCollection(LIVE_FEEDBACK.peers, STAGING_FEEDBACK.peers);
    await this.release();
  }

  /** Drops the claim and whatever staging holds (a failed or abandoned rebuild). */
  async release(): Promise<void> {
    await this.store.commit([{ op: 'delete', collection: READ_MODEL_REBUILD_STATE, id: 'staging' }, ...EMPTY_STAGING]);
  }
}
