import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException, StreamableFile } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { pathOfUrl, ReplyAdapter } from './reply-adapter';
import { ValidationIssue } from './validation-issue';
import { isWebAppNavigation, WebAppFiles } from './web-app';

/** The error body every endpoint returns. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  issues?: ValidationIssue[];
  /** When `issues` was cut short: how many there were. */
  issueCount?: number;
}

/** Errors from the store port map to HTTP by name, so this lib needs no import of the store. */
const DOMAIN_ERRORS: Record<string, number> = {
  VersionConflictError: HttpStatus.CONFLICT,
  DuplicateKeyError: HttpStatus.CONFLICT,
  UnsupportedQueryError: HttpStatus.BAD_REQUEST,
  BulkParseError: HttpStatus.BAD_REQUEST,
  BulkTooLargeError: HttpStatus.PAYLOAD_TOO_LARGE,
  // The search index is missing (dropped, or being rebuilt from scratch): try again shortly.
  SearchIndexNotFoundError: HttpStatus.SERVICE_UNAVAILABLE,
};

/** body-parser's error types (malformed JSON, too large, wrong charset). */
const BODY_PARSER_ERRORS: Record<string, [number, string]> = {
  'entity.parse.failed': [HttpStatus.BAD_REQUEST, 'malformed JSON'],
  'entity.too.large': [HttpStatus.PAYLOAD_TOO_LARGE, 'request body is too large'],
  'encoding.unsupported': [HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported content encoding'],
  'charset.unsupported': [HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported charset'],
  'request.aborted': [HttpStatus.BAD_REQUEST, 'request aborted'],
};

const reasonPhrase = (status: number): string => STATUS_CODES[status] ?? 'Error';

/**
 * Turns every failure into a JSON error body with a status code. User mistakes are 4xx naming the
 * field; only genuine faults are 500, and those are logged with their stack.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  /**
   * `adapter`: the running HTTP adapter (Express or Fastify), which sends the answer.
   * `allowedOn(path)`: the methods some route answers on a path, to tell 405 from 404. With a web
   * app, a browser navigating to one of its pages (no route matched) gets its index.html.
   */
  constructor(
    private readonly adapter: ReplyAdapter,
    private readonly allowedOn: (path: string) => string[] = () => [],
    private readonly webApp?: WebAppFiles,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<unknown>();
    const request = host.switchToHttp().getRequest<AnyRequest | undefined>();
    const target = request ? { method: String(this.adapter.getRequestMethod(request)), path: pathOfUrl(String(this.adapter.getRequestUrl(request) ?? '')) } : undefined;
    if (this.webApp && target && exception instanceof NotFoundException && isWebAppNavigation(target.method, target.path, headerOf(request, 'accept'))) {
      this.adapter.setHeader(response, 'Cache-Control', 'no-cache');
      this.adapter.reply(response, new StreamableFile(createReadStream(this.webApp.index), { type: 'text/html; charset=UTF-8' }), HttpStatus.OK);
      return;
    }
    const body = this.methodNotAllowed(exception, target, response) ?? this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error((exception as Error)?.stack ?? String(exception));
    if (!this.adapter.isHeadersSent(response)) this.adapter.reply(response, body, body.statusCode);
  }

  /** Nest answers an unrouted method with 404 "Cannot DELETE /path"; when the path has routes it is a 405 with Allow. */
  private methodNotAllowed(exception: unknown, target: { method: string; path: string } | undefined, response: unknown): ApiErrorBody | null {
    if (!(exception instanceof NotFoundException) || !target?.path || !/^Cannot [A-Z]+ /.test(exception.message)) return null;
    const allowed = this.allowedOn(target.path);
    if (allowed.length === 0) return null;
    if (!this.adapter.isHeadersSent(response)) this.adapter.setHeader(response, 'Allow', allowed.join(', '));
    const reason = `${target.method.slice(0, 20)} is not allowed here; allowed: ${allowed.join(', ')}`;
    return { statusCode: 405, error: reasonPhrase(405), message: reason, issues: [{ field: '(method)', reason }] };
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const { message, issues, issueCount } = (typeof payload === 'string' ? { message: payload } : payload) as {
        message?: string | string[];
        issues?: ValidationIssue[];
        issueCount?: number;
      };
      const text = Array.isArray(message) ? message.join('; ') : (message ?? exception.message);
      // Every client error says what to fix. Nest maps body-parser's SyntaxError (malformed JSON)
      // to a bare BadRequestException(message) before any filter runs (core routes-resolver).
      const malformedJson = status === HttpStatus.BAD_REQUEST && !issues && /JSON/.test(text);
      const field = malformedJson || status === HttpStatus.PAYLOAD_TOO_LARGE ? '(body)' : '(request)';
      const reason = malformedJson ? `malformed JSON: ${text}` : text;
      return {
        statusCode: status,
        error: reasonPhrase(status),
        message: reason,
        ...(issues ? { issues } : status < 500 ? { issues: [{ field, reason }] } : {}),
        ...(issueCount !== undefined && issueCount > (issues?.length ?? 0) ? { issueCount } : {}),
      };
    }
    const error = exception as { name?: string; type?: string; message?: string };
    const parserError = error?.type ? BODY_PARSER_ERRORS[error.type] : undefined;
    if (parserError) {
      const [status, reason] = parserError;
      return { statusCode: status, error: reasonPhrase(status), message: reason, issues: [{ field: '(body)', reason }] };
    }
    // Other body-parser / http-errors failures (e.g. a body that says gzip and is not): their own 4xx.
    const exposed = exception as { status?: unknown; expose?: unknown; message?: string };
    if (typeof exposed?.status === 'number' && exposed.status >= 400 && exposed.status < 500 && exposed.expose === true) {
      const reason = `the request body cannot be read: ${String(exposed.message ?? '').slice(0, 200)}`;
      return { statusCode: exposed.status, error: reasonPhrase(exposed.status), message: reason, issues: [{ field: '(body)', reason }] };
    }
    const domainStatus = error?.name ? DOMAIN_ERRORS[error.name] : undefined;
    if (domainStatus) return domainErrorBody(domainStatus, exception as DomainError);
    return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side; it has been logged.' };
  }
}

/** What the filter reads of a request, on any adapter. */
interface AnyRequest {
  headers?: Record<string, string | string[] | undefined>;
}

const headerOf = (request: AnyRequest | undefined, name: string): string | undefined => {
  const value = request?.headers?.[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

/** What the store's errors carry (by name; this lib imports no store). */
interface DomainError {
  name: string;
  message?: string;
  id?: string;
  expectedVersion?: number | null;
}

/**
 * A domain error in the common format. Conflicts name the id and what happened, never the store's
 * internal collection names or its own wording.
 */
function domainErrorBody(status: number, error: DomainError): ApiErrorBody {
  if (status === HttpStatus.CONFLICT) {
    // Ids of internal bookkeeping documents are `<collection>:<id>`; entity ids never hold a colon.
    const id = typeof error.id === 'string' ? (error.id.split(':').pop() ?? '').slice(0, 200) : '';
    const reason =
      error.name === 'DuplicateKeyError' || error.expectedVersion === null
        ? `${id} already exists`
        : `${id} was changed or deleted by someone else meanwhile; reload and retry`;
    return { statusCode: status, error: reasonPhrase(status), message: reason, issues: [{ field: 'id', reason }] };
  }
  const message = (error.message ?? error.name ?? '').slice(0, 500);
  const field = status === HttpStatus.SERVICE_UNAVAILABLE ? '(service)' : '(body)';
  return { statusCode: status, error: reasonPhrase(status), message, issues: [{ field, reason: message }] };
}
