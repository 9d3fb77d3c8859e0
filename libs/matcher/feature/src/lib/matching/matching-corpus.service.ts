import { Injectable } from '@nestjs/common';
import { Enterprise } from '@fhk/contracts';
import { setImmediate } from 'node:timers/promises';
import {
  compactMatchable,
  EnterpriseIndex,
  MatchableEnterprise,
  OpportunityCorpus,
  OpportunityProfile,
  toMatchableEnterprise,
  toOpportunityProfile,
} from '@fhk/matcher/core';
import { ReadModelChange, ReadModelChanges } from '../read-model/read-model-changes';
import { OpportunityRow } from '../read-model/read-model.collections';
import { ReadModelRepository } from '../read-model/read-model.repository';

/**
 * The matcher's in-memory view for scoring, derived from its read model and kept in step with it
 * one change at a time:
 * - the opportunity corpus (with its inverted indexes), built from every live row on first use,
 *   then updated per changed row: a change costs one analysis, not a rebuild;
 * - the firm index (`EnterpriseIndex`): each live enterprise's analysis in compact form, indexed
 *   by concept and token, loaded on first use, then updated per changed firm.
 * Analyses are kept per read-model version: a redelivered or older change costs nothing.
 */
@Injectable()
export class MatchingCorpusService {
  private corpus: Promise<OpportunityCorpus> | null = null;
  /** Each opportunity row's version and analysis (null: not matchable, e.g. an area, or deleted). */
  private readonly profiles = new Map<string, { version: number; profile: OpportunityProfile | null }>();
  private firms: Promise<EnterpriseIndex> | null = null;
  private index = new EnterpriseIndex();
  /** Bumped when the read model is replaced: a load still running for the old one stops. */
  private generation = 0;
  /** The newest version applied to the firm index per enterprise id, tombstones included. */
  private readonly firmVersions = new Map<string, number>();

  constructor(
    private readonly readModel: ReadModelRepository,
    changes: ReadModelChanges,
  ) {
    changes.subscribe((change) => this.onChange(change));
  }

  private async onChange(change: ReadModelChange): Promise<void> {
    if (change.kind === 'opportunity') this.queueOpportunityChange(change.entityId);
    else if (change.kind === 'replaced') this.forgetAll();
    else {
      const row = change.row ?? (await this.readModel.enterpriseRow(change.id));
      if (row) this.applyFirm(row.id, row.version, row.deleted ? null : row.entity);
    }
  }

  /**
   * Once the corpus exists, each change is applied after those before it; requests wait for the
   * updates queued before them (a match after an event sees it). Before first use nothing is kept.
   */
  private queueOpportunityChange(entityId: string): void {
    if (!this.corpus) return;
    const next = this.corpus.then(async (corpus) => {
      for (const row of await this.readModel.opportunityRowsOf(entityId)) this.applyOpportunity(corpus, row);
      return corpus;
    });
    this.corpus = next;
    next.catch(() => {
      if (this.corpus === next) this.corpus = null;
    });
  }

  opportunities(): Promise<OpportunityCorpus> {
    if (!this.corpus) {
      const building = this.buildCorpus();
      this.corpus = building;
      building.catch(() => {
        if (this.corpus === building) this.corpus = null;
      });
    }
    return this.corpus;
  }

  /**
   * The corpus from the live rows, analysing only rows not seen at their version, and yielding to
   * the event loop between analyses (a cold start analyses every opportunity: never in one block).
   */
  private async buildCorpus(): Promise<OpportunityCorpus> {
    const rows = await this.readModel.liveOpportunities();
    const profiles: OpportunityProfile[] = [];
    const live = new Set<string>();
    for (const row of rows) {
      live.add(row.id);
      let cached = this.profiles.get(row.id);
      if (cached?.version !== row.version) {
        cached = { version: row.version, profile: toOpportunityProfile(row.entity!) };
        this.profiles.set(row.id, cached);
        await setImmediate();
      }
      if (cached.profile) profiles.push(cached.profile);
    }
    for (const id of this.profiles.keys()) if (!live.has(id)) this.profiles.delete(id);
    return new OpportunityCorpus(profiles, { orderByKey: true });
  }

  private applyOpportunity(corpus: OpportunityCorpus, row: OpportunityRow): void {
    const cached = this.profiles.get(row.id);
    if (cached && cached.version >= row.version) return;
    const profile = row.deleted || !row.entity ? null : toOpportunityProfile(row.entity);
    this.profiles.set(row.id, { version: row.version, profile });
    if (profile) corpus.upsert(profile);
    else corpus.remove(row.type, row.entityId);
  }

  /** Every live enterprise analysed and indexed (loaded on first use, then kept in step). */
  enterprises(): Promise<EnterpriseIndex> {
    if (!this.firms) {
      const loading = this.loadFirms();
      this.firms = loading;
      loading.catch(() => {
        if (this.firms === loading) this.firms = null;
      });
    }
    return this.firms;
  }

  private async loadFirms(): Promise<EnterpriseIndex> {
    const generation = this.generation;
    const index = this.index;
    for (const row of await this.readModel.liveEnterpriseRows()) {
      if (generation !== this.generation) return index;
      // A change handled meanwhile (a newer version, a deletion) wins over the row read here.
      if ((this.firmVersions.get(row.id) ?? -1) >= row.version) continue;
      this.applyFirm(row.id, row.version, row.entity);
      await setImmediate();
    }
    return index;
  }

  private applyFirm(id: string, version: number, entity: Enterprise | null): MatchableEnterprise | null {
    if ((this.firmVersions.get(id) ?? -1) >= version) return this.index.get(id) ?? null;
    this.firmVersions.set(id, version);
    if (!entity) {
      this.index.remove(id);
      return null;
    }
    const matchable = compactMatchable(toMatchableEnterprise(entity));
    this.index.upsert(matchable);
    return matchable;
  }

  /** The firm's analysis at this version: from the index when it is current, else analysed (and indexed when newer). */
  matchable(enterprise: Enterprise): MatchableEnterprise {
    const known = this.firmVersions.get(enterprise.id);
    if (known === enterprise.version) {
      const indexed = this.index.get(enterprise.id);
      if (indexed) return indexed;
    }
    if (known === undefined || known < enterprise.version) return this.applyFirm(enterprise.id, enterprise.version, enterprise)!;
    return compactMatchable(toMatchableEnterprise(enterprise));
  }

  /** After the read model was replaced wholesale (a rebuild), no cached analysis can be trusted. */
  forgetAll(): void {
    this.profiles.clear();
    this.corpus = null;
    this.generation++;
    this.index = new EnterpriseIndex();
    this.firmVersions.clear();
    this.firms = null;
  }
}
