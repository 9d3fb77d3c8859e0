import { Inject, Injectable, Optional } from '@nestjs/common';
import { join, resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { types } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { CalendarEvent, LocalizedText } from '@fhk/contracts';
import { PlatformConfig } from '@fhk/platform/config';
import { PLATFORM_CONFIG } from '@fhk/platform/service-kit';
import { decodeSnapshot, encodeSnapshot, readSnapshotFile, writeSnapshotFile } from '@fhk/shared/util';
import { analyzeText, classifyOpportunityText, OpportunityProfile, toOpportunityProfile } from '@fhk/matcher/core';
import { fingerprintOf, taxonomyLabels } from '../search/stored-search-document';

/** One opportunity row's analysis at the version it was made from (null: not matchable, e.g. an area). */
export interface RowAnalysis {
  version: number;
  profile: OpportunityProfile | null;
}

/** Read-model row id -> its analysis. */
export type RowAnalyses = Map<string, RowAnalysis>;

/** Bump when `toOpportunityProfile`'s output changes in a way the fingerprint's probes cannot show. */
const CORPUS_SNAPSHOT_FORMAT = 1;
/** Rows per serialised chunk: loading and saving yield to the event loop between chunks. */
const CHUNK_ROWS = 500;
const FILE_NAME = 'matcher-corpus.snapshot';

const text = (zhHant: string, zhHans: string, en: string): LocalizedText => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en });
const PROBE_EVENT: CalendarEvent = {
  id: 'fingerprint-probe',
  slug: 'fingerprint-probe',
  kind: 'calendar-event',
  version: 1,
  eventType: 'fair',
  name: text('香港國際茶展 (SAMPLE)', '香港国际茶展 (SAMPLE)', 'Hong Kong International Tea Fair (SAMPLE)'),
  summary: text('安溪鐵觀音、石材、資金池及跨境稅務', '安溪铁观音、石材、资金池及跨境税务', 'Tea, stone, cash pooling, cross-border tax and trademarks for ASEAN buyers'),
  organiser: text('香港貿發局', '香港贸发局', 'HKTDC'),
  city: text('香港', '香港', 'Hong Kong'),
  venue: text('灣仔會展', '湾仔会展', 'Wan Chai'),
  tags: { industries: ['tea'], needs: ['exhibit-find-buyers'], markets: ['asean'], audiences: ['exhibitors'], serves: ['fujian-going-out'] },
  measures: [],
  officialUrl: null,
  sample: true,
  tentative: false,
  notes: null,
  requires: [],
  recurrence: { frequency: 'annual', usualMonth: 8 },
  nextEdition: null,
};

let fingerprint: string | null = null;

/**
 * What an opportunity's analysis depends on, as a short hash: the format number, the analysis of a
 * probe event, and the opportunity classification and text analysis of every taxonomy label (the
 * dictionary's concepts in three languages). A change of analysis code or dictionary changes it,
 * and a snapshot made with the old one is not used. `v8.serialize` of the probe (Maps and Sets as
 * they are) also changes with the serialiser's version, which the file format depends on.
 */
export function corpusAnalysisFingerprint(): string {
  if (!fingerprint) {
    const labels = taxonomyLabels();
    const tokens = analyzeText(labels.join('\n')).tokens.map((t) => `${t.kind}:${t.text}`);
    fingerprint = fingerprintOf(serialize([CORPUS_SNAPSHOT_FORMAT, toOpportunityProfile(PROBE_EVENT), classifyOpportunityText(labels), tokens]));
  }
  return fingerprint;
}

interface SnapshotBody {
  kind: 'matcher-corpus';
  fingerprint: string;
  /** Each a `v8.serialize`d array of `[rowId, version, profile]`. */
  chunks: Buffer[];
}

function bodyProblem(body: unknown): string | null {
  const candidate = body as Partial<SnapshotBody> | null;
  if (!candidate || candidate.kind !== 'matcher-corpus' || !Array.isArray(candidate.chunks)) return 'not a corpus snapshot';
  if (candidate.fingerprint !== corpusAnalysisFingerprint()) return 'snapshot of another analysis';
  if (!candidate.chunks.every((c) => types.isUint8Array(c))) return 'not a corpus snapshot';
  return null;
}

/**
 * The matcher's opportunity analyses across restarts (ADR 0021): `DATA_DIR/matcher-corpus.snapshot`
 * holds, for every opportunity row analysed, its read-model version and its `OpportunityProfile`.
 * It is only a head start: at start each row of the read model whose version equals the saved one
 * takes the saved analysis, every other row is analysed again (`MatchingCorpusService`), so the
 * corpus is what analysing every row would give. Missing, corrupt, truncated or of another
 * analysis: nothing is used, every row is analysed. Kept where the search index keeps its snapshot
 * (`SEARCH_SNAPSHOT`, SQLite store), or in a directory given to `inDirectory` (tests, tools).
 */
@Injectable()
export class MatchingCorpusSnapshots {
  private readonly file: string | null;

  constructor(@Optional() @Inject(PLATFORM_CONFIG) config?: Pick<PlatformConfig, 'DATA_DIR' | 'SEARCH_SNAPSHOT' | 'STORE_ADAPTER'>) {
    this.file = config?.SEARCH_SNAPSHOT && config.STORE_ADAPTER === 'sqlite' ? join(resolve(config.DATA_DIR), FILE_NAME) : null;
  }

  static inDirectory(directory: string): MatchingCorpusSnapshots {
    return new MatchingCorpusSnapshots({ DATA_DIR: directory, SEARCH_SNAPSHOT: true, STORE_ADAPTER: 'sqlite' });
  }

  get enabled(): boolean {
    return this.file !== null;
  }

  /** The saved analyses, or why there are none; yields to the event loop between chunks. */
  async load(): Promise<{ analyses: RowAnalyses } | { problem: string }> {
    if (!this.file) return { problem: 'corpus snapshots are off' };
    const bytes = await readSnapshotFile(this.file);
    if (!bytes) return { problem: 'no corpus snapshot yet' };
    const decoded = decodeSnapshot(bytes);
    if ('problem' in decoded) return decoded;
    const problem = bodyProblem(decoded.body);
    if (problem) return { problem };
    const analyses: RowAnalyses = new Map();
    try {
      for (const chunk of (decoded.body as SnapshotBody).chunks) {
        for (const [id, version, profile] of deserialize(chunk) as Array<[string, number, OpportunityProfile | null]>) analyses.set(id, { version, profile });
        await setImmediate();
      }
    } catch (error) {
      return { problem: `cannot be deserialised: ${(error as Error).message}` };
    }
    return { analyses };
  }

  /**
   * Saves the analyses as they are now: the entries are copied at once (analyses are immutable, a
   * new version is a new object), then serialised a chunk at a time. Null when snapshots are off.
   */
  async save(analyses: ReadonlyMap<string, RowAnalysis>): Promise<{ rows: number; bytes: number } | null> {
    if (!this.file) return null;
    const rows = [...analyses].map(([id, { version, profile }]) => [id, version, profile] as const);
    const chunks: Buffer[] = [];
    for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
      chunks.push(serialize(rows.slice(i, i + CHUNK_ROWS)));
      await setImmediate();
    }
    const body: SnapshotBody = { kind: 'matcher-corpus', fingerprint: corpusAnalysisFingerprint(), chunks };
    const bytes = await writeSnapshotFile(this.file, encodeSnapshot(body));
    return { rows: rows.length, bytes };
  }
}
