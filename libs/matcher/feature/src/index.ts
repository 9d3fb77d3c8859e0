export * from './lib/matcher.module';
export { MATCHER_CONSUMER_GROUP } from './lib/read-model/matcher-events.consumer';
