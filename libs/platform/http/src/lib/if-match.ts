import { BadRequestException, HttpException, HttpStatus, PreconditionFailedException } from '@nestjs/common';

/**
 * Optimistic concurrency over HTTP: responses carry `ETag: "<version>"`; a write may send
 * `If-Match: "<version>"`, and a stale one is refused with 412 instead of silently applied.
 * Returns the version the caller expects, or undefined when it sent no If-Match.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  if (!match) {
    throw new BadRequestException({
      message: 'If-Match must be the ETag of the version you read, e.g. "3"',
      issues: [{ field: 'If-Match', reason: `not a version ETag: ${header.slice(0, 40)}` }],
    });
  }
  return Number(match[1]);
}

export function assertVersionMatches(expected: number | undefined, actual: number, what: string): void {
  if (expected !== undefined && expected !== actual) {
    throw new PreconditionFailedException({
      message: `${what} has changed since you read it (you have version ${expected}, current is ${actual}); reload and retry`,
      issues: [{ field: 'If-Match', reason: `stale version ${expected}, current ${actual}` }],
    });
  }
}

export const etagOf = (version: number): string => `"${version}"`;

export const IF_MATCH_DESCRIPTION = 'Required: the ETag (version) you read, e.g. "3"; `*` for whatever is current';

/**
 * A write (PUT, PATCH, DELETE) must say which version it is based on: no If-Match is
 * 428 Precondition Required, so a lost update cannot happen by forgetting the header.
 * Returns the expected version, or undefined for `If-Match: *`.
 */
export function requireIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') {
    throw new HttpException(
      {
        message: 'This change needs an If-Match header with the ETag of the version you read (GET it first), or If-Match: * to overwrite whatever is current',
        issues: [{ field: 'If-Match', reason: 'missing: PUT, PATCH and DELETE require it' }],
      },
      HttpStatus.PRECONDITION_REQUIRED,
    );
  }
  return parseIfMatch(header);
}
