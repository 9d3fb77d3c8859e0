import { Controller, Get, HttpCode, INestApplication, Module, NotFoundException, Param, Post, Query, StreamableFile } from '@nestjs/common';
import request from 'supertest';
import { z } from 'zod';
import { configureHttpApp } from './configure-http-app';
import { appOn, HTTP_ADAPTERS } from '../testing/app-on';
import { download, HttpReply, reply } from './http-reply';
import { noneMatchHits, VersionETag } from './http-reply.interceptor';
import { ZodValidationPipe } from './zod-validation.pipe';

const things = new Map([['a', { id: 'a', version: 3, name: 'first' }]]);
const FileQuery = z.object({ lang: z.enum(['en', 'zh-Hant']).default('en') }).strict();

@Controller('things')
class ThingsController {
  @Get(':id')
  @VersionETag()
  get(@Param('id') id: string) {
    const thing = things.get(id);
    if (!thing) throw new NotFoundException({ message: 'No such thing', issues: [{ field: 'id', reason: 'not found' }] });
    return thing;
  }

  @Post()
  @HttpCode(201)
  @VersionETag()
  create(): HttpReply<{ id: string; version: number }> {
    return reply({ id: 'b', version: 1 }, { headers: { Location: '/api/things/b' } });
  }

  @Post('import')
  @HttpCode(200)
  import(@Query('fail') fail?: string) {
    return reply({ rows: fail ? 1 : 0 }, { status: fail ? 422 : 200 });
  }

  @Get('export/file')
  file(@Query(new ZodValidationPipe(FileQuery, 'query')) query: z.infer<typeof FileQuery>): StreamableFile {
    return download(`名稱,${query.lang}\n`, { type: 'text/csv; charset=utf-8', filename: 'things.csv' });
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

describe.each(HTTP_ADAPTERS)('answers without the response object (reply, download, @VersionETag) on %s', (adapter) => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await appOn(adapter, ThingsModule, (a) => configureHttpApp(a, { title: 't', description: 'd', bodyLimitBytes: 1024 }));
  });
  afterAll(() => app.close());

  it('sends the version of the entity as its ETag, and a 304 without body to a GET that already has it', async () => {
    const read = await request(app.getHttpServer()).get('/api/things/a');
    expect({ status: read.status, etag: read.headers.etag, body: read.body }).toEqual({ status: 200, etag: '"3"', body: { id: 'a', version: 3, name: 'first' } });
    for (const tag of ['"3"', 'W/"3"', '"1", "3"', '*']) {
      const again = await request(app.getHttpServer()).get('/api/things/a').set('if-none-match', tag);
      expect({ tag, status: again.status, etag: again.headers.etag, text: again.text }).toEqual({ tag, status: 304, etag: '"3"', text: '' });
    }
    const stale = await request(app.getHttpServer()).get('/api/things/a').set('if-none-match', '"2"');
    expect(stale.status).toBe(200);
    const forced = await request(app.getHttpServer()).get('/api/things/a').set('if-none-match', '"3"').set('cache-control', 'no-cache');
    expect(forced.status).toBe(200);
  });

  it('an error on a versioned route is the usual JSON error, without a version ETag', async () => {
    const missing = await request(app.getHttpServer()).get('/api/things/zz');
    expect(missing.status).toBe(404);
    // (Express adds a weak ETag of the body to every response; no version is claimed.)
    expect(missing.headers.etag ?? '').not.toMatch(/^"\d+"$/);
    expect(missing.body).toMatchObject({ statusCode: 404, issues: [{ field: 'id', reason: 'not found' }] });
  });

  it('applies the status and headers of a reply, and the ETag of its body', async () => {
    const created = await request(app.getHttpServer()).post('/api/things');
    expect({ status: created.status, etag: created.headers.etag, location: created.headers.location, body: created.body }).toEqual({
      status: 201,
      etag: '"1"',
      location: '/api/things/b',
      body: { id: 'b', version: 1 },
    });
    expect((await request(app.getHttpServer()).post('/api/things/import')).status).toBe(200);
    const refused = await request(app.getHttpServer()).post('/api/things/import?fail=1');
    expect({ status: refused.status, body: refused.body }).toEqual({ status: 422, body: { rows: 1 } });
  });

  it('sends a download with its type, length and file name; a bad query is a JSON 400 without them', async () => {
    const file = await request(app.getHttpServer()).get('/api/things/export/file?lang=zh-Hant');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe('attachment; filename="things.csv"');
    expect(file.headers['content-length']).toBe(String(Buffer.byteLength('名稱,zh-Hant\n')));
    expect(file.text).toBe('名稱,zh-Hant\n');
    const bad = await request(app.getHttpServer()).get('/api/things/export/file?lang=fr');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/json/);
    expect(bad.headers['content-disposition']).toBeUndefined();
    expect(bad.body.issues[0].field).toBe('lang');
  });
});

describe('noneMatchHits', () => {
  it('compares weakly and lists', () => {
    expect(noneMatchHits(undefined, '"3"')).toBe(false);
    expect(noneMatchHits('"30"', '"3"')).toBe(false);
    expect(noneMatchHits(['"1"', 'W/"3"'], '"3"')).toBe(true);
  });
});
