import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  CalendarEventChanged,
  CalendarEventChangedEvent,
  CatalogueItemChanged,
  CatalogueItemChangedEvent,
  EnterpriseChanged,
  EnterpriseChangedEvent,
  EventDefinition,
  EventEnvelope,
} from '@fhk/contracts';
import { EventProjection } from '@fhk/platform/outbox';
import { DOCUMENT_STORE, DocumentStore, WriteOperation } from '@fhk/platform/store';
import { ReadModelChanges } from './read-model-changes';
import { ENTERPRISE_READ_MODEL, EnterpriseRow, LIVE_READ_MODEL, OpportunityRow, OpportunityType, opportunityRowId, ReadModelCollections, STAGING_READ_MODEL } from './read-model.collections';
import { ReadModelStaging } from './read-model-staging';
import { newerOnlyWrites, RowChange } from './read-model.writes';
import { PreparedFirmAnalyses } from '../firm-analysis/prepared-firm-analyses';

/** Where the type of a deleted catalogue item is looked up (a deletion carries no entity). */
export type OpportunityTypeLookup = (entityId: string) => Promise<OpportunityType | null>;

/** The owners' events the read model is made of, in the order a rebuild replays them. */
export const READ_MODEL_EVENTS: readonly EventDefinition<unknown>[] = [EnterpriseChangedEvent, CatalogueItemChangedEvent, CalendarEventChangedEvent] as EventDefinition<unknown>[];

/**
 * Projections of the three owners' events into the matcher's read model. A newer version always
 * wins and an older or equal one changes nothing, so duplicates and reordering are harmless.
 * While a rebuild holds the staging read model, every event is written there too.
 */
@Injectable()
export class ReadModelProjections {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly changes: ReadModelChanges,
    private readonly staging: ReadModelStaging,
    @Optional() private readonly prepared: PreparedFirmAnalyses = new PreparedFirmAnalyses(),
  ) {}

  all(): EventProjection<unknown>[] {
    return [this.enterprises(), this.catalogueItems(), this.calendarEvents()] as EventProjection<unknown>[];
  }

  /** The row an event describes, or null for the deletion of something never seen. */
  async changeOf(event: EventEnvelope<unknown>, definition: EventDefinition<unknown>, typeOf: OpportunityTypeLookup): Promise<RowChange | null> {
    if (definition.topic === EnterpriseChangedEvent.topic) {
      const { data } = event as EventEnvelope<EnterpriseChanged>;
      return { collection: 'enterprises', row: { id: data.id, version: data.version, deleted: data.deleted, entity: data.entity } };
    }
    const { data } = event as EventEnvelope<CatalogueItemChanged | CalendarEventChanged>;
    const type: OpportunityType | null =
      definition.topic === CalendarEventChangedEvent.topic ? 'event' : ((data as CatalogueItemChanged).entity?.kind ?? (await typeOf(data.id)));
    if (!type) return null;
    const row: OpportunityRow = { id: opportunityRowId(type, data.id), type, entityId: data.id, version: data.version, deleted: data.deleted, entity: data.entity };
    return { collection: 'opportunities', row };
  }

  /** The type a set of collections knows for an opportunity entity id. */
  knownTypeIn(collections: ReadModelCollections): OpportunityTypeLookup {
    return async (entityId) => {
      const [row] = await this.store.find<OpportunityRow>(collections.opportunities, { where: { entityId }, limit: 1 });
      return row?.type ?? null;
    };
  }

  private enterprises(): EventProjection<EnterpriseChanged> {
    return {
      definition: EnterpriseChangedEvent,
      project: (event) => this.liveAndStagingWrites(event, EnterpriseChangedEvent),
      // The batch's firms analysed at once, off the event loop, where workers are configured (ADR 0022).
      prepare: this.prepared.worthPreparing
        ? (events) => this.prepared.prepare(events.flatMap(({ data }) => (data.entity && !data.deleted ? [data.entity] : [])))
        : undefined,
      afterCommit: ({ data }, committed) => this.changes.publish({ kind: 'enterprise', id: data.id, row: committedRow<EnterpriseRow>(committed, ENTERPRISE_READ_MODEL, data.id) }),
    };
  }

  private catalogueItems(): EventProjection<CatalogueItemChanged> {
    return {
      definition: CatalogueItemChangedEvent,
      project: (event) => this.liveAndStagingWrites(event, CatalogueItemChangedEvent),
      afterCommit: (event) => this.changes.publish({ kind: 'opportunity', entityId: event.data.id, rowId: null }),
    };
  }

  private calendarEvents(): EventProjection<CalendarEventChanged> {
    return {
      definition: CalendarEventChangedEvent,
      project: (event) => this.liveAndStagingWrites(event, CalendarEventChangedEvent),
      afterCommit: (event) => this.changes.publish({ kind: 'opportunity', entityId: event.data.id, rowId: opportunityRowId('event', event.data.id) }),
    };
  }

  private async liveAndStagingWrites<T>(event: EventEnvelope<T>, definition: EventDefinition<T>): Promise<WriteOperation[]> {
    const lookup = this.knownTypeIn(LIVE_READ_MODEL);
    const change = await this.changeOf(event, definition as EventDefinition<unknown>, lookup);
    if (!change) return [];
    const live = await newerOnlyWrites(this.store, LIVE_READ_MODEL, [change], this.prepared);
    if (!(await this.staging.current())) return live;
    return [...live, ...(await newerOnlyWrites(this.store, STAGING_READ_MODEL, [change], this.prepared))];
  }
}

/** The row a commit put into `collection` under `id`, if it did. */
function committedRow<R extends EnterpriseRow>(committed: readonly WriteOperation[], collection: string, id: string): R | undefined {
  for (const write of committed) if (write.op === 'put' && write.collection === collection && write.document.id === id) return write.document as R;
  return undefined;
}
