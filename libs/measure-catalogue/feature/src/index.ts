export * from './lib/measure-catalogue.module';
export * from './lib/catalogue-seeder';
