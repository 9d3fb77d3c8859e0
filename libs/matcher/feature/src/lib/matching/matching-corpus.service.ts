import { Injectable } from '@nestjs/common';
import { Enterprise } from '@fhk/contracts';
import { setImmediate } from 'node:timers/promises';
import { MatchableEnterprise, OpportunityCorpus, OpportunityProfile, toMatchableEnterprise, toOpportunityProfile } from '@fhk/matcher/core';
import { ReadModelChange, ReadModelChanges } from '../read-model/read-model-changes';
import { ReadModelRepository } from '../read-model/read-model.repository';

/**
 * The matcher's in-memory view for scoring, derived from its read model: the analysed
 * opportunities (rebuilt when any changes) and each enterprise's analysis (cached per version).
 */
@Injectable()
export class MatchingCorpusService {
  private corpus: Promise<OpportunityCorpus> | null = null;
  private readonly enterprises = new Map<string, { version: number; matchable: MatchableEnterprise }>();
  /** Each opportunity's analysis, per read-model row and version: a change re-analyses only what changed. */
  private readonly profiles = new Map<string, { version: number; profile: OpportunityProfile | null }>();

  constructor(
    private readonly readModel: ReadModelRepository,
    changes: ReadModelChanges,
  ) {
    changes.subscribe((change) => this.onChange(change));
  }

  /** Follows the read model: opportunities re-analysed on next use; a firm analysed now, once per version. */
  private async onChange(change: ReadModelChange): Promise<void> {
    if (change.kind === 'opportunity') this.invalidateOpportunities();
    else if (change.kind === 'replaced') {
      this.invalidateOpportunities();
      this.forgetAll();
    } else {
      const current = await this.readModel.enterprise(change.id);
      if (current) this.matchable(current);
      else this.forget(change.id);
    }
  }

  /** Called after an opportunity changed: the next request analyses the corpus again. */
  invalidateOpportunities(): void {
    this.corpus = null;
  }

  opportunities(): Promise<OpportunityCorpus> {
    this.corpus ??= this.buildCorpus().catch((error) => {
      this.corpus = null;
      throw error;
    });
    return this.corpus;
  }

  /**
   * The corpus from the live rows, analysing only rows not seen at their version, and yielding to
   * the event loop between analyses (a cold start analyses every opportunity: never in one block).
   */
  private async buildCorpus(): Promise<OpportunityCorpus> {
    const rows = await this.readModel.liveOpportunities();
    const live = new Set<string>();
    const profiles: OpportunityProfile[] = [];
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
    return new OpportunityCorpus(profiles);
  }

  matchable(enterprise: Enterprise): MatchableEnterprise {
    const cached = this.enterprises.get(enterprise.id);
    if (cached?.version === enterprise.version) return cached.matchable;
    const matchable = toMatchableEnterprise(enterprise);
    this.enterprises.set(enterprise.id, { version: enterprise.version, matchable });
    return matchable;
  }

  forget(enterpriseId: string): void {
    this.enterprises.delete(enterpriseId);
  }

  /** After the read model was replaced wholesale (a rebuild), no cached analysis can be trusted. */
  forgetAll(): void {
    this.enterprises.clear();
    this.profiles.clear();
    this.corpus = null;
  }
}
