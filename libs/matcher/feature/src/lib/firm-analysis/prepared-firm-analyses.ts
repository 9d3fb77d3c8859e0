import { Inject, Injectable, Optional } from '@nestjs/common';
import { Enterprise } from '@fhk/contracts';
import { MatchableEnterprise } from '@fhk/matcher/core';
import { MatcherSearchDocument } from '../search/search-document.mapper';
import { FIRM_ANALYSER, FirmAnalyser, FirmAnalysis, InThreadFirmAnalyser, withProfile } from './firm-analysis';

/** Analyses prepared this many `prepare` calls ago and still not taken are dropped (a change that wrote nothing never takes them). */
const KEPT_PREPARATIONS = 4;

/**
 * The firms of an enterprise batch, analysed before the batch is applied (ADR 0022): the consumer
 * calls `prepare` with a batch's changes, the `FirmAnalyser` (worker threads, or this thread)
 * analyses them all at once, and the projection (search document) and the firm index (matching
 * analysis) take each firm's halves by id and version instead of analysing it on the event loop.
 * Only an optimisation: what is not here (a failed worker, a firm the analysis threw on, an event
 * not prepared) is analysed where it is needed, as before, to the same result.
 */
@Injectable()
export class PreparedFirmAnalyses {
  private readonly prepared = new Map<string, { analysis: FirmAnalysis; preparation: number }>();
  private preparations = 0;

  constructor(@Optional() @Inject(FIRM_ANALYSER) private readonly analyser: FirmAnalyser = new InThreadFirmAnalyser()) {}

  /**
   * Whether preparing pays: with the in-thread adapter (the default) analysing a batch ahead is the
   * same work on the same thread, plus firms a redelivery or a replay would skip as not newer.
   */
  get worthPreparing(): boolean {
    return this.analyser.offThread;
  }

  /** Analyses these firms (the newest version of each, live ones only); never throws. */
  async prepare(firms: readonly Enterprise[]): Promise<void> {
    const preparation = ++this.preparations;
    for (const [key, entry] of this.prepared) if (entry.preparation <= preparation - KEPT_PREPARATIONS) this.prepared.delete(key);
    const wanted = firms.filter((firm) => !this.prepared.has(keyOf(firm.id, firm.version)));
    if (wanted.length === 0) return;
    let analyses: FirmAnalysis[];
    try {
      analyses = await this.analyser.analyse(wanted);
    } catch {
      return; // analysed where needed instead
    }
    for (const analysis of analyses) this.prepared.set(keyOf(analysis.id, analysis.version), { analysis, preparation });
  }

  /** The firm's search document at this version, if prepared (a later call gets it again until the matching half is taken). */
  searchDocument(firm: Enterprise): MatcherSearchDocument | null {
    return this.prepared.get(keyOf(firm.id, firm.version))?.analysis.searchDocument ?? null;
  }

  /** The firm's matching analysis at this version, if prepared (`toMatchableEnterprise` but for index tokens); the firm's entry is done with. */
  takeMatchable(firm: Enterprise): MatchableEnterprise | null {
    const key = keyOf(firm.id, firm.version);
    const matchable = this.prepared.get(key)?.analysis.matchable;
    this.prepared.delete(key);
    return matchable ? withProfile(matchable, firm) : null;
  }

  /** How many firms' analyses are held (for tests). */
  get size(): number {
    return this.prepared.size;
  }

  close(): Promise<void> {
    this.prepared.clear();
    return this.analyser.close();
  }
}

const keyOf = (id: string, version: number): string => `${version}:${id}`;
