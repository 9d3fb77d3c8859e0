import { PlatformConfig, serviceConfigSchema } from './platform-config.schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once at boot. Fails fast with one line per bad variable,
 * naming it: `KAFKA_BROKERS: is required when BUS_ADAPTER=kafka`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const result = serviceConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  return result.data;
}

/** The config with secrets replaced, for logging at boot. */
export function describeConfig(config: PlatformConfig): Record<string, unknown> {
  const redacted: Record<string, unknown> = { ...config };
  if (redacted.MEILI_MASTER_KEY) redacted.MEILI_MASTER_KEY = '***';
  if (redacted.DEMO_PASSWORD) redacted.DEMO_PASSWORD = '***';
  if (typeof redacted.MONGO_URL === 'string') redacted.MONGO_URL = redacted.MONGO_URL.replace(/\/\/[^@/]*@/, '//***@');
  return redacted;
}
