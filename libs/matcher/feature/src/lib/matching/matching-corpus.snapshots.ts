import { Inject, Injectable, Optional } from '@nestjs/common';
import { join, resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { types } from 'node:util';
import { CalendarEvent, LocalizedText } from '@fhk/contracts';
import { PlatformConfig } from '@fhk/platform/config';
import { PLATFORM_CONFIG } from '@fhk/platform/service-kit';
import { encodeSnapshotRecord, readSnapshotFile, snapshotParts, writeSnapshotFile } from '@fhk/shared/util';
import { Enterprise } from '@fhk/contracts';
import {
  analyzeText,
  classifyEnterprise,
  classifyOpportunityText,
  compactMatchable,
  MatchableEnterprise,
  OpportunityProfile,
  toMatchableEnterprise,
  toOpportunityProfile,
  withSharedTokens,
} from '@fhk/matcher/core';
import { fingerprintOf, taxonomyLabels } from '../search/stored-search-document';

/** One read-model row's analysis at the version it was made from. */
export interface SavedAnalysis<T> {
  version: number;
  profile: T;
}

/** One opportunity row's analysis at its version (null: not matchable, e.g. an area). */
export type RowAnalysis = SavedAnalysis<OpportunityProfile | null>;

/** Read-model row id -> its analysis. */
export type RowAnalyses = Map<string, RowAnalysis>;

/** One enterprise row's analysis (`compactMatchable(toMatchableEnterprise(...))`) at its version. */
export type FirmAnalysis = SavedAnalysis<MatchableEnterprise>;

/** Enterprise id -> its analysis. */
export type FirmAnalyses = Map<string, FirmAnalysis>;

/** Bump when `toOpportunityProfile`'s output changes in a way the fingerprint's probes cannot show. */
const CORPUS_SNAPSHOT_FORMAT = 2;
/** Rows per serialised chunk: loading and saving yield to the event loop between chunks. */
const CHUNK_ROWS = 500;
/**
 * Bump when `toMatchableEnterprise` or `compactMatchable` change in a way the fingerprint's probes cannot show.
 * 2: an analysis keeps the profile's `FirmProfile` fields only, not the whole entity.
 * 3: a money word yields to a clause the classifier is sure means another need, and a place inside an
 * audience term (廈門港青) is no product or keyword term (ADR 0011, thirteenth amendment): the probe shows neither.
 */
const FIRMS_SNAPSHOT_FORMAT = 3;

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

const PROBE_FIRM: Enterprise = {
  id: 'fingerprint-probe',
  version: 1,
  name: '廈門茶石貿易有限公司 (SAMPLE)',
  city: '廈門',
  industry: '茶葉、石材',
  products: '安溪鐵觀音, granite slabs, 玩具',
  needs: '參展找買家、跨境稅務、商標註冊',
  markets: 'ASEAN, 香港',
  employees: 20,
  language: null,
  outreachConsent: true,
  ownerId: null,
  contact: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** The text analysis of every taxonomy label (the dictionary's concepts in three languages). */
const labelTokens = (labels: readonly string[]) => analyzeText(labels.join('\n')).tokens.map((t) => `${t.kind}:${t.text}`);

/**
 * An analysis as JSON-able data, the same for equal analyses: Maps, Sets and typed arrays become
 * tagged arrays in their order. Not `v8.serialize` bytes, which differ for equal analyses with
 * what the analysis cache held: a shared object is written once and then referenced, and a string
 * is written one- or two-byte as V8 holds it (a Latin word sliced out of a Chinese text is two-byte).
 */
export function canonical(value: unknown): unknown {
  if (types.isMap(value)) return ['Map', [...(value as Map<unknown, unknown>)].map(([k, v]) => [canonical(k), canonical(v)])];
  if (types.isSet(value)) return ['Set', [...(value as Set<unknown>)].map(canonical)];
  if (ArrayBuffer.isView(value)) return ['TypedArray', value.constructor.name, Array.from(value as unknown as ArrayLike<number>)];
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value === undefined ? null : value;
}

/** The hash of what an analysis depends on, the same whatever the analysis cache held. */
export const analysisFingerprint = (parts: readonly unknown[]): string => fingerprintOf(JSON.stringify(canonical(parts)));

let corpusFingerprint: string | null = null;
let firmsFingerprint: string | null = null;

/**
 * What an opportunity's analysis depends on, as a short hash: the format number, the analysis of a
 * probe event, and the opportunity classification and text analysis of every taxonomy label (the
 * dictionary's concepts in three languages). A change of analysis code or dictionary changes it,
 * and a snapshot made with the old one is not used. `v8.serialize` of the probe (Maps and Sets as
 * they are) also changes with the serialiser's version, which the file format depends on.
 */
export function corpusAnalysisFingerprint(): string {
  if (!corpusFingerprint) {
    const labels = taxonomyLabels();
    corpusFingerprint = analysisFingerprint([CORPUS_SNAPSHOT_FORMAT, toOpportunityProfile(PROBE_EVENT), classifyOpportunityText(labels), labelTokens(labels)]);
  }
  return corpusFingerprint;
}

/**
 * What a firm's kept analysis depends on, the same way: the format number, the compact analysis of
 * a probe enterprise, the enterprise classification of a probe whose products are every taxonomy
 * label, and those labels' text analysis.
 */
export function firmAnalysisFingerprint(): string {
  if (!firmsFingerprint) {
    const labels = taxonomyLabels();
    const probe = compactMatchable(toMatchableEnterprise(PROBE_FIRM));
    firmsFingerprint = analysisFingerprint([FIRMS_SNAPSHOT_FORMAT, probe, classifyEnterprise({ ...PROBE_FIRM, products: labels.join('\n') }), labelTokens(labels)]);
  }
  return firmsFingerprint;
}

/** What tells one kind of analysis snapshot from another. */
interface SnapshotKind {
  /** In the file's body, and in its file name `<kind>.snapshot`. */
  kind: 'matcher-corpus' | 'matcher-firms';
  /** In messages: "not a corpus snapshot", "firm snapshots are off". */
  noun: string;
  fingerprint: () => string;
  /** What a deserialised analysis becomes before it is handed out (default: itself). */
  restored?: (analysis: never) => unknown;
}

// A restored opportunity's token strings are its own: shared again with the others' (`withSharedTokens`).
const CORPUS_KIND: SnapshotKind = { kind: 'matcher-corpus', noun: 'corpus', fingerprint: corpusAnalysisFingerprint, restored: (p: OpportunityProfile | null) => p && withSharedTokens(p) };
// A restored firm shares nothing with any other (each chunk is deserialised apart): compacting it
// again shares its parts with the other firms' (`compactMatchable`; deep-equal to what was saved).
const FIRMS_KIND: SnapshotKind = { kind: 'matcher-firms', noun: 'firm', fingerprint: firmAnalysisFingerprint, restored: (m: MatchableEnterprise) => compactMatchable(m) };

type SnapshotConfig = Pick<PlatformConfig, 'DATA_DIR' | 'SEARCH_SNAPSHOT' | 'STORE_ADAPTER'>;
const IN_DIRECTORY = (directory: string): SnapshotConfig => ({ DATA_DIR: directory, SEARCH_SNAPSHOT: true, STORE_ADAPTER: 'sqlite' });

/** The file's first record; every other is an array of up to `CHUNK_ROWS` `[rowId, version, analysis]`. */
interface SnapshotHead {
  kind: SnapshotKind['kind'];
  fingerprint: string;
}

function headProblem(head: unknown, kind: SnapshotKind): string | null {
  const candidate = head as Partial<SnapshotHead> | null;
  if (!candidate || candidate.kind !== kind.kind) return `not a ${kind.noun} snapshot`;
  if (candidate.fingerprint !== kind.fingerprint()) return 'snapshot of another analysis';
  return null;
}

/**
 * Row analyses across restarts (ADR 0021), one file per kind in the data directory: for every row
 * analysed, its read-model version and its analysis. It is only a head start: at start each row of
 * the read model whose version equals the saved one takes the saved analysis, every other row is
 * analysed again (`MatchingCorpusService`), so what is built is what analysing every row would give.
 * Missing, corrupt, truncated or of another analysis: nothing is used, every row is analysed. Kept
 * where the search index keeps its snapshot (`SEARCH_SNAPSHOT`, SQLite store).
 */
export class AnalysisSnapshots<T> {
  private readonly file: string | null;

  protected constructor(
    private readonly kind: SnapshotKind,
    config?: SnapshotConfig,
  ) {
    this.file = config?.SEARCH_SNAPSHOT && config.STORE_ADAPTER === 'sqlite' ? join(resolve(config.DATA_DIR), `${kind.kind}.snapshot`) : null;
  }

  get enabled(): boolean {
    return this.file !== null;
  }

  /** The saved analyses, or why there are none; yields to the event loop between chunks. */
  async load(): Promise<{ analyses: Map<string, SavedAnalysis<T>> } | { problem: string }> {
    if (!this.file) return { problem: `${this.kind.noun} snapshots are off` };
    const analyses = new Map<string, SavedAnalysis<T>>();
    const restored = (this.kind.restored ?? ((analysis: T) => analysis)) as (analysis: T) => T;
    const read = await readSnapshotFile(this.file, async (record, index) => {
      if (index === 0) {
        const problem = headProblem(record, this.kind);
        if (problem) throw new Error(problem);
        return;
      }
      if (!Array.isArray(record)) throw new Error(`not a ${this.kind.noun} snapshot`);
      for (const [id, version, profile] of record as Array<[string, number, T]>) analyses.set(id, { version, profile: restored(profile) });
      await setImmediate();
    });
    if (!read) return { problem: `no ${this.kind.noun} snapshot yet` };
    if ('problem' in read) return read;
    if (read.records === 0) return { problem: `not a ${this.kind.noun} snapshot` };
    return { analyses };
  }

  /**
   * Saves the analyses as they are now: the entries are copied at once (analyses are immutable, a
   * new version is a new object), then serialised a chunk at a time. Null when snapshots are off.
   */
  async save(analyses: Iterable<[string, SavedAnalysis<T>]>): Promise<{ rows: number; bytes: number } | null> {
    if (!this.file) return null;
    const rows = [...analyses].map(([id, { version, profile }]) => [id, version, profile] as const);
    const head: SnapshotHead = { kind: this.kind.kind, fingerprint: this.kind.fingerprint() };
    const parts = encodeSnapshotRecord(head);
    for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
      parts.push(...encodeSnapshotRecord(rows.slice(i, i + CHUNK_ROWS)));
      await setImmediate();
    }
    return { rows: rows.length, bytes: await writeSnapshotFile(this.file, snapshotParts(parts)) };
  }
}

/**
 * The opportunity corpus' analyses (`OpportunityProfile`, null for a row that is not matchable) in
 * `DATA_DIR/matcher-corpus.snapshot`; or in a directory given to `inDirectory` (tests, tools).
 */
@Injectable()
export class MatchingCorpusSnapshots extends AnalysisSnapshots<OpportunityProfile | null> {
  constructor(@Optional() @Inject(PLATFORM_CONFIG) config?: SnapshotConfig) {
    super(CORPUS_KIND, config);
  }

  static inDirectory(directory: string): MatchingCorpusSnapshots {
    return new MatchingCorpusSnapshots(IN_DIRECTORY(directory));
  }
}

/**
 * The firm index's analyses (each live enterprise's `MatchableEnterprise` in compact form: plain
 * objects, arrays, Maps and Sets, which `v8.serialize` keeps exactly) in
 * `DATA_DIR/matcher-firms.snapshot`; or in a directory given to `inDirectory` (tests, tools).
 */
@Injectable()
export class MatchingFirmSnapshots extends AnalysisSnapshots<MatchableEnterprise> {
  constructor(@Optional() @Inject(PLATFORM_CONFIG) config?: SnapshotConfig) {
    super(FIRMS_KIND, config);
  }

  static inDirectory(directory: string): MatchingFirmSnapshots {
    return new MatchingFirmSnapshots(IN_DIRECTORY(directory));
  }
}
