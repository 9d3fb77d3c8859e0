import { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';
import { runService } from '@fhk/platform/runtime';

void runService({
  processName: 'enterprise-profiles',
  title: 'enterprise-profiles',
  description: 'Enterprise profiles: create, read, change and delete; publishes enterprise-profiles.enterprise.changed.v1.',
  features: [EnterpriseProfilesModule],
});
