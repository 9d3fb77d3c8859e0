import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';

/** One message in the embedded log, as a Kafka record would carry it. */
export interface BrokerRecord {
  topic: string;
  partition: number;
  offset: number;
  key: string;
  value: string;
  headers: Record<string, string>;
  timestamp: number;
}

export interface EmbeddedBrokerOptions {
  /** SQLite file for the log and the committed offsets, or ':memory:' (tests). */
  file: string;
  /** Partitions per topic: one key always lands on the same partition, so its order is kept. */
  partitions?: number;
  /**
   * A superseded record of a compacted topic stays at least this long (Kafka's
   * `min.compaction.lag.ms`). Default 0, as in Kafka: the latest record per key is never removed,
   * so a consumer that is behind still ends at every key's current state.
   */
  compactionMinAgeMs?: number;
}

interface RecordRow {
  topic: string;
  partition: number;
  offset: number;
  key: string;
  value: string;
  headers: string;
  ts: number;
}

/**
 * The embedded bus's broker: a durable, append-only log per topic-partition with committed
 * offsets per consumer group, in one SQLite file. It offers what the services rely on from Kafka
 * and nothing more: per-key order, at-least-once delivery, retained history for replay, and
 * log compaction (latest record per key) on topics marked compacted.
 */
export class EmbeddedBroker {
  readonly partitions: number;
  private readonly compactionMinAgeMs: number;
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  /** Which member of a group owns a topic-partition: one at a time, as in a Kafka group. */
  private readonly owners = new Map<string, symbol>();
  private readonly released = new EventEmitter();
  private closed = false;
  private readonly statements;

  constructor(options: EmbeddedBrokerOptions) {
    this.partitions = options.partitions ?? 4;
    this.compactionMinAgeMs = options.compactionMinAgeMs ?? 0;
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS records (
        topic TEXT NOT NULL, partition INTEGER NOT NULL, offset INTEGER NOT NULL,
        key TEXT NOT NULL, value TEXT NOT NULL, headers TEXT NOT NULL, ts INTEGER NOT NULL,
        PRIMARY KEY (topic, partition, offset)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS group_offsets (
        grp TEXT NOT NULL, topic TEXT NOT NULL, partition INTEGER NOT NULL, next_offset INTEGER NOT NULL,
        PRIMARY KEY (grp, topic, partition)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS compacted_topics (topic TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
      -- Compaction asks "is there a later record with this key in this partition?": one seek here.
      CREATE INDEX IF NOT EXISTS records_by_key ON records (topic, partition, key, offset);
    `);
    this.appended.setMaxListeners(0);
    this.released.setMaxListeners(0);
    this.statements = {
      endOffset: this.db.prepare<[string, number], { next: number }>(
        'SELECT COALESCE(MAX(offset) + 1, 0) AS next FROM records WHERE topic = ? AND partition = ?',
      ),
      insert: this.db.prepare(
        'INSERT INTO records (topic, partition, offset, key, value, headers, ts) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      read: this.db.prepare<[string, number, number, number], RecordRow>(
        'SELECT * FROM records WHERE topic = ? AND partition = ? AND offset >= ? ORDER BY offset LIMIT ?',
      ),
      committed: this.db.prepare<[string, string, number], { next_offset: number }>(
        'SELECT next_offset FROM group_offsets WHERE grp = ? AND topic = ? AND partition = ?',
      ),
      commit: this.db.prepare(
        `INSERT INTO group_offsets (grp, topic, partition, next_offset) VALUES (?, ?, ?, ?)
         ON CONFLICT (grp, topic, partition) DO UPDATE SET next_offset = MAX(next_offset, excluded.next_offset)`,
      ),
      resetGroup: this.db.prepare('DELETE FROM group_offsets WHERE grp = ? AND topic = ?'),
      topics: this.db.prepare<[], { topic: string }>('SELECT DISTINCT topic FROM records'),
      markCompacted: this.db.prepare('INSERT OR IGNORE INTO compacted_topics (topic) VALUES (?)'),
      compactedTopics: this.db.prepare<[], { topic: string }>('SELECT topic FROM compacted_topics ORDER BY topic'),
      // The newest record of a key never has a later one, so it always survives: endOffset and
      // committed offsets stay valid (reads are `offset >= from`, gaps are skipped).
      compact: this.db.prepare<[{ topic: string | null; olderThan: number }]>(
        `DELETE FROM records
         WHERE topic IN (SELECT topic FROM compacted_topics WHERE @topic IS NULL OR topic = @topic)
           AND ts <= @olderThan
           AND EXISTS (
             SELECT 1 FROM records AS later
             WHERE later.topic = records.topic AND later.partition = records.partition
               AND later.key = records.key AND later.offset > records.offset
           )`,
      ),
    };
  }

  partitionFor(key: string): number {
    // FNV-1a: stable across restarts and processes, so a key keeps its partition.
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % this.partitions;
  }

  /** Appends durably (the write is on disk when this returns) and wakes the topic's consumers. */
  append(topic: string, key: string, value: string, headers: Record<string, string> = {}): BrokerRecord {
    return this.appendAll([{ topic, key, value, headers }])[0];
  }

  /**
   * Appends the messages in order in ONE commit (all on disk when this returns, or none: one fsync
   * for the batch instead of one per message), then wakes the consumers of each partition written.
   */
  appendAll(messages: Array<Pick<BrokerRecord, 'topic' | 'key' | 'value'> & { headers?: Record<string, string> }>): BrokerRecord[] {
    this.assertOpen();
    const written = new Map<string, { topic: string; partition: number; next: number }>();
    const records = this.db.transaction((): BrokerRecord[] =>
      messages.map(({ topic, key, value, headers = {} }) => {
        const partition = this.partitionFor(key);
        const slot = `${topic}\u0000${partition}`;
        let end = written.get(slot);
        if (!end) written.set(slot, (end = { topic, partition, next: this.statements.endOffset.get(topic, partition)?.next ?? 0 }));
        const offset = end.next++;
        const timestamp = Date.now();
        this.statements.insert.run(topic, partition, offset, key, value, JSON.stringify(headers), timestamp);
        return { topic, partition, offset, key, value, headers, timestamp };
      }),
    )();
    for (const { topic, partition } of written.values()) this.appended.emit(topic, partition);
    return records;
  }

  read(topic: string, partition: number, fromOffset: number, max: number): BrokerRecord[] {
    this.assertOpen();
    return this.statements.read.all(topic, partition, fromOffset, max).map((row) => ({
      topic: row.topic,
      partition: row.partition,
      offset: row.offset,
      key: row.key,
      value: row.value,
      headers: JSON.parse(row.headers) as Record<string, string>,
      timestamp: row.ts,
    }));
  }

  /** The next offset the group will read on a partition (0 when it never committed). */
  committedOffset(group: string, topic: string, partition: number): number {
    this.assertOpen();
    return this.statements.committed.get(group, topic, partition)?.next_offset ?? 0;
  }

  commit(group: string, topic: string, partition: number, nextOffset: number): void {
    this.assertOpen();
    this.statements.commit.run(group, topic, partition, nextOffset);
  }

  endOffset(topic: string, partition: number): number {
    this.assertOpen();
    return this.statements.endOffset.get(topic, partition)?.next ?? 0;
  }

  /** Messages the group has not yet committed on the topics it reads. */
  lag(group: string, topics: string[]): number {
    let lag = 0;
    for (const topic of topics) {
      for (let p = 0; p < this.partitions; p++) lag += this.endOffset(topic, p) - this.committedOffset(group, topic, p);
    }
    return lag;
  }

  /** Moves a group back to the start of a topic (replay from the retained log). */
  resetGroup(group: string, topic: string): void {
    this.assertOpen();
    this.statements.resetGroup.run(group, topic);
  }

  topics(): string[] {
    return this.statements.topics.all().map((r) => r.topic);
  }

  /** Marks topics as compacted (persisted in the log file); idempotent. */
  markCompacted(topics: string[]): void {
    this.assertOpen();
    this.db.transaction(() => {
      for (const topic of topics) this.statements.markCompacted.run(topic);
    })();
  }

  compactedTopics(): string[] {
    this.assertOpen();
    return this.statements.compactedTopics.all().map((r) => r.topic);
  }

  /**
   * Kafka-style log compaction of one compacted topic, or of all of them: removes every record
   * that has a later record with the same key in its topic-partition (and is older than
   * `compactionMinAgeMs`). Topics not marked compacted are never touched. Returns how many
   * records were removed.
   */
  compact(topic?: string): number {
    this.assertOpen();
    const olderThan = Date.now() - this.compactionMinAgeMs;
    return this.db.transaction(() => this.statements.compact.run({ topic: topic ?? null, olderThan }).changes)();
  }

  /** Resolves on the next append to the topic-partition, or when `signal` aborts. */
  waitForAppend(topic: string, partition: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const onAppend = (p: number) => {
        if (p === partition) done();
      };
      const done = () => {
        this.appended.off(topic, onAppend);
        signal.removeEventListener('abort', done);
        resolve();
      };
      if (signal.aborted) return resolve();
      this.appended.on(topic, onAppend);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /**
   * Waits until `member` owns the group's partition of the topic. Resolves false if `signal`
   * aborts first. Members of one group never process the same partition at the same time.
   */
  async claim(group: string, topic: string, partition: number, member: symbol, signal: AbortSignal): Promise<boolean> {
    const slot = `${group}\u0000${topic}\u0000${partition}`;
    while (!signal.aborted) {
      const owner = this.owners.get(slot);
      if (owner === undefined || owner === member) {
        this.owners.set(slot, member);
        return true;
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          this.released.off(slot, done);
          signal.removeEventListener('abort', done);
          resolve();
        };
        this.released.on(slot, done);
        signal.addEventListener('abort', done, { once: true });
      });
    }
    return false;
  }

  release(group: string, topic: string, partition: number, member: symbol): void {
    const slot = `${group}\u0000${topic}\u0000${partition}`;
    if (this.owners.get(slot) !== member) return;
    this.owners.delete(slot);
    this.released.emit(slot);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('embedded broker is closed');
  }
}
