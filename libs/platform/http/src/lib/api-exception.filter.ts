import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { ValidationIssue } from './validation-issue';
import { isWebAppNavigation, WebAppFiles } from './web-app';

/** The error body every endpoint returns. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  issues?: ValidationIssue[];
}

/** Errors from the store port map to HTTP by name, so this lib needs no import of the store. */
const DOMAIN_ERRORS: Record<string, number> = {
  VersionConflictError: HttpStatus.CONFLICT,
  DuplicateKeyError: HttpStatus.CONFLICT,
  UnsupportedQueryError: HttpStatus.BAD_REQUEST,
  BulkParseError: HttpStatus.BAD_REQUEST,
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

  /** With a web app, a browser navigating to one of its pages (no route matched) gets its index.html. */
  constructor(private readonly webApp?: WebAppFiles) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (this.webApp && exception instanceof NotFoundException) {
      const request = host.switchToHttp().getRequest<Request>();
      if (isWebAppNavigation(request.method, request.path, request.headers.accept)) {
        response.setHeader('Cache-Control', 'no-cache');
        response.sendFile(this.webApp.index);
        return;
      }
    }
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error((exception as Error)?.stack ?? String(exception));
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const { message, issues } = (typeof payload === 'string' ? { message: payload } : payload) as { message?: string | string[]; issues?: ValidationIssue[] };
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
      };
    }
    const error = exception as { name?: string; type?: string; message?: string };
    const parserError = error?.type ? BODY_PARSER_ERRORS[error.type] : undefined;
    if (parserError) {
      const [status, reason] = parserError;
      return { statusCode: status, error: reasonPhrase(status), message: reason, issues: [{ field: '(body)', reason }] };
    }
    const domainStatus = error?.name ? DOMAIN_ERRORS[error.name] : undefined;
    if (domainStatus) {
      const message = error.message ?? error.name ?? '';
      const issues = domainStatus === HttpStatus.BAD_REQUEST ? { issues: [{ field: '(body)', reason: message }] } : {};
      return { statusCode: domainStatus, error: reasonPhrase(domainStatus), message, ...issues };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side; it has been logged.' };
  }
}
