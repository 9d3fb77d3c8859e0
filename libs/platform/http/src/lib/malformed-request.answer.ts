import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiErrorBody } from './api-exception.filter';

/** What Node's HTTP parser refuses before any route runs, as our error body (status, field, why). */
export function malformedRequestBody(error: { code?: string }): ApiErrorBody {
  const [statusCode, field, reason] = PARSER_ERRORS[error.code ?? ''] ?? [400, '(request)', 'the request is not valid HTTP'];
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message: reason, issues: [{ field, reason }] };
}

const PARSER_ERRORS: Record<string, [number, string, string]> = {
  // curl sends a URL typed with Chinese characters as raw bytes; browsers percent-encode them.
  HPE_INVALID_URL: [400, '(url)', 'the URL has characters that must be percent-encoded (UTF-8), e.g. q=%E8%8C%B6 for 茶; with curl use -G --data-urlencode'],
  HPE_HEADER_OVERFLOW: [431, '(headers)', 'the request headers are too large'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, '(body)', 'the chunk extensions are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, '(request)', 'the request took too long to arrive'],
};

interface ClientErrorSource {
  on(event: 'clientError', listener: (error: Error & { code?: string }, socket: Socket) => void): unknown;
  listenerCount(event: string): number;
}

/**
 * Node answers a request its parser refuses with a bare "400 Bad Request" and no body; this answers
 * it with the API's error body instead. An adapter that already handles it (Fastify) is left alone.
 */
export function answerMalformedRequests(server: ClientErrorSource): void {
  if (server.listenerCount('clientError') > 0) return;
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const answer = malformedRequestBody(error);
    const body = JSON.stringify(answer);
    socket.end(
      `HTTP/1.1 ${answer.statusCode} ${answer.error}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
