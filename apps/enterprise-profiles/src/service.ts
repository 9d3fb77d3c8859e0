import { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';

/** This app hosts one service: enterprise-profiles (distributed mode, one container). */
export const SERVICE = {
  processName: 'enterprise-profiles',
  title: 'enterprise-profiles',
  description: 'Enterprise profiles: create, read, change and delete; publishes enterprise-profiles.enterprise.changed.v1.',
  features: [EnterpriseProfilesModule],
};
