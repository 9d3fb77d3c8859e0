import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { Enterprise } from '@fhk/contracts';
import { DependencyHealth, HealthRegistry } from '@fhk/platform/service-kit';
import { StoredVersion } from '@fhk/platform/store';
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
import { PreparedFirmAnalyses } from '../firm-analysis/prepared-firm-analyses';
import { AnalysisSnapshots, FirmAnalyses, MatchingCorpusSnapshots, MatchingFirmSnapshots, RowAnalyses, RowAnalysis, SavedAnalysis } from './matching-corpus.snapshots';

/** Profiles added to a corpus being built between two turns of the event loop. */
const BUILD_CHUNK = 200;
/** A build that analysed more than this share of the rows saves the snapshot again at once. */
const RESAVE_SHARE = 0.1;
/** Firms taken from the firm snapshot between two turns of the event loop (an analysed firm yields after itself). */
const RESTORE_CHUNK = 500;

/** How the corpus was last built. */
interface CorpusBuild {
  rows: number;
  /** Rows analysed (the others took the analysis kept for their version: in memory or from the snapshot). */
  analysed: number;
  ms: number;
}

/** How the firm index was last loaded in full. */
type FirmLoad = CorpusBuild;

/**
 * The matcher's in-memory view for scoring, derived from its read model and kept in step with it
 * one change at a time:
 * - the opportunity corpus (with its inverted indexes), built from every live row on first use,
 *   then updated per changed row: a change costs one analysis, not a rebuild;
 * - the firm index (`EnterpriseIndex`): each live enterprise's analysis in compact form, indexed
 *   by concept and token, loaded on first use, then updated per changed firm.
 * Analyses are kept per read-model version: a redelivered or older change costs nothing.
 *
 * At start (ADR 0021) the corpus is built in the background, from the analyses of the corpus
 * snapshot where a row's version is the saved one; readiness (`matcher:corpus`) waits for it, so
 * no match after a start waits for it either. The snapshot is saved at shutdown, and after a build
 * that had to analyse more than a tenth of the rows. Once the corpus is built, the firm index is
 * loaded in the background too (readiness does not wait for it; an outreach list meanwhile waits
 * for that same load instead of starting another), taking the firm snapshot's analysis of each firm
 * whose version is the saved one. The firm snapshot is saved at shutdown once a full load has
 * finished since start (never a partial index) unless the index is still what the file holds, and
 * after a load that analysed more than a tenth of the firms.
 */
@Injectable()
export class MatchingCorpusService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchingCorpusService.name);
  private corpus: Promise<OpportunityCorpus> | null = null;
  /** Each opportunity row's version and analysis (null: not matchable, e.g. an area, or deleted). */
  private readonly profiles: RowAnalyses = new Map();
  /** Bumped by every change of `profiles`: the corpus snapshot is written only when it differs from the file. */
  private profilesRevision = 0;
  /** The revision of `profiles` the corpus snapshot on disk holds (null: unknown, or not what is here). */
  private profilesOnDisk: number | null = null;
  /** The last finished build of the corpus (null: none since start). */
  private built: CorpusBuild | null = null;
  /** Why the last build failed (the next request or readiness check starts another). */
  private failure: string | null = null;
  /** Set at application start: builds are then started ahead of requests, and snapshots kept. */
  private started = false;
  /** A snapshot being written: shutdown waits for it (then writes the last one). */
  private saving: Promise<void> = Promise.resolve();
  /** The snapshot's analyses being read at start: the first build waits for them. */
  private restoring: Promise<void> | null = null;
  private firms: Promise<EnterpriseIndex> | null = null;
  /** Set at shutdown: a firm load under way stops (its yields would keep the process alive for minutes at 10^5). */
  private stopping = false;
  private index = new EnterpriseIndex();
  /** Bumped when the read model is replaced: a load still running for the old one stops. */
  private generation = 0;
  /** The newest version applied to the firm index per enterprise id, tombstones included. */
  private readonly firmVersions = new Map<string, number>();
  /** The firm snapshot's analyses, until the firm index's load has taken them. */
  private savedFirms: FirmAnalyses = new Map();
  /** The firm snapshot being read at start: the firm load waits for it. */
  private restoringFirms: Promise<void> | null = null;
  /** The last full load of the firm index since start (null: none, the index may be partial). */
  private firmsLoaded: FirmLoad | null = null;
  /** The firm index as the firm snapshot on disk holds it (index and revision): shutdown need not write it again. */
  private firmsOnDisk: { index: EnterpriseIndex; revision: number } | null = null;

  constructor(
    private readonly readModel: ReadModelRepository,
    changes: ReadModelChanges,
    @Optional() private readonly snapshots: MatchingCorpusSnapshots = new MatchingCorpusSnapshots(),
    @Optional() private readonly health?: HealthRegistry,
    @Optional() private readonly firmSnapshots: MatchingFirmSnapshots = new MatchingFirmSnapshots(),
    @Optional() private readonly prepared?: PreparedFirmAnalyses,
  ) {
    changes.subscribe((change) => this.onChange(change));
  }

  /** The corpus from the snapshot and the read model, in the background; readiness waits for it. */
  async onApplicationBootstrap(): Promise<void> {
    this.started = true;
    this.health?.register('matcher:corpus', () => this.corpusHealth());
    this.restoring = this.restoreAnalyses();
    this.restoringFirms = this.restoreFirms();
    void this.warm();
  }

  /**
   * The last snapshot, once any running save is done. Not before the first build since start has
   * finished: until then the analyses here are only part of what the snapshot on disk holds. The
   * same for the firm snapshot and the firm index's first full load.
   */
  async beforeApplicationShutdown(): Promise<void> {
    // A firm index still loading ahead stops at its next firm, so the process can exit.
    this.stopping = true;
    if (this.built && this.profilesOnDisk !== this.profilesRevision) this.saveSnapshot();
    if (this.firmsLoaded && !this.firmsSavedAsTheyAre()) this.saveFirmSnapshot();
    await this.saving;
  }

  /** The firm snapshot's analyses, for the firm load to take where a row's version is the saved one. */
  private async restoreFirms(): Promise<void> {
    const analyses = await this.readSnapshot(this.firmSnapshots, 'firm index loaded without a snapshot');
    if (analyses) this.savedFirms = analyses;
  }

  /** The snapshot's analyses, for the rows not already known here (a change applied meanwhile is newer). */
  private async restoreAnalyses(): Promise<void> {
    const analyses = await this.readSnapshot(this.snapshots, 'matching corpus built without a snapshot');
    let taken = 0;
    for (const [id, analysis] of analyses ?? []) {
      if (this.profiles.has(id)) continue;
      this.setProfile(id, analysis);
      taken++;
    }
    // What the file holds, unless a change applied meanwhile was newer.
    if (analyses && taken === analyses.size && this.profiles.size === taken) this.profilesOnDisk = this.profilesRevision;
  }

  private setProfile(id: string, analysis: RowAnalysis): void {
    this.profiles.set(id, analysis);
    this.profilesRevision++;
  }

  /** A snapshot's analyses; null (saying why when snapshots are on) when there are none or the read model was replaced meanwhile. */
  private async readSnapshot<T>(snapshots: AnalysisSnapshots<T>, without: string): Promise<Map<string, SavedAnalysis<T>> | null> {
    const generation = this.generation;
    const restored = await snapshots.load().catch((error: Error) => ({ problem: `cannot be read: ${error.message}` }));
    if (generation !== this.generation) return null;
    if ('analyses' in restored) return restored.analyses;
    if (snapshots.enabled) this.logger.log(`${without}: ${restored.problem}`);
    return null;
  }

  /** Writes a snapshot after any save already queued (shutdown waits for `saving`); a failure is logged, and `onFailure` told. */
  private queueSave<T>(snapshots: AnalysisSnapshots<T>, analyses: Iterable<[string, SavedAnalysis<T>]>, what: string, onFailure?: () => void): void {
    this.saving = this.saving.then(async () => {
      try {
        const saved = await snapshots.save(analyses);
        if (saved) this.logger.log(`${what} saved: ${saved.rows} analyses, ${Math.round(saved.bytes / 2 ** 20)} MB`);
      } catch (error) {
        this.logger.warn(`${what} not saved: ${(error as Error).message}`);
        onFailure?.();
      }
    });
  }

  private async warm(): Promise<void> {
    await this.opportunities().catch(() => undefined);
    const build = this.built;
    if (build) {
      this.logger.log(`matching corpus ready: ${build.rows} opportunities, ${build.analysed} analysed, ${build.ms} ms`);
      // So that a crash before the next clean shutdown still starts from a recent snapshot.
      if (build.analysed > RESAVE_SHARE * build.rows) this.saveSnapshot();
    }
    await this.loadFirmsAhead();
  }

  /**
   * The firm index loaded ahead of the first outreach list, after the corpus (matches come first);
   * readiness does not wait for it, and an outreach request meanwhile waits for this same load.
   */
  private async loadFirmsAhead(): Promise<void> {
    const started = Date.now();
    const generation = this.generation;
    try {
      const index = await this.enterprises();
      const load = this.firmsLoaded;
      if (generation !== this.generation || !load) return;
      this.logger.log(`firm index ready: ${index.size} firms, ${load.analysed} analysed, ${Date.now() - started} ms`);
      // As for the corpus; not once stopping (shutdown saves it, or has already).
      if (!this.stopping && load.analysed > RESAVE_SHARE * load.rows) this.saveFirmSnapshot();
    } catch (error) {
      // The next outreach request loads it again.
      this.logger.warn(`firm index not loaded ahead: ${(error as Error).message}`);
    }
  }

  private saveSnapshot(): void {
    if (!this.snapshots.enabled) return;
    const revision = this.profilesRevision;
    this.profilesOnDisk = revision;
    this.queueSave(this.snapshots, this.profiles, 'matching corpus snapshot', () => {
      if (this.profilesOnDisk === revision) this.profilesOnDisk = null;
    });
  }

  private firmsSavedAsTheyAre(): boolean {
    return this.firmsOnDisk?.index === this.index && this.firmsOnDisk.revision === this.index.revision;
  }

  /** The firm index's analyses as they are now (after a full load: every live firm at its version). */
  private saveFirmSnapshot(): void {
    if (!this.firmSnapshots.enabled) return;
    const onDisk = { index: this.index, revision: this.index.revision };
    this.firmsOnDisk = onDisk;
    const firms: FirmAnalyses = new Map();
    for (const [id, version] of this.firmVersions) {
      const matchable = this.index.get(id);
      if (matchable) firms.set(id, { version, profile: matchable });
    }
    this.queueSave(this.firmSnapshots, firms, 'firm snapshot', () => {
      if (this.firmsOnDisk === onDisk) this.firmsOnDisk = null;
    });
  }

  /**
   * Ready once the corpus has been built since start, so a match is answered in request time;
   * afterwards changes are applied one at a time and it stays ready (also while the corpus is built
   * again after a read-model rebuild). A failed first build is started again by the next check.
   */
  private async corpusHealth(): Promise<DependencyHealth> {
    if (this.built) return { ok: true, detail: `${this.built.rows} opportunities (built in ${this.built.ms} ms, ${this.built.analysed} analysed)`, counts: { opportunities: this.built.rows } };
    if (!this.corpus) void this.opportunities().catch(() => undefined);
    return { ok: false, detail: this.failure ? `building again after a failure: ${this.failure}` : 'being built after start' };
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
      building.catch((error: Error) => {
        this.failure = error.message;
        if (this.corpus === building) this.corpus = null;
      });
    }
    return this.corpus;
  }

  /**
   * The corpus from the live rows, analysing only rows not seen at their version, and yielding to
   * the event loop between analyses and between chunks of the corpus' indexes (a cold start
   * analyses every opportunity: never in one block).
   */
  private async buildCorpus(): Promise<OpportunityCorpus> {
    const started = Date.now();
    if (this.restoring) await this.restoring;
    this.restoring = null;
    const generation = this.generation;
    const rows = await this.readModel.liveOpportunities();
    const profiles: OpportunityProfile[] = [];
    const live = new Set<string>();
    let analysed = 0;
    for (const row of rows) {
      live.add(row.id);
      let cached = this.profiles.get(row.id);
      if (cached?.version !== row.version) {
        cached = { version: row.version, profile: toOpportunityProfile(row.entity!) };
        this.setProfile(row.id, cached);
        analysed++;
        await setImmediate();
      }
      if (cached.profile) profiles.push(cached.profile);
    }
    for (const id of this.profiles.keys()) {
      if (live.has(id)) continue;
      this.profiles.delete(id);
      this.profilesRevision++;
    }
    // The same corpus as `new OpportunityCorpus(profiles, …)`, which adds them one by one too.
    const corpus = new OpportunityCorpus([], { orderByKey: true });
    for (let i = 0; i < profiles.length; i++) {
      corpus.upsert(profiles[i]);
      if (i % BUILD_CHUNK === BUILD_CHUNK - 1) await setImmediate();
    }
    corpus.postings();
    if (generation === this.generation) {
      this.built = { rows: rows.length, analysed, ms: Date.now() - started };
      this.failure = null;
    }
    return corpus;
  }

  private applyOpportunity(corpus: OpportunityCorpus, row: OpportunityRow): void {
    const cached = this.profiles.get(row.id);
    if (cached && cached.version >= row.version) return;
    const profile = row.deleted || !row.entity ? null : toOpportunityProfile(row.entity);
    this.setProfile(row.id, { version: row.version, profile });
    if (profile) corpus.upsert(profile);
    else corpus.remove(row.type, row.entityId);
  }

  /** How the firm index was last loaded in full: firms, how many analysed (the others from the firm snapshot), ms. Null: not since start or since a rebuild. */
  get lastFirmLoad(): Readonly<FirmLoad> | null {
    return this.firmsLoaded;
  }

  /** Every live enterprise analysed and indexed (loaded after start or on first use, then kept in step). */
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

  /**
   * Every live firm into the index: the firm snapshot's analysis where the row's version is the
   * saved one, else analysed (yielding after each analysis, and every few hundred restored firms).
   */
  private async loadFirms(): Promise<EnterpriseIndex> {
    const started = Date.now();
    if (this.restoringFirms) await this.restoringFirms;
    this.restoringFirms = null;
    const generation = this.generation;
    const index = this.index;
    let rows = 0;
    let analysed = 0;
    let restored = 0;
    // In pages of ids and versions: a firm whose saved analysis is at its row's version is restored
    // without its row being read; only the others' rows are read (and only a page of them at a time:
    // the parsed rows of 10^5 firms, all held until the end of the load, were most of its peak heap).
    for await (const page of this.readModel.enterpriseVersionPages()) {
      const unsaved = page.filter((entry) => this.newerThanIndexed(entry) && this.savedFirms.get(entry.id)?.version !== entry.version).map(({ id }) => id);
      const read = new Map((await this.readModel.enterpriseRowsOf(unsaved)).map((row) => [row.id, row]));
      // In id order, as the rows were read before: the index's slots are the same as a fresh load's.
      for (const entry of page) {
        if (generation !== this.generation || this.stopping) return index;
        // A change handled meanwhile (a newer version, a deletion) wins over the row read here.
        if (!this.newerThanIndexed(entry)) {
          rows++;
          continue;
        }
        const saved = this.savedFirms.get(entry.id);
        if (saved?.version === entry.version) {
          rows++;
          this.firmVersions.set(entry.id, entry.version);
          index.upsert(saved.profile);
          if (++restored % RESTORE_CHUNK === 0) await setImmediate();
          continue;
        }
        const row = read.get(entry.id);
        if (!row || row.deleted) continue;
        rows++;
        if ((this.firmVersions.get(row.id) ?? -1) >= row.version) continue;
        this.applyFirm(row.id, row.version, row.entity);
        analysed++;
        await setImmediate();
      }
    }
    // Every saved analysis taken and none made: the file holds this index as it is.
    if (analysed === 0 && restored === this.savedFirms.size && index.size === restored) this.firmsOnDisk = { index, revision: index.revision };
    this.savedFirms = new Map();
    this.firmsLoaded = { rows, analysed, ms: Date.now() - started };
    return index;
  }

  /** A row version the firm index has not handled yet (a tombstone without a version never is). */
  private newerThanIndexed(entry: StoredVersion): entry is { id: string; version: number } {
    return entry.version !== null && (this.firmVersions.get(entry.id) ?? -1) < entry.version;
  }

  private applyFirm(id: string, version: number, entity: Enterprise | null): MatchableEnterprise | null {
    if ((this.firmVersions.get(id) ?? -1) >= version) return this.index.get(id) ?? null;
    this.firmVersions.set(id, version);
    if (!entity) {
      this.index.remove(id);
      return null;
    }
    // Analysed ahead with its batch when it came through the consumer (ADR 0022): the same analysis.
    const matchable = compactMatchable(this.prepared?.takeMatchable(entity) ?? toMatchableEnterprise(entity));
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
    this.profilesRevision++;
    this.profilesOnDisk = null;
    this.corpus = null;
    this.generation++;
    this.index = new EnterpriseIndex();
    this.firmVersions.clear();
    this.firms = null;
    this.savedFirms = new Map();
    this.restoringFirms = null;
    this.firmsLoaded = null;
    this.firmsOnDisk = null;
    // After start the new corpus is built ahead of the next match (readiness, once reached, stays),
    // then the firm index ahead of the next outreach list.
    if (this.started) void this.opportunities().catch(() => undefined).then(() => this.loadFirmsAhead());
  }
}
