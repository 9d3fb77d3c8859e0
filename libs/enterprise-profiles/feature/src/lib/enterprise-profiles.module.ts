import { Module } from '@nestjs/common';
import { auditControllerFor, ENTERPRISE_OWNERSHIP } from '@fhk/platform/audit';
import { ServiceStoreModule } from '@fhk/platform/service-kit';
import { EnterpriseProfilesService } from './enterprise-profiles.service';
import { ENTERPRISE_COLLECTIONS, EnterpriseRepository } from './enterprise.repository';
import { DemoSampleFirmSeeder } from './demo-sample-firm.seeder';
import { EnterprisesController } from './enterprises.controller';
import { PrivacyNoticeController } from './privacy-notice.controller';

/** The enterprise-profiles service: owns profiles, publishes enterprise.changed.v1. */
@Module({
  imports: [ServiceStoreModule.forService('enterprise-profiles', ENTERPRISE_COLLECTIONS)],
  controllers: [EnterprisesController, PrivacyNoticeController, auditControllerFor('enterprise-profiles')],
  providers: [EnterpriseRepository, EnterpriseProfilesService, DemoSampleFirmSeeder, { provide: ENTERPRISE_OWNERSHIP, useExisting: EnterpriseProfilesService }],
})
export class EnterpriseProfilesModule {}
