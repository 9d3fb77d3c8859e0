import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import { ApiExceptionFilter } from './api-exception.filter';
import { parseIfMatch, assertVersionMatches, etagOf } from './if-match';
import { assertJsonDepth, JsonTooDeepError } from './json-depth';
import { ZodValidationPipe } from './zod-validation.pipe';

function respond(exception: unknown, request = { method: 'GET', path: '/api/x' }, allowedOn: (path: string) => string[] = () => []) {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const response = {};
  // The adapter's calls, as Express and Fastify both have them.
  const adapter = {
    getRequestMethod: (req: typeof request) => req.method,
    getRequestUrl: (req: typeof request) => `${req.path}?q=1`,
    isHeadersSent: () => sent.body !== undefined,
    reply: (_res: unknown, body: unknown, status?: number) => ((sent.status = status), (sent.body = body)),
    status: (_res: unknown, status: number) => (sent.status = status),
    setHeader: (_res: unknown, name: string, value: string) => (sent.headers[name] = value),
  };
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }) };
  new ApiExceptionFilter(adapter, allowedOn).catch(exception, host as never);
  return sent as {
    status: number;
    headers: Record<string, string>;
    body: { statusCode: number; error: string; message: string; issues?: Array<{ field: string; reason: string }>; issueCount?: number };
  };
}

describe('ZodValidationPipe', () => {
  const pipe = new ZodValidationPipe(z.object({ name: z.string().min(1), employees: z.number().int() }).strict());

  it('names every bad field and unknown key', () => {
    try {
      pipe.transform({ name: '', employees: 1.5, extra: true });
      throw new Error('expected a 400');
    } catch (error) {
      const body = (error as BadRequestException).getResponse() as { issues: Array<{ field: string }> };
      expect(body.issues.map((i) => i.field).sort()).toEqual(['employees', 'extra', 'name']);
    }
  });

  it('refuses a body that is not an object', () => {
    expect(() => pipe.transform('text')).toThrow(BadRequestException);
  });
});

describe('ApiExceptionFilter', () => {
  it('keeps the issues of validation errors and gives every other client error one', () => {
    expect(respond(new BadRequestException({ message: 'bad', issues: [{ field: 'name', reason: 'empty' }] })).body.issues).toEqual([{ field: 'name', reason: 'empty' }]);
    const notFound = respond(new NotFoundException('No such thing'));
    expect(notFound).toMatchObject({ status: 404, body: { error: 'Not Found', issues: [{ field: '(request)', reason: 'No such thing' }] } });
  });

  it('marks malformed JSON and too-large bodies as problems of the body', () => {
    expect(respond(new BadRequestException('Unexpected token } in JSON at position 12')).body.issues?.[0]).toMatchObject({ field: '(body)', reason: expect.stringMatching(/^malformed JSON/) });
    expect(respond(new HttpException('request entity too large', 413)).body.issues?.[0].field).toBe('(body)');
  });

  it('maps store and search errors by name, and hides internal errors', () => {
    const conflict = Object.assign(new Error('version conflict'), { name: 'VersionConflictError' });
    expect(respond(conflict).status).toBe(409);
    expect(respond(Object.assign(new Error('gone'), { name: 'SearchIndexNotFoundError' })).status).toBe(503);
    const internal = respond(new Error('db password is hunter2'));
    expect(internal.status).toBe(500);
    expect(JSON.stringify(internal.body)).not.toContain('hunter2');
  });
});

describe('ApiExceptionFilter on hostile input', () => {
  it('answers a wrong method on a known path with 405 and Allow, an unknown path with 404', () => {
    const allowedOn = (path: string) => (path === '/api/areas' ? ['GET', 'HEAD'] : []);
    const wrong = respond(new NotFoundException('Cannot DELETE /api/areas'), { method: 'DELETE', path: '/api/areas' }, allowedOn);
    expect(wrong).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' }, body: { error: 'Method Not Allowed', issues: [{ field: '(method)' }] } });
    expect(respond(new NotFoundException('Cannot GET /api/nope'), { method: 'GET', path: '/api/nope' }, allowedOn).status).toBe(404);
  });

  it('gives a body that cannot be decoded (http-errors from the body parser) its own 4xx', () => {
    const inflate = Object.assign(new Error('incorrect header check'), { status: 400, expose: true });
    expect(respond(inflate)).toMatchObject({ status: 400, body: { issues: [{ field: '(body)' }] } });
  });

  it('names the id in a conflict, never the store collection', () => {
    const exists = Object.assign(new Error('version conflict on calendar_events/x: expected absent, found 1'), { name: 'VersionConflictError', id: 'x', expectedVersion: null });
    const conflict = respond(exists);
    expect(conflict).toMatchObject({ status: 409, body: { error: 'Conflict', message: 'x already exists', issues: [{ field: 'id' }] } });
    expect(JSON.stringify(conflict.body)).not.toContain('calendar_events');
  });

  it('lists at most 100 validation issues, with their count', () => {
    const pipe = new ZodValidationPipe(z.object({ name: z.string() }).strict());
    const body = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 1]));
    try {
      pipe.transform({ name: 'x', ...body });
      throw new Error('expected a 400');
    } catch (error) {
      const sent = respond(error);
      expect(sent.body.issues).toHaveLength(100);
      expect(sent.body.issueCount).toBe(5000);
    }
  });
});

describe('JSON depth', () => {
  it('refuses a body nested deeper than the limit, whatever brackets its strings hold', () => {
    expect(() => assertJsonDepth(Buffer.from(`${'['.repeat(33)}${']'.repeat(33)}`))).toThrow(JsonTooDeepError);
    expect(() => assertJsonDepth(Buffer.from(`${'{"a":'.repeat(32)}1${'}'.repeat(32)}`))).not.toThrow();
    expect(() => assertJsonDepth(Buffer.from(JSON.stringify({ text: '['.repeat(1000), quoted: '\\"[[[[' })))).not.toThrow();
    const error = new JsonTooDeepError();
    expect(respond(error)).toMatchObject({ status: 400, body: { issues: [{ field: '(body)' }] } });
  });
});

describe('If-Match', () => {
  it('reads version ETags and refuses anything else', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('*')).toBeUndefined();
    expect(() => parseIfMatch('"abc"')).toThrow(BadRequestException);
    expect(etagOf(4)).toBe('"4"');
  });

  it('refuses a stale version with 412', () => {
    expect(() => assertVersionMatches(2, 3, 'X')).toThrow(expect.objectContaining({ status: 412 }));
    expect(() => assertVersionMatches(undefined, 3, 'X')).not.toThrow();
  });
});
