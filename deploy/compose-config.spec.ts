/**
 * Keeps the distributed mode (deploy/) honest against the code, with no Docker engine:
 * - docker-compose.yml runs exactly the four services, each built from deploy/Dockerfile for its app;
 * - every variable it passes a service is one the services read (KNOWN_VARIABLES), and each
 *   service's environment, interpolated with the file's own defaults, passes serviceConfigSchema;
 * - each service owns its database, only the matcher talks to Meilisearch;
 * - nginx.conf routes every /api/... prefix of the embedded mode to the service that owns it
 *   (the location rules are replayed by a small model of nginx's location matching below);
 * - `docker-compose config -q` accepts the file, when a docker-compose binary is on PATH.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { KNOWN_VARIABLES, SERVICE_NAMES, serviceConfigSchema } from '@fhk/platform/config';

const ROOT = resolve(__dirname, '..');
const COMPOSE_FILE = join(__dirname, 'docker-compose.yml');
const DEBUG_COMPOSE_FILE = join(__dirname, 'docker-compose.debug.yml');
const NGINX_CONF = join(__dirname, 'nginx', 'nginx.conf');
const DOCKERFILE = join(__dirname, 'Dockerfile');
const DOCKERIGNORE = join(__dirname, 'Dockerfile.dockerignore');

const SERVICES: readonly string[] = SERVICE_NAMES;
/** The one compose service allowed to publish a port, and the port. */
const PROXY = 'proxy';
const PROXY_PORT = '8080:8080';

// ---------------------------------------------------------------------------------- compose model

interface ComposeBuild {
  context?: string;
  dockerfile?: string;
  args?: Record<string, unknown> | string[];
}
interface ComposeService {
  image?: string;
  build?: string | ComposeBuild;
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  env_file?: unknown;
  ports?: unknown[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: unknown; disable?: boolean };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

function loadYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${relative(ROOT, file)} cannot be read: ${(error as Error).message}`);
  }
  // Compose files use `<<: *anchor` merge keys; yaml 1.2's core schema needs them switched on.
  const doc = parseDocument(text, { merge: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new Error(`${relative(ROOT, file)} is not valid YAML:\n${doc.errors.map((e) => e.message).join('\n')}`);
  }
  return doc.toJS({ maxAliasCount: 1000 });
}

function asComposeFile(value: unknown, file: string): ComposeFile {
  const services = (value as { services?: unknown } | null)?.services;
  if (!services || typeof services !== 'object' || Array.isArray(services)) {
    throw new Error(`${relative(ROOT, file)} has no services: mapping`);
  }
  return value as ComposeFile;
}

/** Parsed once; every test that needs it rethrows the same clear error if it does not parse. */
const composeResult: { ok: true; file: ComposeFile } | { ok: false; error: Error } = (() => {
  try {
    return { ok: true, file: asComposeFile(loadYaml(COMPOSE_FILE), COMPOSE_FILE) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
})();

function compose(): ComposeFile {
  if (!composeResult.ok) throw composeResult.error;
  return composeResult.file;
}

function service(name: string): ComposeService {
  const found = compose().services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/**
 * Compose interpolation as `docker compose` does it with nothing set in the environment:
 * ${VAR:-default} and ${VAR-default} give the default, $$ is a literal $. A bare $VAR / ${VAR} or
 * ${VAR:?err} would make the stack depend on the caller's shell, so it is refused here.
 */
function interpolate(value: string, where: string): string {
  return value.replace(/\$\$|\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match: string, braced?: string) => {
    if (match === '$$') return '$';
    const withDefault = /^[A-Za-z_][A-Za-z0-9_]*:?-(.*)$/s.exec(braced ?? '');
    if (!withDefault) {
      throw new Error(`${where}: ${match} has no default; write \${NAME:-default} so the stack starts with no env file`);
    }
    return withDefault[1];
  });
}

/** A service's environment as written (list or mapping form), values unresolved. */
function rawEnvironment(name: string): Record<string, unknown> {
  const env = service(name).environment ?? {};
  if (!Array.isArray(env)) return { ...env };
  return Object.fromEntries(
    env.map((line) => {
      const text = String(line);
      const eq = text.indexOf('=');
      return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
    }),
  );
}

/** A service's environment as the container would get it, with the compose file's own defaults. */
function resolvedEnvironment(name: string): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawEnvironment(name))) {
    const where = `services.${name}.environment.${key}`;
    if (value === undefined || value === null) {
      throw new Error(`${where} has no value, so it would be copied from the host's environment; give it one`);
    }
    if (typeof value !== 'string') {
      throw new Error(`${where} is a YAML ${typeof value} (${String(value)}); quote it so compose passes the exact string`);
    }
    resolved[key] = interpolate(value, where);
  }
  return resolved;
}

function buildArgs(build: ComposeBuild): Record<string, string> {
  const args = build.args ?? {};
  if (!Array.isArray(args)) return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(args.map((a) => String(a).split(/=(.*)/s, 2) as [string, string]));
}

function dependsOn(name: string): Record<string, string> {
  const deps = service(name).depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([d, spec]) => [d, spec?.condition ?? 'service_started']));
}

/** host:port pairs in a comma-separated broker list or a mongodb:// / http:// URL. */
function hostOf(address: string): string {
  const withoutScheme = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return withoutScheme.split(/[/?]/)[0].split(':')[0];
}

const parsedConfig = (name: string) => serviceConfigSchema.safeParse(resolvedEnvironment(name));

// ---------------------------------------------------------------------------------- nginx model

interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
  line: number;
}

/** nginx.conf into a directive tree: words, quoted strings, comments, `;`, `{ }`. */
function parseNginx(text: string): Directive[] {
  type Token = { value: string; quoted: boolean; line: number };
  const tokens: Token[] = [];
  let line = 1;
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '{' || ch === '}' || ch === ';') {
      tokens.push({ value: ch, quoted: false, line });
      i++;
    } else if (ch === '"' || ch === "'") {
      let value = '';
      const start = line;
      for (i++; i < text.length && text[i] !== ch; i++) {
        if (text[i] === '\\' && i + 1 < text.length) value += text[++i];
        else value += text[i];
        if (text[i] === '\n') line++;
      }
      if (i >= text.length) throw new Error(`nginx.conf:${start}: unterminated string`);
      i++;
      tokens.push({ value, quoted: true, line: start });
    } else {
      let value = '';
      while (i < text.length && !/[\s;{}]/.test(text[i])) value += text[i++];
      tokens.push({ value, quoted: false, line });
    }
  }

  let at = 0;
  const block = (depth: number): Directive[] => {
    const out: Directive[] = [];
    while (at < tokens.length) {
      const first = tokens[at];
      if (!first.quoted && first.value === '}') {
        if (depth === 0) throw new Error(`nginx.conf:${first.line}: unexpected }`);
        at++;
        return out;
      }
      const words: string[] = [];
      while (at < tokens.length && (tokens[at].quoted || !['{', '}', ';'].includes(tokens[at].value))) {
        words.push(tokens[at++].value);
      }
      const end = tokens[at];
      if (!end || end.value === '}') throw new Error(`nginx.conf:${first.line}: "${words.join(' ')}" is not terminated by ; or {`);
      at++;
      const directive: Directive = { name: words[0], args: words.slice(1), line: first.line };
      if (end.value === '{') directive.block = block(depth + 1);
      out.push(directive);
    }
    if (depth > 0) throw new Error('nginx.conf: unbalanced { }');
    return out;
  };
  return block(0);
}

interface Location {
  modifier: '=' | '^~' | '~' | '~*' | '';
  pattern: string;
  regex?: RegExp;
  body: Directive[];
  line: number;
}

type Outcome =
  | { kind: 'proxy'; upstream: string; uri: string; location: string }
  | { kind: 'return'; status: number; text?: string; location: string };

class NginxModel {
  readonly http: Directive[];
  readonly server: Directive[];
  readonly locations: Location[];

  constructor(readonly tree: Directive[]) {
    const http = tree.find((d) => d.name === 'http');
    if (!http?.block) throw new Error('nginx.conf has no http { } block');
    this.http = http.block;
    const servers = this.http.filter((d) => d.name === 'server');
    if (servers.length !== 1 || !servers[0].block) throw new Error(`nginx.conf: expected one server { }, found ${servers.length}`);
    this.server = servers[0].block;
    this.locations = this.server
      .filter((d) => d.name === 'location' && !d.args[0]?.startsWith('@'))
      .map((d) => {
        const [first, second] = d.args;
        const modifier = (second === undefined ? '' : first) as Location['modifier'];
        const pattern = second === undefined ? first : second;
        if (!['=', '^~', '~', '~*', ''].includes(modifier)) throw new Error(`nginx.conf:${d.line}: unknown location modifier ${modifier}`);
        const regex = modifier === '~' || modifier === '~*' ? new RegExp(pattern, modifier === '~*' ? 'i' : '') : undefined;
        return { modifier, pattern, regex, body: d.block ?? [], line: d.line };
      });
  }

  /** The upstream name → its `server` addresses. */
  upstreams(): Record<string, string[]> {
    return Object.fromEntries(
      this.http
        .filter((d) => d.name === 'upstream')
        .map((d) => [d.args[0], (d.block ?? []).filter((s) => s.name === 'server').map((s) => s.args[0])]),
    );
  }

  directive(scope: Directive[], name: string): Directive | undefined {
    return scope.find((d) => d.name === name);
  }

  /** nginx's choice: exact match; else the longest prefix, unless ^~ or a regex (in order) wins. */
  select(path: string): { location: Location; captures: RegExpExecArray | null } {
    const exact = this.locations.find((l) => l.modifier === '=' && l.pattern === path);
    if (exact) return { location: exact, captures: null };
    const prefix = this.locations
      .filter((l) => (l.modifier === '' || l.modifier === '^~') && path.startsWith(l.pattern))
      .sort((a, b) => b.pattern.length - a.pattern.length)[0];
    if (prefix?.modifier !== '^~') {
      for (const l of this.locations) {
        const captures = l.regex?.exec(path) ?? null;
        if (captures) return { location: l, captures };
      }
    }
    if (!prefix) throw new Error(`nginx.conf: no location matches ${path}`);
    return { location: prefix, captures: null };
  }

  /** What happens to a request for `path`: proxied (to which upstream, with which URI) or answered. */
  route(path: string, hops = 0): Outcome {
    if (hops > 10) throw new Error(`nginx.conf: rewrite loop for ${path}`);
    const { location, captures } = this.select(path);
    const where = `${location.modifier} ${location.pattern}`.trim();
    let uri = path;
    let groups = captures;
    const substitute = (template: string) =>
      template.replace(/\$(\d)|\$\{?([A-Za-z_]\w*)\}?/g, (_m, digit?: string, variable?: string) => {
        if (variable) throw new Error(`nginx.conf:${location.line}: the test's model does not expand $${variable}; extend it`);
        return groups?.[Number(digit)] ?? '';
      });
    let rewriting = true;
    for (const d of location.body) {
      if (rewriting && d.name === 'return') {
        const [code, text] = d.args;
        return { kind: 'return', status: Number(code), text: text === undefined ? undefined : substitute(text), location: where };
      }
      if (rewriting && d.name === 'rewrite') {
        const [pattern, replacement, flag] = d.args;
        const match = new RegExp(pattern).exec(uri);
        if (!match) continue;
        groups = match;
        const target = substitute(replacement);
        if (flag === 'redirect' || flag === 'permanent') {
          return { kind: 'return', status: flag === 'permanent' ? 301 : 302, text: target, location: where };
        }
        if (flag === 'last') return this.route(target, hops + 1);
        if (flag !== 'break') throw new Error(`nginx.conf:${d.line}: rewrite without break/last is not modelled; add a flag`);
        uri = target;
        rewriting = false;
      }
      if (rewriting && (d.name === 'if' || d.name === 'set')) {
        throw new Error(`nginx.conf:${d.line}: the test's model does not evaluate "${d.name}"; extend it or avoid it`);
      }
    }
    const proxyPass = this.directive(location.body, 'proxy_pass');
    if (!proxyPass) throw new Error(`nginx.conf: location ${where} neither proxies nor returns`);
    const target = /^https?:\/\/([^/$]+)(\/.*)?$/.exec(proxyPass.args[0]);
    if (!target) throw new Error(`nginx.conf:${proxyPass.line}: proxy_pass ${proxyPass.args[0]} is not modelled (no variables)`);
    const [, upstream, uriPart] = target;
    if (uriPart !== undefined) {
      if (location.modifier !== '' && location.modifier !== '^~') {
        throw new Error(`nginx.conf:${proxyPass.line}: a URI in proxy_pass inside a regex location is not valid nginx`);
      }
      if (rewriting) uri = uriPart + uri.slice(location.pattern.length);
    }
    return { kind: 'proxy', upstream, uri, location: where };
  }
}

const nginx = new NginxModel(parseNginx(readFileSync(NGINX_CONF, 'utf8')));

/** The compose service behind an nginx upstream (the host of its one server), and its port. */
function backendOf(upstream: string): { service: string; port: string } {
  const servers = nginx.upstreams()[upstream] ?? [upstream];
  if (servers.length !== 1) throw new Error(`nginx upstream ${upstream} should have exactly one server, has ${servers.length}`);
  const [host, port = '80'] = servers[0].split(':');
  return { service: host, port };
}

function proxiedTo(path: string): { service: string; uri: string } {
  const outcome = nginx.route(path);
  if (outcome.kind !== 'proxy') throw new Error(`${path} is answered by nginx itself (${outcome.status}), not proxied`);
  return { service: backendOf(outcome.upstream).service, uri: outcome.uri };
}

function findOnPath(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, binary);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

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

  it('answers paths no service serves with 404, and its own /healthz (the compose healthcheck) with 200', () => {
    expect(nginx.route('/api/unknown')).toMatchObject({ kind: 'return', status: 404 });
    expect(nginx.route('/')).toMatchObject({ kind: 'return', status: 404 });
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
        expect.stringMatching(/^CMD .*node -r @swc-node\/register .*apps\/\$\{SERVICE\}\/src\/main\.ts/),
      ]),
    );
    // The build toolchain stays in the build stage.
    expect(runtime.join('\n')).not.toMatch(/g\+\+|python3/);
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
