import { Module } from '@nestjs/common';
import { auditControllerFor } from '@fhk/platform/audit';
import { ServiceStoreModule } from '@fhk/platform/service-kit';
import { CATALOGUE_COLLECTIONS, CatalogueItemRepository } from './catalogue-item.repository';
import { CatalogueSeeder } from './catalogue-seeder';
import { CatalogueBulkController } from './catalogue-bulk.controller';
import { CatalogueController } from './catalogue.controller';
import { MeasureCatalogueService } from './measure-catalogue.service';

/** The measure-catalogue service: owns areas, measures, programmes, service categories and providers. */
@Module({
  imports: [ServiceStoreModule.forService('measure-catalogue', CATALOGUE_COLLECTIONS)],
  controllers: [CatalogueController, CatalogueBulkController, auditControllerFor('measure-catalogue')],
  providers: [CatalogueItemRepository, MeasureCatalogueService, CatalogueSeeder],
  exports: [CatalogueSeeder],
})
export class MeasureCatalogueModule {}
