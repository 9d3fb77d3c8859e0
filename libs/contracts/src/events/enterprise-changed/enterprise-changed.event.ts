import { defineEvent } from '../../lib/event-definition';
import { Enterprise, EnterpriseSchema } from '../../entities/enterprise.schema';
import { EntityChanged, entityChangedSchema } from '../entity-changed';

export type EnterpriseChanged = EntityChanged<Enterprise>;

/** Published by enterprise-profiles on every create, update and delete of a profile. */
export const EnterpriseChangedEvent = defineEvent<EnterpriseChanged>({
  topic: 'enterprise-profiles.enterprise.changed.v1',
  schema: entityChangedSchema(EnterpriseSchema) as never,
  key: (d) => d.id,
  compacted: true,
});
