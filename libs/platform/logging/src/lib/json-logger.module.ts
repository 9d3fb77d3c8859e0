import { DynamicModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';

export interface JsonLoggerOptions {
  level: string;
  service: string;
}

/**
 * JSON-lines logging (pino) for HTTP and application logs. Each request gets an id (the
 * caller's `x-request-id` when sent); secrets and personal contact fields are redacted;
 * health probes are not logged.
 */
export function jsonLoggerModule(options: JsonLoggerOptions): DynamicModule {
  return LoggerModule.forRoot({
    // Nest 11 route syntax for "every path" (the default '*' triggers a legacy-route warning).
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: options.level,
      base: { service: options.service },
      genReqId: (req: IncomingMessage) => (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
      redact: ['req.headers.authorization', 'req.headers.cookie', '*.MEILI_MASTER_KEY', '*.MONGO_URL'],
      autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/api/health') },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}
