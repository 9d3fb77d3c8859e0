import { Injectable } from '@nestjs/common';
import type { EnterpriseRow } from './read-model.collections';

/** What changed in the matcher's read model, after the commit. */
export type ReadModelChange =
  /**
   * `row`: the live row as the projection just committed it, when it wrote one (a listener takes
   * it instead of reading it back; it still keeps the newest version it has seen); without it,
   * listeners read the row.
   */
  | { readonly kind: 'enterprise'; readonly id: string; readonly row?: EnterpriseRow }
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
