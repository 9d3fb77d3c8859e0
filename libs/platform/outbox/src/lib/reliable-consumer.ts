import { deadLetterTopic, EventDefinition, EventEnvelope, InvalidEventError, parseEvent } from '@fhk/contracts';
import { BusPublisher } from '@fhk/platform/bus';
import { DocumentStore, DuplicateKeyError, WriteOperation } from '@fhk/platform/store';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConsumeOutcome, DeadLetter } from './dead-letter.schema';
import { DEAD_LETTERS_COLLECTION, PROCESSED_EVENTS_COLLECTION } from './outbox.collections';

export interface ConsumerLogger {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * How one topic is applied. `project` returns the writes of the event's effect (empty when the
 * event is older than what is stored); they are committed together with the processed marker.
 * `afterCommit` runs on every delivery, duplicates included, and must be idempotent (e.g.
 * refreshing a search document from the read model). `committed` is what this delivery's commit
 * wrote of the event's effect (empty for a duplicate, or when a retry finds the effect committed
 * already): what the store holds after it, so a follower need not read it back.
 */
export interface EventProjection<T> {
  definition: EventDefinition<T>;
  project(event: EventEnvelope<T>): Promise<WriteOperation[]>;
  afterCommit?(event: EventEnvelope<T>, committed: readonly WriteOperation[]): Promise<void>;
  /**
   * Optional: called once with a delivered batch's valid events (in order, duplicates included)
   * before any of them is projected, so that pure work for all of them (e.g. text analysis) can be
   * done at once, off the event loop. An optimisation only: `project` and `afterCommit` must give
   * the same result without it (single deliveries and retries never call it); its failure is ignored.
   */
  prepare?(events: readonly EventEnvelope<T>[]): Promise<void>;
}


export interface ReliableConsumerOptions {
  group: string;
  maxAttempts: number;
  backoffMs?: { initial: number; max: number };
  logger?: ConsumerLogger;
}


/**
 * Turns at-least-once delivery into effectively-once effects for one consumer group:
 * validation first (an invalid message is dead-lettered at once, with the reason), then up to
 * `maxAttempts` tries with backoff, then the dead-letter topic and store. It never throws, so the
 * transport commits the offset and one poison message cannot block its partition.
 */
export class ReliableConsumer {
  private readonly projections = new Map<string, EventProjection<unknown>>();
  private deadLettered = 0;

  constructor(
    private readonly store: DocumentStore,
    private readonly publisher: BusPublisher,
    private readonly options: ReliableConsumerOptions,
  ) {}

  register<T>(projection: EventProjection<T>): this {
    this.projections.set(projection.definition.topic, projection as EventProjection<unknown>);
    return this;
  }

  get topics(): string[] {
    return [...this.projections.keys()];
  }

  get deadLetterCount(): number {
    return this.deadLettered;
  }

  async consume(topic: string, raw: unknown, headers: Record<string, string> = {}): Promise<ConsumeOutcome> {
    const projection = this.projections.get(topic);
    if (!projection) return this.deadLetter(topic, raw, headers, new Error(`no projection registered for ${topic}`), 0);
    let event: EventEnvelope<unknown>;
    try {
      event = parseEvent(projection.definition, raw);
    } catch (error) {
      return this.deadLetter(topic, raw, headers, error as Error, 0);
    }
    const backoff = this.options.backoffMs ?? { initial: 50, max: 2000 };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.apply(projection, event);
      } catch (error) {
        if (attempt >= this.options.maxAttempts) return this.deadLetter(topic, raw, headers, error as Error, attempt);
        this.options.logger?.warn(
          `${this.options.group}: ${topic} ${event.id} failed (attempt ${attempt}/${this.options.maxAttempts}): ${(error as Error).message}`,
        );
        await sleep(Math.min(backoff.max, backoff.initial * 2 ** (attempt - 1)));
      }
    }
  }

  /**
   * A run of messages of one topic, in delivery order (one partition's batch), with the effect of
   * `consume` for each: the events of a run are applied in ONE store commit (their effects and
   * processed markers), then `afterCommit` runs for each in order. A run never holds the same
   * subject twice (a later event of a subject may depend on the earlier one's writes): it is cut
   * there. If a projection throws or the commit fails, that run falls back to `consume` event by
   * event, so retries and the dead-letter topic take only the bad event, never its neighbours.
   * Invalid messages are dead-lettered at once, as `consume` does. Never throws.
   */
  async consumeBatch(topic: string, messages: ReadonlyArray<{ value: unknown; headers: Record<string, string> }>): Promise<ConsumeOutcome[]> {
    const projection = this.projections.get(topic);
    if (!projection || messages.length < 2) return this.consumeEach(topic, messages);
    const outcomes: ConsumeOutcome[] = new Array(messages.length);
    const parsed = messages.map(({ value }): EventEnvelope<unknown> | Error => {
      try {
        return parseEvent(projection.definition, value);
      } catch (error) {
        return error as Error;
      }
    });
    try {
      await projection.prepare?.(parsed.filter((p): p is EventEnvelope<unknown> => !(p instanceof Error)));
    } catch {
      // an optimisation only: the projection does the work itself
    }
    let run: Array<{ at: number; event: EventEnvelope<unknown> }> = [];
    const subjects = new Set<string>();
    for (let at = 0; at < messages.length; at++) {
      const { value, headers } = messages[at];
      const event = parsed[at];
      if (event instanceof Error) {
        outcomes[at] = await this.deadLetter(topic, value, headers, event, 0);
        continue;
      }
      if (subjects.has(event.subject)) {
        await this.applyRun(topic, projection, messages, run, outcomes);
        run = [];
        subjects.clear();
      }
      run.push({ at, event });
      subjects.add(event.subject);
    }
    await this.applyRun(topic, projection, messages, run, outcomes);
    return outcomes;
  }

  private async consumeEach(topic: string, messages: ReadonlyArray<{ value: unknown; headers: Record<string, string> }>): Promise<ConsumeOutcome[]> {
    const outcomes: ConsumeOutcome[] = [];
    for (const { value, headers } of messages) outcomes.push(await this.consume(topic, value, headers));
    return outcomes;
  }

  /** One commit for the run's effects and markers; any failure: the run again, one event at a time. */
  private async applyRun(
    topic: string,
    projection: EventProjection<unknown>,
    messages: ReadonlyArray<{ value: unknown; headers: Record<string, string> }>,
    run: ReadonlyArray<{ at: number; event: EventEnvelope<unknown> }>,
    outcomes: ConsumeOutcome[],
  ): Promise<void> {
    if (run.length === 0) return;
    const oneByOne = async (from: number) => {
      for (const { at } of run.slice(from)) outcomes[at] = await this.consume(topic, messages[at].value, messages[at].headers);
    };
    if (run.length === 1) return oneByOne(0);
    const writes: WriteOperation[] = [];
    const applied: boolean[] = [];
    const effects: WriteOperation[][] = [];
    try {
      for (const { event } of run) {
        const markerId = `${this.options.group}:${event.id}`;
        const duplicate = Boolean(await this.store.get(PROCESSED_EVENTS_COLLECTION, markerId));
        applied.push(!duplicate);
        const effect = duplicate ? [] : await projection.project(event);
        effects.push(effect);
        if (duplicate) continue;
        writes.push(...effect);
        writes.push({ op: 'insert', collection: PROCESSED_EVENTS_COLLECTION, document: { id: markerId, group: this.options.group, topic: event.type, processedAt: new Date().toISOString() } });
      }
      if (writes.length > 0) await this.store.commit(writes);
    } catch {
      return oneByOne(0); // nothing of the run was committed
    }
    for (let k = 0; k < run.length; k++) {
      try {
        await projection.afterCommit?.(run[k].event, effects[k]);
      } catch {
        return oneByOne(k); // committed: consume sees the markers and retries afterCommit only
      }
      outcomes[run[k].at] = applied[k] ? 'applied' : 'duplicate';
    }
  }

  /** Dead letters, newest first. */
  async listDeadLetters(status: DeadLetter['status'] = 'dead', limit = 100): Promise<DeadLetter[]> {
    return this.store.find<DeadLetter>(DEAD_LETTERS_COLLECTION, {
      where: { status, group: this.options.group },
      orderBy: [['failedAt', 'desc']],
      limit,
    });
  }

  /** Runs a dead letter through its projection again (after a fix). True when it now applies. */
  async replay(deadLetterId: string): Promise<{ id: string; outcome: ConsumeOutcome } | null> {
    const letter = await this.store.get<DeadLetter>(DEAD_LETTERS_COLLECTION, deadLetterId);
    if (!letter || letter.status !== 'dead') return null;
    const outcome = await this.consume(letter.topic, letter.payload, letter.headers ?? {});
    if (outcome !== 'dead-lettered') {
      await this.store.commit([
        { op: 'put', collection: DEAD_LETTERS_COLLECTION, document: { ...letter, status: 'replayed', replayedAt: new Date().toISOString() } },
      ]);
    }
    return { id: deadLetterId, outcome };
  }

  private async apply(projection: EventProjection<unknown>, event: EventEnvelope<unknown>): Promise<ConsumeOutcome> {
    const markerId = `${this.options.group}:${event.id}`;
    let outcome: ConsumeOutcome = 'applied';
    let committed: WriteOperation[] = [];
    if (await this.store.get(PROCESSED_EVENTS_COLLECTION, markerId)) {
      outcome = 'duplicate';
    } else {
      const effect = await projection.project(event);
      const marker = { id: markerId, group: this.options.group, topic: event.type, processedAt: new Date().toISOString() };
      try {
        await this.store.commit([...effect, { op: 'insert', collection: PROCESSED_EVENTS_COLLECTION, document: marker }]);
        committed = effect;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError && error.collection === PROCESSED_EVENTS_COLLECTION)) throw error;
        outcome = 'duplicate';
      }
    }
    await projection.afterCommit?.(event, committed);
    return outcome;
  }

  private async deadLetter(topic: string, raw: unknown, headers: Record<string, string>, error: Error, attempts: number): Promise<ConsumeOutcome> {
    const eventId = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
    const fingerprint = eventId ?? createHash('sha256').update(JSON.stringify(raw) ?? 'undefined').digest('hex').slice(0, 32);
    const reason = error instanceof InvalidEventError ? `invalid event: ${error.issues.join('; ')}` : error.message;
    const letter: DeadLetter = {
      id: `${this.options.group}:${topic}:${fingerprint}`,
      group: this.options.group,
      topic,
      eventId,
      payload: raw ?? null,
      headers,
      error: reason,
      attempts,
      status: 'dead',
      failedAt: new Date().toISOString(),
      replayedAt: null,
    };
    this.options.logger?.error(`${this.options.group}: dead-lettered ${topic} ${eventId ?? fingerprint} after ${attempts} attempt(s): ${reason}`);
    await this.store.commit([{ op: 'put', collection: DEAD_LETTERS_COLLECTION, document: letter }]);
    await this.publisher.publish(deadLetterTopic(topic), {
      key: eventId ?? fingerprint,
      value: JSON.stringify(raw ?? null),
      headers: { ...headers, 'x-dlq-error': reason.slice(0, 1000), 'x-dlq-attempts': String(attempts), 'x-dlq-group': this.options.group, 'x-dlq-original-topic': topic },
    });
    this.deadLettered++;
    return 'dead-lettered';
  }
}
