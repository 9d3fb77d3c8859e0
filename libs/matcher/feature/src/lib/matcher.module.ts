import { BeforeApplicationShutdown, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { auditControllerFor, ENTERPRISE_OWNERSHIP } from '@fhk/platform/audit';
import { PlatformConfig } from '@fhk/platform/config';
import { BUS_TRANSPORT, BusPublisher, BusTransport } from '@fhk/platform/bus';
import { ReliableConsumer } from '@fhk/platform/outbox';
import { PLATFORM_CONFIG, HealthRegistry, ServiceSearchModule, ServiceStoreModule } from '@fhk/platform/service-kit';
import { SEARCH_ENGINE, SearchEngine } from '@fhk/platform/search';
import { DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';
import { MatcherAdminController } from './admin/matcher-admin.controller';
import { MATCHER_CONSUMER_GROUP, MatcherEventsConsumer } from './read-model/matcher-events.consumer';
import { catchUpHealth } from './read-model/catch-up.health';
import { MATCHER_COLLECTIONS } from './read-model/read-model.collections';
import { ReadModelChanges } from './read-model/read-model-changes';
import { ReadModelProjections } from './read-model/read-model.projections';
import { ReadModelRepository } from './read-model/read-model.repository';
import { ReadModelRebuildService } from './read-model/read-model-rebuild.service';
import { ReadModelStaging } from './read-model/read-model-staging';
import { SEARCH_INDEX } from './search/search-document.mapper';
import { SearchIndexSync } from './search/search-index.sync';
import { SearchIndexSnapshots } from './search/search-index.snapshots';
import { SearchController } from './search/search.controller';
import { MatchController } from './matching/match.controller';
import { MatchingCorpusService } from './matching/matching-corpus.service';
import { MatchingCorpusSnapshots, MatchingFirmSnapshots } from './matching/matching-corpus.snapshots';
import { MatchingService } from './matching/matching.service';
import { FIRM_ANALYSER, FirmAnalyser, InThreadFirmAnalyser } from './firm-analysis/firm-analysis';
import { WorkerPoolFirmAnalyser } from './firm-analysis/firm-analysis.pool';
import { PreparedFirmAnalyses } from './firm-analysis/prepared-firm-analyses';
import { MATCH_FEEDBACK_COLLECTIONS } from './feedback/match-feedback.collections';
import { MatchFeedbackController } from './feedback/match-feedback.controller';
import { MatchFeedbackProjection } from './feedback/match-feedback.projection';
import { MatchFeedbackRepository } from './feedback/match-feedback.repository';
import { MatchFeedbackService } from './feedback/match-feedback.service';

/** A restore that synced more rows than this share of the index is saved again at once. */
const RESAVE_SHARE = 0.1;

class MatcherIndexBootstrap implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('MatcherIndex');
  /** A snapshot being written: shutdown waits for it (then writes the last one). */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly index: SearchIndexSync,
    private readonly snapshots: SearchIndexSnapshots,
    private readonly health: HealthRegistry,
    private readonly readModelRebuild: ReadModelRebuildService,
    @Inject(BUS_TRANSPORT) private readonly bus: BusTransport,
    private readonly consumer: ReliableConsumer,
  ) {}

  /** The index is a cache of the read model: restore or build it before the consumers start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.readModelRebuild.releaseAbandoned();
    await this.engine.ensureIndex(SEARCH_INDEX);
    const restored = await this.snapshots.restore();
    if (restored.problem) this.logger.log(`search index rebuilt (${restored.documents} documents, ${restored.ms} ms): ${restored.problem}`);
    // So that a crash before the next clean shutdown still starts from a recent snapshot.
    if (restored.from === 'rebuild' || restored.synced > RESAVE_SHARE * restored.documents) this.saveSnapshot();
    this.health.register('matcher:consumer', catchUpHealth(() => this.bus.lag(MATCHER_CONSUMER_GROUP, this.consumer.topics)));
    this.health.register('matcher:index', async () => {
      const status = await this.index.status();
      const { count } = status.quarantined;
      const quarantined = count > 0 ? `; ${count} refused by the index and quarantined (GET /api/matcher/index lists them)` : '';
      return {
        ok: true,
        detail: `${status.documents} documents (${status.enterprises} enterprises, ${status.opportunities} opportunities)${quarantined}`,
        counts: { documents: status.documents, quarantined: count },
      };
    });
  }

  /** Before the engine closes: the last snapshot, once any running save is done. */
  async beforeApplicationShutdown(): Promise<void> {
    this.saveSnapshot();
    await this.saving;
  }

  private saveSnapshot(): void {
    this.saving = this.saving.then(async () => {
      try {
        const saved = await this.snapshots.save();
        if (saved) this.logger.log(`search index snapshot saved: ${Math.round(saved.bytes / 2 ** 20)} MB in ${saved.ms} ms`);
      } catch (error) {
        this.logger.warn(`search index snapshot not saved: ${(error as Error).message}`);
      }
    });
  }
}

/** The firm analysis workers stop with the application (they are unref'd: a crash leaves nothing running either). */
@Injectable()
class FirmAnalysisShutdown implements OnApplicationShutdown {
  constructor(private readonly prepared: PreparedFirmAnalyses) {}

  async onApplicationShutdown(): Promise<void> {
    await this.prepared.close();
  }
}

/** The matcher service: read model from events, search index, search and admin endpoints. */
@Module({
  imports: [ServiceStoreModule.forService('matcher', [...MATCHER_COLLECTIONS, ...MATCH_FEEDBACK_COLLECTIONS]), ServiceSearchModule.forRoot()],
  controllers: [SearchController, MatchFeedbackController, MatchController, MatcherAdminController, MatcherEventsConsumer, auditControllerFor('matcher')],
  providers: [
    { provide: ENTERPRISE_OWNERSHIP, useExisting: ReadModelRepository },
    ReadModelChanges,
    SearchIndexSync,
    SearchIndexSnapshots,
    ReadModelProjections,
    ReadModelRepository,
    ReadModelStaging,
    ReadModelRebuildService,
    MatchingCorpusSnapshots,
    MatchingFirmSnapshots,
    MatchingCorpusService,
    MatchingService,
    MatchFeedbackRepository,
    MatchFeedbackService,
    MatchFeedbackProjection,
    {
      // Where imported and changed firms are analysed (ADR 0022): worker threads, or this one with 0.
      provide: FIRM_ANALYSER,
      inject: [PLATFORM_CONFIG],
      useFactory: (config: PlatformConfig): FirmAnalyser =>
        config.MATCHER_ANALYSIS_WORKERS > 0 ? new WorkerPoolFirmAnalyser(config.MATCHER_ANALYSIS_WORKERS) : new InThreadFirmAnalyser(),
    },
    PreparedFirmAnalyses,
    FirmAnalysisShutdown,
    {
      provide: ReliableConsumer,
      inject: [DOCUMENT_STORE, BusPublisher, PLATFORM_CONFIG, ReadModelProjections, MatchFeedbackProjection],
      useFactory: (store: DocumentStore, publisher: BusPublisher, config: PlatformConfig, projections: ReadModelProjections, feedback: MatchFeedbackProjection) => {
        const consumer = new ReliableConsumer(store, publisher, { group: MATCHER_CONSUMER_GROUP, maxAttempts: config.CONSUMER_MAX_ATTEMPTS });
        for (const projection of projections.all()) consumer.register(projection);
        consumer.register(feedback.projection());
        return consumer;
      },
    },
    MatcherIndexBootstrap,
  ],
})
export class MatcherModule {}
