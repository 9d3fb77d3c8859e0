export * from './lib/event-calendar.module';
export * from './lib/calendar-seeder';
export * from './seed/calendar-seed';
