import { createServer, request, Server } from 'node:http';
import { connect } from 'node:net';
import { AddressInfo } from 'node:net';
import { answerMalformedRequests, malformedRequestBody } from './malformed-request.answer';

/** Sends raw bytes (as curl does with a URL typed in Chinese) and returns the whole answer. */
function sendRaw(port: number, raw: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('answerMalformedRequests', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('routed'));
    answerMalformedRequests(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a URL with raw UTF-8 bytes with a 400 naming the URL and how to encode it', async () => {
    const answer = await sendRaw(port, Buffer.from('GET /api/search?q=茶叶 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'));
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(head).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(body)).toMatchObject({ statusCode: 400, error: 'Bad Request', issues: [{ field: '(url)', reason: expect.stringMatching(/percent-encoded/) }] });
  });

  it('still routes a percent-encoded URL', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      request({ port, host: '127.0.0.1', path: '/api/search?q=%E8%8C%B6%E5%8F%B6' }, (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve(data));
      }).on('error', reject).end();
    });
    expect(text).toBe('routed');
  });

  it('leaves a server that already answers parser errors (Fastify) to its own handler', () => {
    const other = createServer();
    const own = () => undefined;
    other.on('clientError', own);
    answerMalformedRequests(other);
    expect(other.listeners('clientError')).toEqual([own]);
  });

  it('maps oversized headers to 431 and anything else to a plain 400', () => {
    expect(malformedRequestBody({ code: 'HPE_HEADER_OVERFLOW' })).toMatchObject({ statusCode: 431, issues: [{ field: '(headers)' }] });
    expect(malformedRequestBody({ code: 'HPE_SOMETHING_NEW' })).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });
});
