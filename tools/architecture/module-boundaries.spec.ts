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

const architectureErrors = (messages: LintMessage[]) => messages.filter((m) => m.ruleId !== null && ARCHITECTURE_RULES.includes(m.ruleId)).map((m) => m.message);

const FORBIDDEN: Array<[string, string, string]> = [
  ['a service importing another service', 'libs/matcher/feature/src/lib/probe.ts', "import { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';"],
  ['the catalogue importing the calendar', 'libs/measure-catalogue/feature/src/lib/probe.ts', "import { EventCalendarModule } from '@fhk/event-calendar/feature';"],
  ['the matching core importing Nest', 'libs/matcher/core/src/lib/probe.ts', "import { Injectable } from '@nestjs/common';"],
  ['the matching core importing an adapter', 'libs/matcher/core/src/lib/probe.ts', "import { SEARCH_ENGINE } from '@fhk/platform/search';"],
  ['contracts importing the platform', 'libs/contracts/src/lib/probe.ts', "import { BusPublisher } from '@fhk/platform/bus';"],
  ['the platform importing a service', 'libs/platform/runtime/src/lib/probe.ts', "import { MatcherModule } from '@fhk/matcher/feature';"],
  ['the matching core reading files (node:fs)', 'libs/matcher/core/src/lib/probe.ts', "import { readFileSync } from 'node:fs';"],
  ['the matching core reading files (fs)', 'libs/matcher/core/src/lib/probe.ts', "import { readFile } from 'fs/promises';"],
  ['contracts opening sockets', 'libs/contracts/src/lib/probe.ts', "import { createServer } from 'node:net';"],
  ['the matching core importing a driver', 'libs/matcher/core/src/lib/probe.ts', "import { Kafka } from 'kafkajs';"],
  ['a service library choosing the Kafka adapter', 'libs/matcher/feature/src/lib/probe.ts', "import { KafkaBusTransport } from '@fhk/platform/bus';"],
  ['a service library choosing the embedded bus', 'libs/enterprise-profiles/feature/src/lib/probe.ts', "import { EmbeddedBusTransport } from '@fhk/platform/bus';"],
  ['a service library choosing the Mongo store', 'libs/event-calendar/feature/src/lib/probe.ts', "import { MongoDocumentStore } from '@fhk/platform/store';"],
  ['a service library creating a store', 'libs/measure-catalogue/feature/src/lib/probe.ts', "import { createDocumentStore } from '@fhk/platform/store';"],
  ['a service library choosing a search engine', 'libs/matcher/feature/src/lib/probe.ts', "import { MeilisearchSearchEngine } from '@fhk/platform/search';"],
  ['a service library using the adapter-choosing runtime', 'libs/matcher/feature/src/lib/probe.ts', "import { PlatformRuntime } from '@fhk/platform/runtime';"],
  ['a service library re-exporting an adapter', 'libs/matcher/feature/src/lib/probe.ts', "export { SqliteDocumentStore } from '@fhk/platform/store';"],
  ['a service library reaching the adapters through a namespace import (bus)', 'libs/matcher/feature/src/lib/probe.ts', "import * as bus from '@fhk/platform/bus';\nexport const b = bus;"],
  ['a service library reaching the adapter-choosing runtime through a namespace import', 'libs/event-calendar/feature/src/lib/probe.ts', "import * as runtime from '@fhk/platform/runtime';\nexport const r = runtime;"],
  ['a service library importing a driver', 'libs/enterprise-profiles/feature/src/lib/probe.ts', "import mongoose from 'mongoose';"],
];

const ALLOWED: Array<[string, string, string]> = [
  ['a service feature importing contracts and platform ports', 'libs/matcher/feature/src/lib/probe.ts', "import { EnterpriseChangedEvent } from '@fhk/contracts';\nimport { SEARCH_ENGINE } from '@fhk/platform/search';"],
  ['the one-process app importing every service', 'apps/platform/src/probe.ts', "import { MatcherModule } from '@fhk/matcher/feature';\nimport { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';"],
  ['a service library using the store port and the runtime modules for features', 'libs/matcher/feature/src/lib/probe.ts', "import { DOCUMENT_STORE, DocumentStore } from '@fhk/platform/store';\nimport { ServiceStoreModule, HealthRegistry } from '@fhk/platform/runtime';"],
  ['the composition choosing adapters', 'libs/composition/embedded/src/lib/probe.ts', "import { startInProcess } from '@fhk/platform/runtime';\nimport { EmbeddedBusTransport } from '@fhk/platform/bus';"],
  ['a service library’s own tests using an adapter', 'libs/matcher/feature/src/lib/probe.spec.ts', "import { SqliteDocumentStore } from '@fhk/platform/store';"],
];

describe('module boundaries', () => {
  let forbidden: LintMessage[][] = [];
  let allowed: LintMessage[][] = [];
  beforeAll(() => {
    const all = lintProbes([...FORBIDDEN, ...ALLOWED].map(([, file, source]) => ({ file, source: `${source}\nexport const probe = 1;\n` })));
    forbidden = all.slice(0, FORBIDDEN.length);
    allowed = all.slice(FORBIDDEN.length);
  }, 120_000);

  it.each(FORBIDDEN.map((c, i) => [...c, i] as const))('forbids %s', (_case, _file, _source, i) => {
    expect(architectureErrors(forbidden[i])).not.toEqual([]);
  });

  it.each(ALLOWED.map((c, i) => [...c, i] as const))('allows %s', (_case, _file, _source, i) => {
    expect(architectureErrors(allowed[i])).toEqual([]);
  });
});
