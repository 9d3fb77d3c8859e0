import { ConfigError, loadConfig, describeConfig } from './load-config';

describe('loadConfig', () => {
  it('defaults to the embedded adapters with no variables set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ BUS_ADAPTER: 'embedded', STORE_ADAPTER: 'sqlite', SEARCH_ADAPTER: 'orama', PORT: 3000 });
    expect(config.SEED_ON_START).toBe(true);
  });

  it('names the variable that is missing for the chosen adapter', () => {
    expect(() => loadConfig({ BUS_ADAPTER: 'kafka' })).toThrow(/KAFKA_BROKERS: is required when BUS_ADAPTER=kafka/);
    expect(() => loadConfig({ STORE_ADAPTER: 'mongo' })).toThrow(/MONGO_URL: is required/);
    expect(() => loadConfig({ SEARCH_ADAPTER: 'meilisearch' })).toThrow(/MEILI_URL: is required/);
  });

  it('accepts a Kafka namespace of plain characters only (it becomes part of topic names)', () => {
    expect(loadConfig({ BUS_ADAPTER: 'kafka', KAFKA_BROKERS: 'k:9092', KAFKA_NAMESPACE: 'ci-run_42' }).KAFKA_NAMESPACE).toBe('ci-run_42');
    expect(() => loadConfig({ KAFKA_NAMESPACE: 'a.b' })).toThrow(/KAFKA_NAMESPACE: must be 1–60 letters, digits, _ or -/);
  });

  it('takes the number of firm analysis workers from 0 (in the event loop) to 16, default 1, and names a bad one', () => {
    expect(loadConfig({}).MATCHER_ANALYSIS_WORKERS).toBe(0);
    expect(loadConfig({ MATCHER_ANALYSIS_WORKERS: '2' }).MATCHER_ANALYSIS_WORKERS).toBe(2);
    for (const bad of ['-1', '17', '1.5', 'two']) expect(() => loadConfig({ MATCHER_ANALYSIS_WORKERS: bad })).toThrow(/MATCHER_ANALYSIS_WORKERS/);
  });

  it('reports every bad variable at once, by name', () => {
    try {
      loadConfig({ PORT: 'eighty', BUS_ADAPTER: 'rabbit', SEED_ON_START: 'maybe' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT: /m);
      expect(problems).toMatch(/^BUS_ADAPTER: /m);
      expect(problems).toMatch(/^SEED_ON_START: must be true or false/m);
    }
  });

  it('redacts secrets when describing the config', () => {
    const config = loadConfig({ STORE_ADAPTER: 'mongo', MONGO_URL: 'mongodb://user:pw@db:27017/x', MEILI_MASTER_KEY: 'k' });
    const described = describeConfig(config);
    expect(described.MONGO_URL).toBe('mongodb://***@db:27017/x');
    expect(described.MEILI_MASTER_KEY).toBe('***');
  });
});
