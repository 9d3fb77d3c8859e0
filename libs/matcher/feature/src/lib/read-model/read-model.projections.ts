import { Inject, Injectable } from '@nestjs/common';
import {
  CalendarEventChanged,
  CalendarEventChangedEvent,
  CatalogueItem,
  CatalogueItemChanged,
  CatalogueItemChangedEvent,
  EnterpriseChanged,
  EnterpriseChangedEvent,
  EventEnvelope,
} from '@fhk/contracts';
import { EventProjection } from '@fhk/platform/outbox';
import { DOCUMENT_STORE, DocumentStore, WriteOperation } from '@fhk/platform/store';
import { SearchIndexSync } from '../search/search-index.sync';
import { MatchingCorpusService } from '../matching/matching-corpus.service';
import {
  ENTERPRISE_READ_MODEL,
  EnterpriseRow,
  OPPORTUNITY_READ_MODEL,
  OpportunityRow,
  OpportunityType,
  opportunityRowId,
} from './read-model.collections';

/**
 * Projections of the three owners' events into the matcher's read model. A newer version always
 * wins and an older or equal one changes nothing, so duplicates and reordering are harmless.
 */
@Injectable()
export class ReadModelProjections {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly index: SearchIndexSync,
    private readonly matching: MatchingCorpusService,
  ) {}

  all(): EventProjection<unknown>[] {
    return [this.enterprises(), this.catalogueItems(), this.calendarEvents()] as EventProjection<unknown>[];
  }

  enterprises(): EventProjection<EnterpriseChanged> {
    return {
      definition: EnterpriseChangedEvent,
      project: async ({ data }) => {
        const row: EnterpriseRow = { id: data.id, version: data.version, deleted: data.deleted, entity: data.entity };
        return this.newerOnly(ENTERPRISE_READ_MODEL, row);
      },
      afterCommit: async ({ data }) => {
        // Analyse the firm now, once per version, rather than on the first outreach request.
        const current = await this.store.get<EnterpriseRow>(ENTERPRISE_READ_MODEL, data.id);
        if (current?.entity && !current.deleted) this.matching.matchable(current.entity);
        else this.matching.forget(data.id);
        await this.index.syncEnterprise(data.id);
      },
    };
  }

  catalogueItems(): EventProjection<CatalogueItemChanged> {
    return {
      definition: CatalogueItemChangedEvent,
      project: async (event) => this.projectOpportunity(event, event.data.entity?.kind ?? (await this.knownType(event.data.id))),
      afterCommit: async (event) => {
        this.matching.invalidateOpportunities();
        await this.index.syncOpportunityByEntityId(event.data.id);
      },
    };
  }

  calendarEvents(): EventProjection<CalendarEventChanged> {
    return {
      definition: CalendarEventChangedEvent,
      project: async (event) => this.projectOpportunity(event, 'event'),
      afterCommit: async (event) => {
        this.matching.invalidateOpportunities();
        await this.index.syncOpportunity(opportunityRowId('event', event.data.id));
      },
    };
  }

  private async projectOpportunity(
    { data }: EventEnvelope<CatalogueItemChanged | CalendarEventChanged>,
    type: OpportunityType | null,
  ): Promise<WriteOperation[]> {
    if (!type) return []; // a deletion of something never seen: nothing to remove
    const row: OpportunityRow = { id: opportunityRowId(type, data.id), type, entityId: data.id, version: data.version, deleted: data.deleted, entity: data.entity };
    return this.newerOnly(OPPORTUNITY_READ_MODEL, row);
  }

  /** Deletions carry no entity: the type comes from what the read model already holds. */
  private async knownType(entityId: string): Promise<OpportunityType | null> {
    const [row] = await this.store.find<OpportunityRow>(OPPORTUNITY_READ_MODEL, { where: { entityId }, limit: 1 });
    return row?.type ?? null;
  }

  private async newerOnly(collection: string, row: EnterpriseRow | OpportunityRow): Promise<WriteOperation[]> {
    const current = await this.store.get<EnterpriseRow>(collection, row.id);
    if (current && current.version >= row.version) return [];
    return [{ op: 'put', collection, document: row, expectedVersion: current ? current.version : null }];
  }
}

export type { CatalogueItem };
