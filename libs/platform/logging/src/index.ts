export * from './lib/json-logger.module';
export { Logger as JsonLogger, PinoLogger } from 'nestjs-pino';
