import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import { ApiExceptionFilter } from './api-exception.filter';
import { parseIfMatch, assertVersionMatches, etagOf } from './if-match';
import { ZodValidationPipe } from './zod-validation.pipe';

function respond(exception: unknown) {
  const sent: { status?: number; body?: unknown } = {};
  const response = { headersSent: false, status: (s: number) => ((sent.status = s), response), json: (b: unknown) => (sent.body = b) };
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => response }) };
  new ApiExceptionFilter().catch(exception, host as never);
  return sent as { status: number; body: { statusCode: number; error: string; message: string; issues?: Array<{ field: string; reason: string }> } };
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
