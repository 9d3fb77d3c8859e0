import { Controller, Get, INestApplication, Module, Query } from '@nestjs/common';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { z } from 'zod';
import { ApiZodQuery } from './api-zod.decorators';
import { appOn, HTTP_ADAPTERS } from '../testing/app-on';
import { configureHttpApp } from './configure-http-app';
import { isWebAppNavigation } from './web-app';
import { ZodValidationPipe } from './zod-validation.pipe';

const GreetingQuery = z.object({ name: z.string().min(1), times: z.coerce.number<string>().int().min(1).default(1) }).strict();

@Controller('greetings')
class GreetingsController {
  @Get()
  @ApiZodQuery(GreetingQuery)
  greet(@Query(new ZodValidationPipe(GreetingQuery, 'query')) query: z.infer<typeof GreetingQuery>) {
    return { text: `hello ${query.name}`.repeat(query.times) };
  }
}

@Module({ controllers: [GreetingsController] })
class GreetingsModule {}

describe.each(HTTP_ADAPTERS)('the web app on the same origin as /api, on %s', (adapter) => {
  let app: INestApplication;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'web-app-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(webRoot, 'assets', 'index-abc.js'), 'console.log("portal");'.repeat(100));
    writeFileSync(join(webRoot, '.build-inputs'), 'hash');
    app = await appOn(adapter, GreetingsModule, (a) => configureHttpApp(a, { title: 't', description: 'd', bodyLimitBytes: 1024 * 1024, webRoot }));
  });
  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers a page of the app (any path outside /api, asked for as HTML) with index.html, never cached', async () => {
    for (const path of ['/', '/matches', '/auth/callback', '/measures/8']) {
      const res = await request(app.getHttpServer()).get(path).set('accept', 'text/html,application/xhtml+xml');
      expect({ path, status: res.status, type: res.type, body: res.text }).toEqual({ path, status: 200, type: 'text/html', body: '<!doctype html><title>portal</title>' });
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the build\'s files, hashed assets cached for a year and compressed, but no dotfiles', async () => {
    const asset = await request(app.getHttpServer()).get('/assets/index-abc.js').set('accept-encoding', 'gzip');
    expect(asset.status).toBe(200);
    expect(asset.type).toBe('text/javascript');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    const missing = await request(app.getHttpServer()).get('/assets/gone.js');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404 });
    expect((await request(app.getHttpServer()).get('/.build-inputs').set('accept', 'text/html')).text).not.toBe('hash');
  });

  it('never shadows /api: its routes answer as before, unknown /api paths are JSON 404s even for a browser', async () => {
    const ok = await request(app.getHttpServer()).get('/api/greetings?name=Anxi').set('accept', 'text/html');
    expect(ok.body).toEqual({ text: 'hello Anxi' });
    const unknown = await request(app.getHttpServer()).get('/api/nothing-here').set('accept', 'text/html');
    expect(unknown.status).toBe(404);
    expect(unknown.type).toBe('application/json');
    expect(unknown.body).toMatchObject({ statusCode: 404, message: 'Cannot GET /api/nothing-here' });
    const bad = await request(app.getHttpServer()).get('/api/greetings?name=');
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([{ field: 'name', reason: expect.any(String) }]);
  });

  it('documents a zod-validated query in OpenAPI, one parameter per field', async () => {
    const docs = await request(app.getHttpServer()).get('/api/docs-json');
    const parameters = docs.body.paths['/api/greetings'].get.parameters as Array<{ name: string; in: string; required: boolean; schema: { type: string } }>;
    expect(parameters.map((p) => [p.name, p.in, p.required, p.schema.type])).toEqual([
      ['name', 'query', true, 'string'],
      ['times', 'query', false, 'integer'],
    ]);
  });

  it('leaves a non-HTML or non-GET request that matches nothing as a 404', () => {
    expect(isWebAppNavigation('GET', '/matches', 'text/html')).toBe(true);
    expect(isWebAppNavigation('HEAD', '/matches', 'text/html')).toBe(true);
    expect(isWebAppNavigation('GET', '/matches', 'application/json')).toBe(false);
    expect(isWebAppNavigation('POST', '/matches', 'text/html')).toBe(false);
    expect(isWebAppNavigation('GET', '/api', 'text/html')).toBe(false);
    expect(isWebAppNavigation('GET', '/api/x', 'text/html')).toBe(false);
    expect(isWebAppNavigation('GET', '/apiary', 'text/html')).toBe(true);
  });
});
