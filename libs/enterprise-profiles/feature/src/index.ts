export * from './lib/enterprise-profiles.module';
