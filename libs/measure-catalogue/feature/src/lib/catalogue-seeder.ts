import { Inject, Injectable } from '@nestjs/common';
import { CatalogueItem } from '@fhk/contracts';
import { PlatformConfig } from '@fhk/platform/config';
import { OutboxRelay } from '@fhk/platform/outbox';
import { PLATFORM_CONFIG, ShippedDataSeeder } from '@fhk/platform/service-kit';
import { CATALOGUE_ITEMS, CatalogueItemRepository } from './catalogue-item.repository';
import { CATALOGUE_SEED_VERSION, loadCatalogueSeed } from '../seed/catalogue-seed';

/** The shipped catalogue (data/*.json): areas, measures, programmes, service categories, providers. */
@Injectable()
export class CatalogueSeeder extends ShippedDataSeeder<CatalogueItem> {
  constructor(repository: CatalogueItemRepository, @Inject(PLATFORM_CONFIG) config: PlatformConfig, relay: OutboxRelay) {
    super({ name: 'catalogue', store: repository.store, collection: CATALOGUE_ITEMS, writer: repository.writer, relay, load: loadCatalogueSeed, version: CATALOGUE_SEED_VERSION }, config);
  }
}
