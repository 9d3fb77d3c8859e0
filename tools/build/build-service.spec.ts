import { freePort } from '@fhk/composition/embedded';
import { RoleTokens } from '@fhk/platform/auth';
import { http, waitFor } from '@fhk/shared/util';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * The production build (`nx build <app>`): plain JavaScript that boots with `node` alone, as the
 * image runs it. Built under tmp/ so the repository's node_modules resolves as /app/node_modules
 * does in the image.
 */
describe('tools/build/build-service.js', () => {
  const outDir = join(root, 'tmp', `build-spec-${process.pid}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'build-spec-data-'));
  let child: ChildProcess | null = null;
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds an app that runs with plain node: no TypeScript, no swc at run time', async () => {
    const build = spawnSync(process.execPath, ['tools/build/build-service.js', 'enterprise-profiles', outDir], { cwd: root, encoding: 'utf8' });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/^built enterprise-profiles: \d+ modules/);
    const files = readdirSync(outDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
    expect(files.filter((f) => /spec\.js$/.test(f))).toEqual([]);
    expect(files).toContain(join('apps', 'enterprise-profiles', 'src', 'main.js'));
    const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, f), 'utf8'));
    expect(js.filter((code) => /require\("@fhk\/|@swc-node/.test(code))).toEqual([]);

    const port = await freePort();
    const output: string[] = [];
    child = spawn(process.execPath, [join('apps', 'enterprise-profiles', 'src', 'main.js')], {
      cwd: outDir,
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => output.push(String(d)));
    child.stderr?.on('data', (d) => output.push(String(d)));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(
      async () => {
        if (child?.exitCode !== null) throw new Error(`the built app exited:\n${output.join('')}`);
        return (await fetch(`${url}/api/health/ready`).catch(() => null))?.status === 200;
      },
      'the built app to be ready',
      30_000,
    );
    // Signed in through the built app's own issuer (its demo accounts exist outside production).
    const tokens = new RoleTokens(url);
    expect((await http(`${url}/api/enterprises`, { body: { name: '構建測試企業', city: '福州' } })).status).toBe(401);
    const created = await tokens.http<{ id: string; name: string }>('enterprise', `${url}/api/enterprises`, { body: { name: '構建測試企業', city: '福州' } });
    expect(created.status).toBe(201);
    expect((await tokens.http<{ name: string }>('enterprise', `${url}/api/enterprises/${created.body.id}`)).body.name).toBe('構建測試企業');

    // Graceful: Nest's shutdown hooks close the app, then re-raise SIGTERM.
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child?.once('exit', (code, signal) => resolve({ code, signal })));
    child.kill('SIGTERM');
    expect([{ code: 0, signal: null }, { code: null, signal: 'SIGTERM' }]).toContainEqual(await exited);
    expect(output.join('')).not.toMatch(/"level":(50|60)|error/i);
  }, 60_000);
});
