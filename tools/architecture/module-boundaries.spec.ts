import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The architecture is the lint rule: these imports must be refused by `nx lint`. Each case lints
 * a one-line file placed (virtually) inside a project, with the workspace's real ESLint config.
 */
const root = join(__dirname, '..', '..');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Runs the real ESLint CLI (the flat config is ESM, which Jest's module system cannot load). */
async function boundaryErrors(fileInProject: string, source: string): Promise<string[]> {
  let output: string;
  try {
    output = execFileSync(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', fileInProject, '--format', 'json'], {
      cwd: root,
      input: source,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout; // exit code 1 = lint errors found
  }
  const [result] = JSON.parse(output) as Array<{ messages: LintMessage[] }>;
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  it.each([
    ['a service importing another service', 'libs/matcher/feature/src/lib/probe.ts', "import { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';"],
    ['the catalogue importing the calendar', 'libs/measure-catalogue/feature/src/lib/probe.ts', "import { EventCalendarModule } from '@fhk/event-calendar/feature';"],
    ['the matching core importing Nest', 'libs/matcher/core/src/lib/probe.ts', "import { Injectable } from '@nestjs/common';"],
    ['the matching core importing an adapter', 'libs/matcher/core/src/lib/probe.ts', "import { SEARCH_ENGINE } from '@fhk/platform/search';"],
    ['contracts importing the platform', 'libs/contracts/src/lib/probe.ts', "import { BusPublisher } from '@fhk/platform/bus';"],
    ['the platform importing a service', 'libs/platform/runtime/src/lib/probe.ts', "import { MatcherModule } from '@fhk/matcher/feature';"],
  ])('forbids %s', async (_case, file, source) => {
    expect(await boundaryErrors(file, `${source}\nexport const probe = 1;\n`)).not.toEqual([]);
  });

  it.each([
    ['a service feature importing contracts and platform ports', 'libs/matcher/feature/src/lib/probe.ts', "import { EnterpriseChangedEvent } from '@fhk/contracts';\nimport { SEARCH_ENGINE } from '@fhk/platform/search';"],
    ['the one-process app importing every service', 'apps/platform/src/probe.ts', "import { MatcherModule } from '@fhk/matcher/feature';\nimport { EnterpriseProfilesModule } from '@fhk/enterprise-profiles/feature';"],
  ])('allows %s', async (_case, file, source) => {
    expect(await boundaryErrors(file, `${source}\nexport const probe = [${'1'}];\n`)).toEqual([]);
  });
});
