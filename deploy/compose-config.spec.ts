/**
 * Keeps the distributed mode (deploy/) honest against the code, with no Docker engine:
 * - docker-compose.yml runs exactly the four services, each built from deploy/Dockerfile for its app;
 * - every variable it passes a service is one the services read (KNOWN_VARIABLES), and each
 *   service's environment, interpolated with the file's own defaults, passes serviceConfigSchema;
 * - each service owns its database, only the matcher talks to Meilisearch;
 * - nginx.conf routes every /api/... prefix of the embedded mode to the service that owns it
 *   (the location rules are replayed by a small model of nginx's location matching, testing/nginx-model.ts);
 * - `docker-compose config -q` accepts the file, when a docker-compose binary is on PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KNOWN_VARIABLES, SERVICE_NAMES } from '@fhk/platform/config';
import { ComposeBuild, ROOT, asComposeFile, buildArgs, compose, composeResult, dependsOn, hostOf, loadYaml, parsedConfig, rawEnvironment, resolvedEnvironment, service } from './testing/compose-model';
import { backendOf, findOnPath, nginx, proxiedTo } from './testing/nginx-model';

const DEBUG_COMPOSE_FILE = join(__dirname, 'docker-compose.debug.yml');
const DOCKERFILE = join(__dirname, 'Dockerfile');
const DOCKERIGNORE = join(__dirname, 'Dockerfile.dockerignore');

const SERVICES: readonly string[] = SERVICE_NAMES;
/** The one compose service allowed to publish a port, and the port. */
const PROXY = 'proxy';
const PROXY_PORT = '8080:8080';

// ---------------------------------------------------------------------------------- compose model

// ---------------------------------------------------------------------------------- the checks

describe('deploy/docker-compose.yml', () => {
  it('parses as YAML with a services mapping', () => {
    if (!composeResult.ok) throw composeResult.error;
    expect(Object.keys(compose().services).length).toBeGreaterThan(0);
  });

  it('builds exactly the four services, and nothing else, from deploy/Dockerfile', () => {
    const built = Object.entries(compose().services)
      .filter(([, s]) => s.build !== undefined)
      .map(([name]) => name);
    expect(built.sort()).toEqual([...SERVICES].sort());
  });

  describe.each(SERVICES)('%s', (name) => {
    it('is built from deploy/Dockerfile with SERVICE naming its apps/ directory', () => {
      const build = service(name).build;
      expect(typeof build).toBe('object');
      const { context, dockerfile } = build as ComposeBuild;
      expect(context).toBe('..');
      expect(resolve(__dirname, context ?? '.', dockerfile ?? 'Dockerfile')).toBe(DOCKERFILE);
      const arg = buildArgs(build as ComposeBuild).SERVICE;
      expect(arg).toBe(name);
      expect(existsSync(join(ROOT, 'apps', arg)) && statSync(join(ROOT, 'apps', arg)).isDirectory()).toBe(true);
      expect(existsSync(join(ROOT, 'apps', arg, 'src', 'main.ts'))).toBe(true);
    });

    it('passes only variables the services read (KNOWN_VARIABLES), all inline', () => {
      expect(service(name).env_file).toBeUndefined();
      const unknown = Object.keys(rawEnvironment(name)).filter((key) => !KNOWN_VARIABLES.includes(key));
      expect(unknown).toEqual([]);
    });

    it('has an environment that passes serviceConfigSchema (defaults interpolated)', () => {
      const result = parsedConfig(name);
      const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(problems).toEqual([]);
      if (!result.success) return;
      expect(result.data).toMatchObject({ SERVICE: name, BUS_ADAPTER: 'kafka', STORE_ADAPTER: 'mongo', NODE_ENV: 'production' });
    });

    it('points its adapters at services of this compose file', () => {
      const env = resolvedEnvironment(name);
      const services = Object.keys(compose().services);
      for (const broker of env.KAFKA_BROKERS.split(',')) expect(services).toContain(hostOf(broker.trim()));
      expect(services).toContain(hostOf(env.MONGO_URL));
      if (env.MEILI_URL) expect(services).toContain(hostOf(env.MEILI_URL));
    });

    it('sets SEED_ON_START explicitly (the schema defaults it to true)', () => {
      expect(rawEnvironment(name)).toHaveProperty('SEED_ON_START');
    });

    it('waits for Kafka and MongoDB to be healthy and the replica set to be initiated', () => {
      expect(dependsOn(name)).toMatchObject({
        kafka: 'service_healthy',
        mongo: 'service_healthy',
        'mongo-init': 'service_completed_successfully',
      });
    });

    it('has a healthcheck and a restart policy', () => {
      expect(service(name).healthcheck?.test).toBeDefined();
      expect(service(name).healthcheck?.disable).not.toBe(true);
      expect((service(name) as { restart?: string }).restart).toMatch(/^(always|unless-stopped|on-failure)/);
    });
  });

  it('gives each service its own MongoDB database on the rs0 replica set', () => {
    const databases = SERVICES.map((name) => {
      const url = new URL(resolvedEnvironment(name).MONGO_URL);
      expect(url.protocol).toBe('mongodb:');
      expect(url.searchParams.get('replicaSet')).toBe('rs0');
      return url.pathname.replace(/^\//, '');
    });
    expect(databases.every(Boolean)).toBe(true);
    expect(new Set(databases).size).toBe(SERVICES.length);
    expect(service('mongo').command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
  });

  it('seeds the catalogue and the calendar on start, and nothing else', () => {
    const seeding = SERVICES.filter((name) => parsedConfig(name).data?.SEED_ON_START === true);
    expect(seeding.sort()).toEqual(['event-calendar', 'measure-catalogue']);
  });

  it('gives Meilisearch settings to the matcher only, with the key Meilisearch itself uses', () => {
    for (const name of SERVICES) {
      const meiliKeys = Object.keys(rawEnvironment(name)).filter((k) => k.startsWith('MEILI_') || k === 'SEARCH_ADAPTER');
      expect({ name, meiliKeys }).toEqual({ name, meiliKeys: name === 'matcher' ? expect.arrayContaining(['SEARCH_ADAPTER', 'MEILI_URL', 'MEILI_MASTER_KEY']) : [] });
    }
    expect(parsedConfig('matcher').data?.SEARCH_ADAPTER).toBe('meilisearch');
    expect(dependsOn('matcher')).toMatchObject({ meilisearch: 'service_healthy' });
    const meili = resolvedEnvironment('meilisearch');
    expect(resolvedEnvironment('matcher').MEILI_MASTER_KEY).toBe(meili.MEILI_MASTER_KEY);
    // MEILI_ENV=production refuses keys under 16 bytes.
    expect(Buffer.byteLength(meili.MEILI_MASTER_KEY)).toBeGreaterThanOrEqual(16);
  });

  it('runs Kafka in KRaft mode with topic auto-creation off, MongoDB, Meilisearch, a mongo init job and the proxy', () => {
    const kafka = resolvedEnvironment('kafka');
    expect(kafka.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(kafka.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
    expect(service('kafka').image).toMatch(/^apache\/kafka:[34]\.\d+\.\d+$/);
    expect(service('mongo').image).toMatch(/^mongo:[78](\.\d+)*$/);
    expect(service('mongo-init').command).toEqual(expect.arrayContaining(['mongosh']));
    const meili = /^getmeili\/meilisearch:v1\.(\d+)\.\d+$/.exec(service('meilisearch').image ?? '');
    // meilisearch-js 0.56 sends `rename` with every index swap (the matcher's rebuild), which
    // Meilisearch accepts from 1.18 on; 1.15 is also the floor for the Chinese segmentation we rely on.
    expect(Number(meili?.[1])).toBeGreaterThanOrEqual(18);
    expect(service(PROXY).image).toMatch(/^nginx:\d+\.\d+\.\d+(-alpine)?$/);
  });

  it('pins every image to an explicit tag (no latest)', () => {
    for (const [name, s] of Object.entries(compose().services)) {
      if (s.build !== undefined) continue;
      expect({ name, image: s.image }).toEqual({ name, image: expect.stringMatching(/^[^:]+:(?!latest$)[\w.-]+$/) });
    }
  });

  it('only waits on health that is actually checked', () => {
    for (const name of Object.keys(compose().services)) {
      for (const [dep, condition] of Object.entries(dependsOn(name))) {
        expect({ name, dep, exists: dep in compose().services }).toEqual({ name, dep, exists: true });
        if (condition === 'service_healthy') {
          expect({ name, dep, healthcheck: service(dep).healthcheck?.test !== undefined }).toEqual({ name, dep, healthcheck: true });
        }
      }
    }
  });

  it('publishes no host port but the proxy on 8080', () => {
    const published = Object.entries(compose().services)
      .filter(([, s]) => (s.ports ?? []).length > 0)
      .map(([name, s]) => [name, (s.ports ?? []).map(String)]);
    expect(published).toEqual([[PROXY, [PROXY_PORT]]]);
  });

  it('debug override publishes infrastructure on 127.0.0.1 only', () => {
    const debug = asComposeFile(loadYaml(DEBUG_COMPOSE_FILE), DEBUG_COMPOSE_FILE);
    for (const [name, s] of Object.entries(debug.services)) {
      expect(Object.keys(compose().services)).toContain(name);
      expect(SERVICES).not.toContain(name);
      for (const port of s.ports ?? []) expect(String(port)).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    }
  });

  const composeBinary = findOnPath('docker-compose');
  if (composeBinary) {
    it('is accepted by `docker-compose config -q` (alone and with the debug override)', () => {
      const run = (args: string[]) => {
        try {
          execFileSync(composeBinary, args, { cwd: ROOT, stdio: 'pipe', timeout: 60_000 });
        } catch (error) {
          const e = error as { stderr?: Buffer; message: string };
          throw new Error(`docker-compose ${args.join(' ')} failed:\n${e.stderr?.toString() || e.message}`);
        }
      };
      run(['-f', 'deploy/docker-compose.yml', 'config', '-q']);
      run(['-f', 'deploy/docker-compose.yml', '-f', 'deploy/docker-compose.debug.yml', 'config', '-q']);
    }, 120_000);
  } else {
    process.stdout.write('deploy: no docker-compose on PATH, so `docker-compose config -q` is not run (apt-get install docker-compose)\n');
  }
});

describe('deploy/nginx/nginx.conf', () => {
  /** Every /api prefix the embedded mode serves, and the service that owns it. */
  const EMBEDDED_PREFIXES: Record<string, string> = {
    '/api/enterprises': 'enterprise-profiles',
    '/api/catalogue/': 'measure-catalogue',
    '/api/calendar/': 'event-calendar',
    '/api/match': 'matcher',
    '/api/search': 'matcher',
    '/api/matcher/': 'matcher',
    '/api/health/': 'matcher',
  };

  it.each(Object.entries(EMBEDDED_PREFIXES))('routes %s to %s unchanged', (prefix, owner) => {
    const samples = prefix.endsWith('/') ? [`${prefix}x`, `${prefix}x/y`] : [prefix, `${prefix}/x`];
    if (prefix === '/api/health/') samples.push('/api/health/live', '/api/health/ready');
    for (const path of samples) expect({ path, ...proxiedTo(path) }).toEqual({ path, service: owner, uri: path });
  });

  it.each(SERVICES)('routes /api/health/%s/live|ready to that service’s own /api/health/live|ready', (name) => {
    for (const probe of ['live', 'ready']) {
      expect(proxiedTo(`/api/health/${name}/${probe}`)).toEqual({ service: name, uri: `/api/health/${probe}` });
    }
  });

  it.each(SERVICES)('serves /api/docs/%s/ from that service’s /api/docs', (name) => {
    expect(proxiedTo(`/api/docs/${name}/`)).toEqual({ service: name, uri: '/api/docs/' });
    expect(proxiedTo(`/api/docs/${name}/swagger-ui-init.js`)).toEqual({ service: name, uri: '/api/docs/swagger-ui-init.js' });
    expect(proxiedTo(`/api/docs/${name}-json`)).toEqual({ service: name, uri: '/api/docs-json' });
    // Swagger UI loads its assets relative to the page, so the slash-less URL redirects.
    expect(nginx.route(`/api/docs/${name}`)).toMatchObject({ kind: 'return', status: 301, text: `/api/docs/${name}/` });
  });

  it('answers /api/docs with links to every service’s docs', () => {
    const index = nginx.route('/api/docs');
    expect(index).toMatchObject({ kind: 'return', status: 200 });
    for (const name of SERVICES) expect(index.kind === 'return' && index.text).toContain(`/api/docs/${name}/`);
  });

  it('serves the portal\'s build for every other path: its files, else index.html (pages routed in the browser)', () => {
    for (const page of ['/', '/matches', '/calendar', '/measures', '/auth/callback']) {
      expect(nginx.route(page)).toMatchObject({ kind: 'static', root: '/usr/share/nginx/portal', tryFiles: ['$uri', '/index.html'] });
    }
    // A missing asset is a 404, not the app's page.
    expect(nginx.route('/assets/index-abc123.js')).toMatchObject({ kind: 'static', tryFiles: ['$uri', '=404'] });
    const mount = (service(PROXY).volumes ?? []).map(String).find((v: string) => v.endsWith(':/usr/share/nginx/portal:ro'));
    expect(mount?.split(':')[0]).toBe('../dist/apps/portal');
  });

  it('answers paths no service serves with 404, and its own /healthz (the compose healthcheck) with 200', () => {
    expect(nginx.route('/api/unknown')).toMatchObject({ kind: 'return', status: 404 });
    expect(nginx.route('/api/')).toMatchObject({ kind: 'return', status: 404 });
    expect(nginx.route('/healthz')).toMatchObject({ kind: 'return', status: 200 });
    expect(JSON.stringify(service(PROXY).healthcheck?.test)).toContain(':8080/healthz');
  });

  it('has one upstream per service, at the compose service and the PORT it listens on', () => {
    const upstreams = nginx.upstreams();
    expect(Object.keys(upstreams).sort()).toEqual([...SERVICES].sort());
    for (const name of Object.keys(upstreams)) {
      const backend = backendOf(name);
      expect(backend.service).toBe(name);
      expect(backend.port).toBe(String(parsedConfig(name).data?.PORT));
    }
  });

  it('listens on the port the proxy publishes, with the services’ body limit and a JSON access log', () => {
    const listen = nginx.directive(nginx.server, 'listen')?.args[0];
    expect(PROXY_PORT.split(':')[1]).toBe(listen);
    const limit = nginx.directive(nginx.http, 'client_max_body_size')?.args[0] ?? '';
    const bytes = Number(/^(\d+)m$/i.exec(limit)?.[1]) * 1024 * 1024;
    for (const name of SERVICES) expect(parsedConfig(name).data?.HTTP_BODY_LIMIT).toBe(bytes);
    const logFormat = nginx.directive(nginx.http, 'log_format');
    expect(logFormat?.args.slice(0, 2)).toEqual(['json', 'escape=json']);
    expect(nginx.directive(nginx.http, 'access_log')?.args).toEqual(['/dev/stdout', 'json']);
    for (const timeout of ['proxy_connect_timeout', 'proxy_read_timeout', 'proxy_send_timeout']) {
      expect(nginx.directive(nginx.http, timeout)).toBeDefined();
    }
  });
});

describe('deploy/Dockerfile', () => {
  const dockerfile = readFileSync(DOCKERFILE, 'utf8');
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages = instructions.reduce<string[][]>((acc, l) => (/^FROM\s/i.test(l) ? [...acc, [l]] : (acc[acc.length - 1]?.push(l), acc)), []);
  const runtime = stages[stages.length - 1] ?? [];

  it('is based on a pinned node 20 (>= 20.19) bookworm-slim image', () => {
    for (const from of instructions.filter((l) => /^FROM\s+node:/i.test(l))) {
      const version = /^FROM\s+node:20\.(\d+)\.(\d+)-bookworm-slim\b/i.exec(from);
      expect({ from, pinned: Boolean(version) }).toEqual({ from, pinned: true });
      expect(Number(version?.[1])).toBeGreaterThanOrEqual(19);
    }
  });

  it('runs the SERVICE app as the non-root node user, with a liveness HEALTHCHECK and SIGTERM', () => {
    expect(runtime).toEqual(
      expect.arrayContaining([
        'ARG SERVICE',
        'ENV SERVICE=${SERVICE}',
        'USER node',
        'STOPSIGNAL SIGTERM',
        expect.stringMatching(/^HEALTHCHECK .*\/api\/health\/live/),
        expect.stringMatching(/^CMD .*node --enable-source-maps .*apps\/\$\{SERVICE\}\/src\/main\.js/),
      ]),
    );
    // It runs the production build, not the TypeScript sources through a loader.
    expect(runtime.join('\n')).not.toMatch(/@swc-node|\.ts\b/);
    expect(runtime).toContain('COPY --from=build /app/dist ./');
    expect(runtime).toContain('COPY --from=prod-deps /app/node_modules ./node_modules');
    // The build toolchain stays in the build stage.
    expect(runtime.join('\n')).not.toMatch(/g\+\+|python3/);
  });

  it('builds the SERVICE app with the production build script and prunes dev dependencies', () => {
    const build = stages.find((stage) => /\sAS build$/i.test(stage[0])) ?? [];
    expect(build).toContain('RUN node tools/build/build-service.js "${SERVICE}" /app/dist');
    expect(stages.find((stage) => /\sAS prod-deps$/i.test(stage[0]))).toContain('RUN npm prune --omit=dev');
  });

  it('copies only paths that exist in the repo, never node_modules from the host', () => {
    const sources = instructions
      .filter((l) => /^COPY\s/i.test(l) && !/--from=/.test(l))
      .flatMap((l) => l.split(/\s+/).slice(1, -1).filter((w) => !w.startsWith('--')));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect({ source, exists: existsSync(join(ROOT, source)) }).toEqual({ source, exists: true });
      expect(source).not.toMatch(/node_modules|^\.$/);
    }
    expect(readFileSync(DOCKERIGNORE, 'utf8')).toMatch(/^\*\*\/node_modules$/m);
  });
});
