import { loadConfig } from '@fhk/platform/config';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlatformRuntime } from './platform-runtime';

describe('PlatformRuntime', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'runtime-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each service its own store file and the process one embedded bus, by default', async () => {
    const runtime = new PlatformRuntime(loadConfig({ DATA_DIR: join(dir, 'data') }));
    const profiles = await runtime.openStore('enterprise-profiles');
    const matcher = await runtime.openStore('matcher');
    await profiles.init([{ name: 'enterprises' }]);
    await matcher.init([{ name: 'enterprises' }]);
    await profiles.commit([{ op: 'put', collection: 'enterprises', document: { id: 'a', version: 1 } }]);
    expect(await matcher.get('enterprises', 'a')).toBeNull();
    expect(existsSync(join(dir, 'data', 'enterprise-profiles.sqlite'))).toBe(true);
    expect(existsSync(join(dir, 'data', 'matcher.sqlite'))).toBe(true);
    expect(runtime.bus.adapter).toBe('embedded');
    expect(existsSync(join(dir, 'data', 'bus.sqlite'))).toBe(true);
    // Readiness is public: it names no file path.
    expect(await runtime.bus.health()).toMatchObject({ ok: true, detail: expect.not.stringContaining(dir) });
    expect((await runtime.openSearch()).adapter).toBe('orama');
    await Promise.all([profiles.close(), matcher.close(), runtime.close()]);
  });

  it('chooses the production adapters from config without connecting until used', () => {
    const runtime = new PlatformRuntime(loadConfig({ DATA_DIR: dir, BUS_ADAPTER: 'kafka', KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092' }));
    expect(runtime.bus.adapter).toBe('kafka');
  });
});
