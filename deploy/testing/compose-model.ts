import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { serviceConfigSchema } from '@fhk/platform/config';

/** The compose file as data, with ${VAR:-default} interpolation resolved (for deploy tests). */
export const ROOT = resolve(__dirname, '..', '..');
export const COMPOSE_FILE = join(__dirname, '..', 'docker-compose.yml');


export interface ComposeBuild {
  context?: string;
  dockerfile?: string;
  args?: Record<string, unknown> | string[];
}
export interface ComposeService {
  image?: string;
  build?: string | ComposeBuild;
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  env_file?: unknown;
  ports?: unknown[];
  volumes?: unknown[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: unknown; disable?: boolean };
}
export interface ComposeFile {
  services: Record<string, ComposeService>;
}

export function loadYaml(file: string): unknown {
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

export function asComposeFile(value: unknown, file: string): ComposeFile {
  const services = (value as { services?: unknown } | null)?.services;
  if (!services || typeof services !== 'object' || Array.isArray(services)) {
    throw new Error(`${relative(ROOT, file)} has no services: mapping`);
  }
  return value as ComposeFile;
}

/** Parsed once; every test that needs it rethrows the same clear error if it does not parse. */
export const composeResult: { ok: true; file: ComposeFile } | { ok: false; error: Error } = (() => {
  try {
    return { ok: true, file: asComposeFile(loadYaml(COMPOSE_FILE), COMPOSE_FILE) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
})();

export function compose(): ComposeFile {
  if (!composeResult.ok) throw composeResult.error;
  return composeResult.file;
}

export function service(name: string): ComposeService {
  const found = compose().services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

/**
 * Compose interpolation as `docker compose` does it with nothing set in the environment:
 * ${VAR:-default} and ${VAR-default} give the default, $$ is a literal $. A bare $VAR / ${VAR} or
 * ${VAR:?err} would make the stack depend on the caller's shell, so it is refused here.
 */
export function interpolate(value: string, where: string): string {
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
export function rawEnvironment(name: string): Record<string, unknown> {
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
export function resolvedEnvironment(name: string): Record<string, string> {
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

export function buildArgs(build: ComposeBuild): Record<string, string> {
  const args = build.args ?? {};
  if (!Array.isArray(args)) return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(args.map((a) => String(a).split(/=(.*)/s, 2) as [string, string]));
}

export function dependsOn(name: string): Record<string, string> {
  const deps = service(name).depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([d, spec]) => [d, spec?.condition ?? 'service_started']));
}

/** host:port pairs in a comma-separated broker list or a mongodb:// / http:// URL. */
export function hostOf(address: string): string {
  const withoutScheme = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return withoutScheme.split(/[/?]/)[0].split(':')[0];
}

export const parsedConfig = (name: string) => serviceConfigSchema.safeParse(resolvedEnvironment(name));

