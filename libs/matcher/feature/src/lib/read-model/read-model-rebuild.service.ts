import { ConflictException, Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { EventDefinition, InvalidEventError, MatchFeedback, MatchFeedbackRecordedEvent, parseEvent } from '@fhk/contracts';
import { BUS_TRANSPORT, BusTransport, RetainedMessage } from '@fhk/platform/bus';
import { DOCUMENT_STORE, DocumentStore, VersionConflictError } from '@fhk/platform/store';
import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { LIVE_FEEDBACK } from '../feedback/match-feedback.collections';
import { FeedbackReplayBatch } from '../feedback/match-feedback.projection';
import { SearchIndexSync } from '../search/search-index.sync';
import { ReadModelChanges } from './read-model-changes';
import { LIVE_READ_MODEL, OpportunityType, STAGING_READ_MODEL } from './read-model.collections';
import { READ_MODEL_EVENTS, ReadModelProjections } from './read-model.projections';
import { ReadModelStaging, StagingClaimLostError } from './read-model-staging';
import { newerOnlyWrites, RowChange } from './read-model.writes';
import type { ReadModelRebuildResult, ReadModelRebuildRun } from './read-model-rebuild.schema';

export type { ReadModelRebuildResult, ReadModelRebuildRun, RebuildPhase } from './read-model-rebuild.schema';

const BATCH = 500;
const MAX_CONFLICT_RETRIES = 5;

/**
 * Rebuilds the matcher's read model from scratch, without downtime: replays every retained
 * owner event (the embedded bus's log, or Kafka's compacted entity topics from the beginning)
 * and the matcher's own feedback facts (matcher.match-feedback.recorded.v1, retained, not
 * compacted: ADR 0012) into staging collections while the live model keeps serving and keeps consuming (events that
 * arrive meanwhile are written to both), swaps staging in, then rebuilds and swaps the index.
 */
@Injectable()
export class ReadModelRebuildService implements OnApplicationShutdown {
  private readonly logger = new Logger('ReadModelRebuild');
  private running: ReadModelRebuildRun | null = null;
  private finished: Promise<ReadModelRebuildResult> | null = null;
  private last: ReadModelRebuildResult | null = null;
  private stopping = false;

  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(BUS_TRANSPORT) private readonly bus: BusTransport,
    private readonly projections: ReadModelProjections,
    private readonly staging: ReadModelStaging,
    private readonly index: SearchIndexSync,
    private readonly changes: ReadModelChanges,
  ) {}

  /** Starts a rebuild in the background; 409 while one runs (here or on another instance). */
  async start(): Promise<ReadModelRebuildRun> {
    if (this.running) throw this.alreadyRunning(this.running.id);
    const id = randomUUID();
    const run: ReadModelRebuildRun = {
      id,
      startedAt: new Date().toISOString(),
      phase: 'replaying',
      replay: { position: 0, end: 0, messages: 0, skippedInvalid: 0 },
      index: { indexed: 0, total: 0 },
    };
    this.running = run;
    try {
      await this.staging.claim(id);
    } catch (error) {
      this.running = null;
      if (error instanceof VersionConflictError) throw this.alreadyRunning((await this.staging.current())?.rebuildId ?? 'unknown');
      throw error;
    }
    this.finished = this.run(run);
    return { ...run };
  }

  status(): { running: ReadModelRebuildRun | null; last: ReadModelRebuildResult | null } {
    return { running: this.running && { ...this.running, replay: { ...this.running.replay }, index: { ...this.running.index } }, last: this.last };
  }

  /** A claim left by a process that died mid-rebuild would make every event write staging forever. */
  async releaseAbandoned(): Promise<void> {
    const claim = await this.staging.current();
    if (!claim || claim.rebuildId === this.running?.id) return;
    this.logger.warn(`releasing the staging read model of rebuild ${claim.rebuildId} (started ${claim.startedAt}), abandoned by a stopped process`);
    await this.staging.release();
  }

  /** A rebuild still replaying stops at its next message and drops staging; the live model is untouched. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.finished?.catch(() => undefined);
  }

  private async run(run: ReadModelRebuildRun): Promise<ReadModelRebuildResult> {
    const started = Date.now();
    let outcome: ReadModelRebuildResult['outcome'] = 'swapped';
    let error: string | null = null;
    let documents = 0;
    try {
      await setImmediate(); // answer the request that started it first
      await this.replayIntoStaging(run);
      run.phase = 'swapping';
      await this.staging.swapIn(run.id);
      await this.changes.publish({ kind: 'replaced' });
      run.phase = 'indexing';
      documents = (await this.index.rebuild((indexed, total) => (run.index = { indexed, total }))).documents;
    } catch (failure) {
      outcome = 'failed';
      error = (failure as Error).message;
      this.logger.error(`read-model rebuild ${run.id} failed in phase ${run.phase}: ${error}`);
      // Before the swap finished, the live model is untouched (or has one collection swapped, each
      // consistent): drop staging. A lost claim belongs to someone else now: leave it alone.
      if (run.phase !== 'indexing' && !(failure instanceof StagingClaimLostError)) await this.staging.release().catch(() => undefined);
    }
    const result: ReadModelRebuildResult = {
      id: run.id,
      startedAt: run.startedAt,
      finishedAt: new Date().toISOString(),
      ms: Date.now() - started,
      outcome,
      error,
      messages: run.replay.messages,
      skippedInvalid: run.replay.skippedInvalid,
      // Never reject: nobody awaits a background run (a broken store shows as null here).
      enterprises: await this.store.count(LIVE_READ_MODEL.enterprises, { deleted: false }).catch(() => null),
      opportunities: await this.store.count(LIVE_READ_MODEL.opportunities, { deleted: false }).catch(() => null),
      feedback: await this.store.count(LIVE_FEEDBACK.latest).catch(() => null),
      documents,
    };
    this.last = result;
    this.running = null;
    this.finished = null;
    if (outcome === 'swapped') this.logger.log(`read-model rebuild ${run.id}: ${result.messages} events replayed, ${result.enterprises} enterprises and ${result.opportunities} opportunities live, ${result.ms} ms`);
    return result;
  }

  private async replayIntoStaging(run: ReadModelRebuildRun): Promise<void> {
    const definitions = new Map<string, EventDefinition<unknown>>([...READ_MODEL_EVENTS, MatchFeedbackRecordedEvent as EventDefinition<unknown>].map((d) => [d.topic, d]));
    // Types learnt from the replay itself: a deletion carries no entity, its creation came earlier.
    const learntTypes = new Map<string, OpportunityType>();
    const inStaging = this.projections.knownTypeIn(STAGING_READ_MODEL);
    const inLive = this.projections.knownTypeIn(LIVE_READ_MODEL);
    const typeOf = async (entityId: string) => learntTypes.get(entityId) ?? (await inStaging(entityId)) ?? (await inLive(entityId));
    let batch: RowChange[] = [];
    const feedback = new FeedbackReplayBatch(this.store);
    const flush = async () => {
      const changes = batch;
      batch = [];
      await this.commitToStaging(changes, feedback);
      feedback.clear();
    };
    await this.bus.replay(
      [...definitions.keys()],
      async (message: RetainedMessage) => {
        if (this.stopping) throw new Error('the matcher is shutting down; the rebuild was abandoned before the swap');
        const definition = definitions.get(message.topic)!;
        run.replay.messages++;
        if (definition.topic === MatchFeedbackRecordedEvent.topic) {
          const fact = this.parsed(definition, message.value);
          if (fact === 'invalid') run.replay.skippedInvalid++;
          else feedback.add(fact.data as MatchFeedback);
        } else {
          const change = await this.changeOf(definition, message.value, typeOf);
          if (!change) return;
          if (change === 'invalid') {
            run.replay.skippedInvalid++;
            return;
          }
          if (change.collection === 'opportunities' && change.row.type !== 'event') learntTypes.set(change.row.entityId, change.row.type);
          batch.push(change);
        }
        if (batch.length + feedback.size >= BATCH) await flush();
      },
      (position, end) => (run.replay = { ...run.replay, position, end }),
    );
    await flush();
  }

  private parsed(definition: EventDefinition<unknown>, value: unknown) {
    try {
      return parseEvent(definition, value);
    } catch (error) {
      if (error instanceof InvalidEventError) return 'invalid' as const;
      throw error;
    }
  }

  /** Invalid messages are already in the dead letters (the live consumer put them there): skip them. */
  private async changeOf(definition: EventDefinition<unknown>, value: unknown, typeOf: (id: string) => Promise<OpportunityType | null>) {
    const event = this.parsed(definition, value);
    return event === 'invalid' ? event : this.projections.changeOf(event, definition, typeOf);
  }

  /** One commit per batch; a live event written to staging meanwhile makes it recompute and retry. */
  private async commitToStaging(changes: RowChange[], feedback: FeedbackReplayBatch): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.store.commit([...(await newerOnlyWrites(this.store, STAGING_READ_MODEL, changes)), ...(await feedback.writes())]);
        return;
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
      }
    }
  }

  private alreadyRunning(id: string): ConflictException {
    return new ConflictException({ message: `A read-model rebuild (${id}) is already running; follow it at GET /api/matcher/read-model`, issues: [] });
  }
}
