export * from './lib/measure-catalogue.module';
export * from './lib/catalogue-seeder';
export * from './seed/catalogue-seed';
