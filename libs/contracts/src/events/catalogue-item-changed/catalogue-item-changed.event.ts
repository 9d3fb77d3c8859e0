import { defineEvent } from '../../lib/event-definition';
import { CatalogueItem, CatalogueItemSchema } from '../../entities/catalogue-item.schema';
import { EntityChanged, entityChangedSchema } from '../entity-changed';

export type CatalogueItemChanged = EntityChanged<CatalogueItem>;

/** Published by measure-catalogue for areas, measures, programmes, service categories and providers. */
export const CatalogueItemChangedEvent = defineEvent<CatalogueItemChanged>({
  topic: 'measure-catalogue.catalogue-item.changed.v1',
  schema: entityChangedSchema(CatalogueItemSchema) as never,
  key: (d) => d.id,
  compacted: true,
});
