import { MeasureCatalogueModule } from '@fhk/measure-catalogue/feature';

/** This app hosts one service: measure-catalogue (distributed mode, one container). */
export const SERVICE = {
  processName: 'measure-catalogue',
  title: 'measure-catalogue',
  description: 'The 2026 Fujian–Hong Kong memorandum: areas, measures, programmes, service categories and providers; publishes measure-catalogue.catalogue-item.changed.v1.',
  features: [MeasureCatalogueModule],
};
