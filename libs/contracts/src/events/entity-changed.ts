import { z } from 'zod';
import { EntityIdSchema } from '../lib/entity-id.schema';

/**
 * Event-carried state transfer: every change publishes the entity's whole new state (or a
 * deletion) with its version, keyed by id. A consumer keeps the highest version it has seen,
 * so duplicates and reordering cannot roll an entity back; the topic can be compacted.
 */
export function entityChangedSchema<T extends z.ZodType>(entity: T) {
  return z
    .object({
      id: EntityIdSchema,
      version: z.number().int().min(1),
      deleted: z.boolean(),
      entity: entity.nullable(),
    })
    .strict()
    .refine((d) => (d as { deleted: boolean }).deleted === ((d as unknown as { entity: unknown }).entity === null), {
      message: 'entity must be null exactly when deleted is true',
      path: ['entity'],
    });
}

export interface EntityChanged<T> {
  id: string;
  version: number;
  deleted: boolean;
  entity: T | null;
}
