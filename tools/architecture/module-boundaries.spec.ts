import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The architecture is the lint rule: these imports must be refused by `nx lint`. Each case lints
 * a one-line file placed (virtually) inside a project, with the workspace's real ESLint config.
 */
const root = join(__dirname, '..', '..');

/** The rules that carry the architecture (eslint.config.mjs): project tags, and the import bans beside them. */
const ARCHITECTURE_RULES = ['@nx/enforce-module-boundaries', 'no-restricted-imports'];

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Lints every probe in one ESLint process with the workspace's real config (tools/architecture/lint-probes.mjs). */
function lintProbes(probes: Array<{ file: string; source: string }>): LintMessage[][] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-probes.mjs')], {
    cwd: root,
    input: JSON.stringify(probes.map(({ file, source }) => ({ file: join(root, file), source }))),
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return JSON.parse(output) as LintMessage[][];
}

/** The architecture errors among `messages`, or only those of `rule`. */
const architectureErrors = (messages: LintMessage[], rule?: string) =>
  messages.filter((m) => m.ruleId !== null && ARCHITECTURE_RULES.includes(m.ruleId) && (!rule || m.ruleId === rule)).map((m) => m.message);

/** Which rule must refuse the import: the tags (Nx) or the import bans beside them (Node's I/O modules, testing entry points). */
const TAGS = '@nx/enforce-module-boundaries';
const BANS = 'no-restricted-imports';

const FORBIDDEN: Array<[string, string, string, string]> = [
  // Scopes: one service never imports another's code; the platform never imports a service.
  ['a service importing another service', 'libs/matcher/feature/src/lib/probe.ts', "import { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';", TAGS],
  ['the catalogue importing the calendar', 'libs/measure-catalogue/feature/src/lib/probe.ts', "import { EventCalendarModule } from '@fhk/event-calendar/feature';", TAGS],
  ['the platform importing a service', 'libs/platform/runtime/src/lib/probe.ts', "import { MatcherModule } from '@fhk/matcher/feature';", TAGS],
  // Core code (the matching core, the contracts): no Nest, no platform, no driver, no I/O.
  ['the matching core importing Nest', 'libs/matcher/core/src/lib/probe.ts', "import { Injectable } from '@nestjs/common';", TAGS],
  ['the matching core importing a port', 'libs/matcher/core/src/lib/probe.ts', "import { SEARCH_ENGINE } from '@fhk/platform/search';", TAGS],
  ['the matching core importing an adapter', 'libs/matcher/core/src/lib/probe.ts', "import { OramaSearchEngine } from '@fhk/platform/search-orama';", TAGS],
  ['contracts importing the platform', 'libs/contracts/src/lib/probe.ts', "import { BusPublisher } from '@fhk/platform/bus';", TAGS],
  ['the matching core reading files (node:fs)', 'libs/matcher/core/src/lib/probe.ts', "import { readFileSync } from 'node:fs';", BANS],
  ['the matching core reading files (fs)', 'libs/matcher/core/src/lib/probe.ts', "import { readFile } from 'fs/promises';", BANS],
  ['the matching core’s own tests reading files', 'libs/matcher/core/src/lib/probe.spec.ts', "import { readFileSync } from 'node:fs';", BANS],
  ['contracts opening sockets', 'libs/contracts/src/lib/probe.ts', "import { createServer } from 'node:net';", BANS],
  ['the matching core importing a driver', 'libs/matcher/core/src/lib/probe.ts', "import { Kafka } from 'kafkajs';", TAGS],
  ['contracts importing a driver', 'libs/contracts/src/lib/probe.ts', "import mongoose from 'mongoose';", TAGS],
  // Controllers know no HTTP framework (ADR 0017): not in a service library, not in any library's controller.
  ['a service library importing Express types', 'libs/enterprise-profiles/feature/src/lib/probe.service.ts', "import type { Response } from 'express';", BANS],
  ['a platform controller importing Fastify types', 'libs/platform/runtime/src/lib/probe.controller.ts', "import type { FastifyReply } from 'fastify';", BANS],
  // Service libraries see ports only: no adapter library, however imported, and not the runtime.
  ['a service library importing the Kafka adapter', 'libs/matcher/feature/src/lib/probe.ts', "import { KafkaBusTransport } from '@fhk/platform/bus-kafka';", TAGS],
  ['a service library importing the embedded bus', 'libs/enterprise-profiles/feature/src/lib/probe.ts', "import { EmbeddedBusTransport } from '@fhk/platform/bus-embedded';", TAGS],
  ['a service library importing the Mongo store', 'libs/event-calendar/feature/src/lib/probe.ts', "import { MongoDocumentStore } from '@fhk/platform/store-mongo';", TAGS],
  ['a service library importing a search adapter', 'libs/matcher/feature/src/lib/probe.ts', "import { MeilisearchSearchEngine } from '@fhk/platform/search-meilisearch';", TAGS],
  ['a service library importing an adapter library whole (import * as)', 'libs/matcher/feature/src/lib/probe.ts', "import * as sqlite from '@fhk/platform/store-sqlite';\nexport const s = sqlite;", TAGS],
  ['a service library importing an adapter lazily (import())', 'libs/measure-catalogue/feature/src/lib/probe.ts', "export const load = () => import('@fhk/platform/store-mongo');", TAGS],
  ['a service library re-exporting an adapter', 'libs/matcher/feature/src/lib/probe.ts', "export { SqliteDocumentStore } from '@fhk/platform/store-sqlite';", TAGS],
  ['a service library creating a store with the runtime’s factory', 'libs/measure-catalogue/feature/src/lib/probe.ts', "import { createDocumentStore } from '@fhk/platform/runtime';", TAGS],
  ['a service library using the adapter-choosing runtime', 'libs/matcher/feature/src/lib/probe.ts', "import { PlatformRuntime } from '@fhk/platform/runtime';", TAGS],
  ['a service library importing the runtime whole (import * as)', 'libs/event-calendar/feature/src/lib/probe.ts', "import * as runtime from '@fhk/platform/runtime';\nexport const r = runtime;", TAGS],
  ['a service library’s own tests booting through the runtime', 'libs/matcher/feature/src/lib/probe.spec.ts', "import { startInProcess } from '@fhk/platform/runtime';", TAGS],
  ['a service library importing a driver', 'libs/enterprise-profiles/feature/src/lib/probe.ts', "import mongoose from 'mongoose';", TAGS],
  ['a service library’s code importing a contract suite', 'libs/matcher/feature/src/lib/probe.ts', "import { describeDocumentStoreContract } from '@fhk/platform/store/testing';", BANS],
  // The kits services build on (service-kit, outbox, audit, auth) are built on ports too.
  ['the service kit importing an adapter', 'libs/platform/service-kit/src/lib/probe.ts', "import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';", TAGS],
  ['the outbox importing the runtime', 'libs/platform/outbox/src/lib/probe.ts', "import { PlatformRuntime } from '@fhk/platform/runtime';", TAGS],
  ['the audit trail importing a driver', 'libs/platform/audit/src/lib/probe.ts', "import Database from 'better-sqlite3';", TAGS],
  // Ports know no adapter and no driver; adapters implement one port and know no other adapter.
  ['the store port importing a driver', 'libs/platform/store/src/lib/probe.ts', "import Database from 'better-sqlite3';", TAGS],
  ['the bus port importing a driver', 'libs/platform/bus/src/lib/probe.ts', "import { Kafka } from 'kafkajs';", TAGS],
  ['the search port importing a driver', 'libs/platform/search/src/lib/probe.ts', "import { create } from '@orama/orama';", TAGS],
  ['the bus port importing an adapter', 'libs/platform/bus/src/lib/probe.ts', "import { KafkaBusTransport } from '@fhk/platform/bus-kafka';", TAGS],
  ['an adapter importing another adapter', 'libs/platform/store-sqlite/src/lib/probe.ts', "import { MongoDocumentStore } from '@fhk/platform/store-mongo';", TAGS],
  ['an adapter importing the runtime', 'libs/platform/search-orama/src/lib/probe.ts', "import { PlatformRuntime } from '@fhk/platform/runtime';", TAGS],
  ['the runtime importing a driver itself', 'libs/platform/runtime/src/lib/probe.ts', "import mongoose from 'mongoose';", TAGS],
];

const ALLOWED: Array<[string, string, string]> = [
  ['a service feature importing contracts and platform ports', 'libs/matcher/feature/src/lib/probe.ts', "import { EnterpriseChangedEvent } from '@fhk/contracts';\nimport { SEARCH_ENGINE } from '@fhk/platform/search';\nimport { BusPublisher, headersOf } from '@fhk/platform/bus';"],
  ['a service library using the store port and the service kit', 'libs/matcher/feature/src/lib/probe.ts', "import { DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';\nimport { ServiceStoreModule, HealthRegistry, PLATFORM_CONFIG } from '@fhk/platform/service-kit';\nimport { OutboxRelay } from '@fhk/platform/outbox';"],
  ['a service library’s own tests using an adapter', 'libs/matcher/feature/src/lib/probe.spec.ts', "import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';\nimport { EmbeddedBusTransport } from '@fhk/platform/bus-embedded';"],
  ['the one-process app importing every service', 'apps/platform/src/probe.ts', "import { MatcherModule } from '@fhk/matcher/feature';\nimport { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';"],
  ['a service app booting through the runtime', 'apps/matcher/src/probe.ts', "import { runService } from '@fhk/platform/runtime';"],
  ['the composition choosing adapters', 'libs/composition/embedded/src/lib/probe.ts', "import { startInProcess } from '@fhk/platform/runtime';\nimport { EmbeddedBusTransport } from '@fhk/platform/bus-embedded';"],
  ['the runtime choosing adapters for the service kit', 'libs/platform/runtime/src/lib/probe.ts', "import { KafkaBusTransport } from '@fhk/platform/bus-kafka';\nimport { ServiceAdapters } from '@fhk/platform/service-kit';"],
  ['an adapter implementing its port with its driver', 'libs/platform/store-sqlite/src/lib/probe.ts', "import Database from 'better-sqlite3';\nimport { DocumentStore, validateWriteOperations } from '@fhk/platform/store';"],
  ['an adapter’s spec running its port’s contract suite', 'libs/platform/bus-kafka/src/lib/probe.contract-spec.ts', "import { describeBusContract } from '@fhk/platform/bus/testing';"],
  ['a kit built on the ports', 'libs/platform/outbox/src/lib/probe.ts', "import { BusPublisher } from '@fhk/platform/bus';\nimport { DocumentStore } from '@fhk/platform/store';"],
  ['an app reading a store file with the driver (the hostile suite)', 'apps/platform-hostile/src/lib/probe.ts', "import Database from 'better-sqlite3';"],
];

describe('module boundaries', () => {
  let forbidden: LintMessage[][] = [];
  let allowed: LintMessage[][] = [];
  beforeAll(() => {
    const all = lintProbes([...FORBIDDEN, ...ALLOWED].map(([, file, source]) => ({ file, source: `${source}\nexport const probe = 1;\n` })));
    forbidden = all.slice(0, FORBIDDEN.length);
    allowed = all.slice(FORBIDDEN.length);
  }, 120_000);

  it.each(FORBIDDEN.map((c, i) => [...c, i] as const))('forbids %s', (_case, _file, _source, rule, i) => {
    expect(architectureErrors(forbidden[i], rule)).not.toEqual([]);
  });

  it.each(ALLOWED.map((c, i) => [...c, i] as const))('allows %s', (_case, _file, _source, i) => {
    expect(architectureErrors(allowed[i])).toEqual([]);
  });
});
