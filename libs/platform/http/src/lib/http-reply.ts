import { StreamableFile } from '@nestjs/common';

/** What a route answers besides its body: a status other than its default, and headers. */
export interface HttpReplyInit {
  status?: number;
  headers?: Record<string, string>;
}

/**
 * A body with the status and headers to send it with, for routes whose status or headers depend
 * on the outcome (a bulk import's 200 or 422, readiness's 503, a Location). The reply interceptor
 * (registered by `configureHttpApp`) sends it through whichever HTTP adapter runs, so controllers
 * never touch the framework's response object.
 */
export class HttpReply<T> {
  constructor(
    readonly body: T,
    readonly init: HttpReplyInit,
  ) {}
}

export const reply = <T>(body: T, init: HttpReplyInit): HttpReply<T> => new HttpReply(body, init);

export interface DownloadOptions {
  /** The full Content-Type, e.g. `text/calendar; charset=utf-8`. */
  type: string;
  /** Given: sent as an attachment with this file name (ASCII). */
  filename?: string;
}

/**
 * A text file to send as it is (CSV, iCalendar, SVG), with its Content-Type, Content-Length and,
 * for an attachment, Content-Disposition. The headers belong to the file, so an error raised
 * before it exists is still answered as JSON without them.
 */
export function download(text: string, options: DownloadOptions): StreamableFile {
  const bytes = Buffer.from(text, 'utf8');
  return new StreamableFile(bytes, {
    type: options.type,
    length: bytes.length,
    ...(options.filename ? { disposition: `attachment; filename="${options.filename}"` } : {}),
  });
}
