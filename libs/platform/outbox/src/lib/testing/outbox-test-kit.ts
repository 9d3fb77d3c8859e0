import { defineEvent, EntityChanged, entityChangedSchema } from '@fhk/contracts';
import { BusPublisher, TopicMessage } from '@fhk/platform/bus';
import { EmbeddedBusTransport } from '@fhk/platform/bus-embedded';
import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore } from '@fhk/platform/store';
import { z } from 'zod';
import { OUTBOX_COLLECTIONS } from '../outbox.collections';

export const WidgetSchema = z.object({ id: z.string(), version: z.number().int(), name: z.string() });
export type Widget = z.infer<typeof WidgetSchema>;
export const WidgetChangedEvent = defineEvent<EntityChanged<Widget>>({
  topic: 'test.widget.changed.v1',
  schema: entityChangedSchema(WidgetSchema) as never,
  key: (d) => d.id,
  compacted: true,
});

export async function openTestStore(extra: string[] = ['widgets', 'widget_view']): Promise<DocumentStore> {
  const store = new SqliteDocumentStore({ file: ':memory:' });
  await store.init([...OUTBOX_COLLECTIONS, ...extra.map((name) => ({ name }))]);
  return store;
}

/** A publisher that records what it published, optionally failing the first `failures` calls. */
export class RecordingPublisher extends BusPublisher {
  readonly published: Array<{ topic: string; key: string; value: string; headers: Record<string, string> }> = [];
  constructor(private failures = 0) {
    super(new EmbeddedBusTransport({ file: ':memory:' }).createPublisherClient());
  }
  override async publish(topic: string, message: { key: string; value: string; headers: Record<string, string> }): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('broker unavailable');
    }
    this.published.push({ topic, key: message.key, value: message.value, headers: message.headers });
  }
  /** Through `publish`, one at a time, so that failures land mid-batch. */
  override publishAll(messages: TopicMessage[], acknowledged: (count: number) => void): Promise<void> {
    return this.publishEach(messages, acknowledged);
  }
}
