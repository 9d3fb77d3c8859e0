import type { HttpServer } from '@nestjs/common';

/**
 * The calls of the running HTTP adapter (Express or Fastify) that answer a request without
 * knowing which one it is: `app.getHttpAdapter()` has them all.
 */
export type ReplyAdapter = Pick<HttpServer, 'reply' | 'status' | 'setHeader' | 'isHeadersSent'> & {
  getRequestMethod(request: unknown): string;
  getRequestUrl(request: unknown): string;
};

/** The path of a request URL, without query or fragment (what routes match). */
export const pathOfUrl = (url: string): string => url.split(/[?#]/, 1)[0];
