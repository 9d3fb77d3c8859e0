import { BadRequestException, PreconditionFailedException } from '@nestjs/common';

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
