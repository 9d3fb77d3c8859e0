import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EnterpriseInputSchema } from '@fhk/contracts';
import { demoSubjectOf } from '@fhk/platform/auth';
import { PlatformConfig } from '@fhk/platform/config';
import { PLATFORM_CONFIG } from '@fhk/platform/service-kit';
import SAMPLE from '../../data/sample-firm.json';
import { EnterpriseRepository } from './enterprise.repository';

/**
 * With the local issuer's demo accounts, the `enterprise` demo account owns one sample firm
 * (labelled SAMPLE), so a new user signing in as `enterprise` sees a profile at once.
 */
@Injectable()
export class DemoSampleFirmSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSampleFirmSeeder');

  constructor(
    private readonly repository: EnterpriseRepository,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_ON_START || !this.config.DEMO_ACCOUNTS || this.config.OIDC_ISSUER_URL) return;
    if (await this.repository.get({ kind: 'all' }, SAMPLE.id)) return;
    const { id, ...fields } = SAMPLE;
    const now = new Date().toISOString();
    await this.repository.writer.create({ id, version: 1, ...EnterpriseInputSchema.parse(fields), ownerId: demoSubjectOf('enterprise'), createdAt: now, updatedAt: now });
    this.logger.log(`sample firm ${id} created for the enterprise demo account`);
  }
}
