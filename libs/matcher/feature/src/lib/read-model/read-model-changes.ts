import { Injectable } from '@nestjs/common';

/** What changed in the matcher's read model, after the commit. */
export type ReadModelChange =
  | { readonly kind: 'enterprise'; readonly id: string }
  | { readonly kind: 'opportunity'; readonly entityId: string; readonly rowId: string | null }
  | { readonly kind: 'replaced' };

export type ReadModelChangeListener = (change: ReadModelChange) => Promise<void> | void;

/**
 * "Read model changed": projections and the rebuild publish here after each commit; the search
 * index and the matching corpus subscribe. Data flows one way: writers never call readers.
 * Listeners run in subscription order and are awaited, so a consumer's event is settled (index
 * and corpus in step) before the next is handled.
 */
@Injectable()
export class ReadModelChanges {
  private readonly listeners: ReadModelChangeListener[] = [];

  subscribe(listener: ReadModelChangeListener): void {
    this.listeners.push(listener);
  }

  async publish(change: ReadModelChange): Promise<void> {
    for (const listener of this.listeners) await listener(change);
  }
}
