import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

const port = z.coerce.number().int('must be a whole number').min(1).max(65535);

/** The services. Each owns its store and (the matcher) its search index. */
export const SERVICE_NAMES = ['enterprise-profiles', 'measure-catalogue', 'event-calendar', 'matcher'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/**
 * Variables every service reads. Secrets are marked in `SECRET_VARIABLES` and never logged.
 * Defaults are the embedded adapters, so `npm start` needs no variables at all.
 */
export const commonConfigShape = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  /** The address the HTTP port binds: loopback by default; containers set 0.0.0.0. */
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where embedded adapters keep their files. */
  DATA_DIR: z.string().min(1).default('./data'),
  BUS_ADAPTER: z.enum(['embedded', 'kafka']).default('embedded'),
  /** Comma-separated host:port list; required when BUS_ADAPTER=kafka. */
  KAFKA_BROKERS: z.string().optional(),
  KAFKA_CLIENT_ID: z.string().min(1).default('fhk-matcher'),
  /** Optional prefix of every topic and consumer group on the broker (`<ns>.<topic>`): runs sharing a broker stay apart. */
  KAFKA_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/, 'must be 1–60 letters, digits, _ or -')
    .optional(),
  STORE_ADAPTER: z.enum(['sqlite', 'mongo']).default('sqlite'),
  /** mongodb:// URL of a replica set (transactions need one); required when STORE_ADAPTER=mongo. */
  MONGO_URL: z.string().optional(),
  /** Seed the shipped data on start when the store is empty (embedded default). */
  SEED_ON_START: bool.default(true),
  /** How often the outbox relay looks for unpublished events when nothing woke it (ms). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(250),
  /** Worker threads analysing imported and changed firms off the event loop (docs/adr/0022); 0: in the event loop's thread. */
  MATCHER_ANALYSIS_WORKERS: z.coerce.number().int().min(0).max(16).default(0),
  /** Handler attempts before an event goes to its dead-letter topic. */
  CONSUMER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  /** Request body limit for the HTTP API (bytes). */
  HTTP_BODY_LIMIT: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(4 * 1024 * 1024),
  /** The HTTP framework under Nest (docs/adr/0017): express (default) or fastify. */
  HTTP_ADAPTER: z.enum(['express', 'fastify']).default('express'),
};

/** Who may call the API (docs/adr/0009): tokens are verified in every service. */
export const authConfigShape = {
  /** An external OIDC issuer (distributed mode, e.g. Keycloak). Unset: this process runs the local issuer. */
  OIDC_ISSUER_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
  /** The `aud` every access token must carry. */
  OIDC_AUDIENCE: z.string().min(1).default('fhk-api'),
  /** Allowed clock difference when checking `exp` / `nbf` / `iat` (seconds). */
  AUTH_CLOCK_SKEW_S: z.coerce.number().int().min(0).max(300).default(30),
  /** The origin users reach this process at (the local issuer's identifier); default http://localhost:PORT. */
  PUBLIC_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
  /** Create one demo account per role in the local issuer (refused when NODE_ENV=production). */
  DEMO_ACCOUNTS: bool.default(true),
  /** The demo accounts' password (README documents the default). */
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('fhk-demo-2026'),
  /** Requests per minute per client address: all routes, and writes (POST, PUT, PATCH, DELETE) on their own. */
  RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  RATE_LIMIT_WRITES_PER_MIN: z.coerce.number().int().min(1).max(10_000_000).default(300),
  /** Comma-separated browser origins allowed by CORS; empty: same origin only. */
  CORS_ORIGINS: z.string().default(''),
};

export const searchConfigShape = {
  SEARCH_ADAPTER: z.enum(['orama', 'meilisearch']).default('orama'),
  /** Required when SEARCH_ADAPTER=meilisearch. */
  MEILI_URL: z.string().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  /**
   * Orama with the SQLite store: keep the search index in `<DATA_DIR>/<index>.snapshot` (written at
   * shutdown and after a full rebuild, loaded at start, then checked row by row against the read
   * model; ADR 0020), and the matcher's opportunity analyses in `<DATA_DIR>/matcher-corpus.snapshot`
   * (ADR 0021). Off: the index is rebuilt and every opportunity analysed again at every start.
   */
  SEARCH_SNAPSHOT: bool.default(true),
};

export const SECRET_VARIABLES = ['MEILI_MASTER_KEY', 'MONGO_URL', 'DEMO_PASSWORD'] as const;

function requireWhen(
  ctx: z.RefinementCtx,
  condition: boolean,
  variable: string,
  value: string | undefined,
  why: string,
): void {
  if (condition && !value) ctx.addIssue({ code: 'custom', path: [variable], message: `is required when ${why}` });
}

export const serviceConfigSchema = z
  .object({ ...commonConfigShape, ...authConfigShape, ...searchConfigShape, SERVICE: z.enum(SERVICE_NAMES).optional() })
  .superRefine((c, ctx) => {
    requireWhen(ctx, c.BUS_ADAPTER === 'kafka', 'KAFKA_BROKERS', c.KAFKA_BROKERS, 'BUS_ADAPTER=kafka');
    requireWhen(ctx, c.STORE_ADAPTER === 'mongo', 'MONGO_URL', c.MONGO_URL, 'STORE_ADAPTER=mongo');
    requireWhen(ctx, c.SEARCH_ADAPTER === 'meilisearch', 'MEILI_URL', c.MEILI_URL, 'SEARCH_ADAPTER=meilisearch');
    if (c.NODE_ENV === 'production' && !c.OIDC_ISSUER_URL && c.DEMO_ACCOUNTS) {
      ctx.addIssue({ code: 'custom', path: ['DEMO_ACCOUNTS'], message: 'demo accounts are refused when NODE_ENV=production: set DEMO_ACCOUNTS=false or OIDC_ISSUER_URL' });
    }
  });

export type PlatformConfig = z.infer<typeof serviceConfigSchema>;

/** Every variable name a service may read: the compose file may pass nothing else. */
export const KNOWN_VARIABLES: readonly string[] = [
  ...Object.keys(commonConfigShape),
  ...Object.keys(authConfigShape),
  ...Object.keys(searchConfigShape),
  'SERVICE',
];
